"""An Atom feed of the latest briefings cleared for readers.

Built with the standard library's ElementTree, which escapes text and attributes
for XML: a feed of a few dozen entries needs no dependency (feedgen would add
lxml-based machinery for the same output). Article text may hold characters that
XML 1.0 forbids (control codes from a bad encoding); they are dropped, so a
single odd article never makes the whole feed unreadable.

Only public briefings (approved and published, `workflow.PUBLIC`) enter the feed,
whatever the site shows: a preview build shows drafts, its feed still does not.
Entry ids are derived from briefing ids, so they never change between builds, and
nothing in the feed depends on the clock: the same briefings give a byte-identical
feed.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterable

from generator.models import Briefing
from generator.site.catalog import newest_first
from generator.workflow import PUBLIC

ATOM = "http://www.w3.org/2005/Atom"
FEED_FILE = "feed.xml"
FEED_SIZE = 50
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_EPOCH = dt.date(1970, 1, 1)


def xml_text(value: str) -> str:
    return _NOT_XML.sub("", value)


def _stamp(day: dt.date) -> str:
    return f"{day:%Y-%m-%d}T00:00:00Z"


def _day(briefing: Briefing) -> dt.date:
    return briefing.published or briefing.editorial.approved or _EPOCH


def entry_id(briefing: Briefing) -> str:
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'briefing:' + briefing.id)}"


def atom_feed(
    briefings: Iterable[Briefing],
    title: str,
    site_url: str | None,
    page_url: dict[str, str],
    size: int = FEED_SIZE,
) -> bytes:
    """The feed as bytes. `page_url` maps a briefing id to its page's URL relative to
    the site root; with `site_url` the links are absolute, as feed readers prefer."""
    chosen = [b for b in newest_first(briefings) if b.status in PUBLIC][:size]
    base = (site_url or "").rstrip("/") + "/" if site_url else ""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _child(feed, "title", xml_text(title))
    _child(feed, "id", f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'feed:' + (site_url or title))}")
    _child(feed, "updated", _stamp(max((_day(b) for b in chosen), default=_EPOCH)))
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", href=base or "./")
    _child(feed, "generator", "briefing")
    for briefing in chosen:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        _child(entry, "title", xml_text(briefing.title))
        _child(entry, "id", entry_id(briefing))
        _child(entry, "updated", _stamp(_day(briefing)))
        if briefing.published:
            _child(entry, "published", _stamp(briefing.published))
        link = base + page_url[briefing.id]
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=link)
        author = ET.SubElement(entry, f"{{{ATOM}}}author")
        _child(author, "name", xml_text(briefing.source.outlet or briefing.source.byline or title))
        if briefing.summary:
            _child(entry, "summary", xml_text(briefing.summary))
        for tag in briefing.tags:
            ET.SubElement(entry, f"{{{ATOM}}}category", term=tag)
    ET.indent(feed)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"


def _child(parent: ET.Element, name: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{name}")
    element.text = text
    return element
