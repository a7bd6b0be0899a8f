"""What a file without a known suffix holds, from its first bytes: a web page saved
as `page` or `article.php`, a feed saved as `feed` or `index.cgi`."""

from __future__ import annotations

import codecs
import re
from typing import Literal

_WINDOW = 4096
_FEED = re.compile(rb"<(?:rss|feed|rdf:rdf)[\s>]")
_HTML = re.compile(rb"<(?:!doctype\s+html|html|head|body)[\s>]")
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def sniff_markup(raw: bytes) -> Literal["html", "feed"] | None:
    """'feed' for RSS/Atom, 'html' for a web page, None for anything else.

    Only the start of the file is looked at: a feed's root element or a page's
    doctype/html/head/body opens the document, after at most an XML declaration
    and comments."""
    head = raw[:_WINDOW]
    for bom in _BOMS:
        if head.startswith(bom):
            head = head[len(bom) :].decode(_codec(bom), "ignore").encode("utf-8")
            break
    head = head.lower()
    feed, page = _FEED.search(head), _HTML.search(head)
    if feed and (page is None or feed.start() < page.start()):
        return "feed"
    return "html" if page else None


def _codec(bom: bytes) -> str:
    return {codecs.BOM_UTF8: "utf-8", codecs.BOM_UTF16_LE: "utf-16-le"}.get(bom, "utf-16-be")
