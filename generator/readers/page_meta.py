"""The metadata of a web page, from what trafilatura found plus the few things it does not
report (the page's language) and the tidying a briefing needs (a title without its
" | Site name" suffix, plain bylines, http(s) links only)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from lxml.etree import XPathError
from lxml.html import HtmlElement
from trafilatura.settings import Document

from generator.readers.values import (
    clean_byline,
    clean_text,
    http_url,
    language_tag,
    to_date,
)

# " | ", " - ", " – ", " — ", " · ", " :: ", " » ": what sites put between headline and name.
_SEPARATOR = re.compile(r"\s+(\||-|\u2013|\u2014|\u00b7|::|\u00bb)\s+")
MAX_SITE_WORDS = 5
# A part naming the site is mostly the site's name ('BBC News' for bbc), not a headline
# that mentions it ('How we designed Dropbox's ATF').
SITE_SHARE = 0.4
_LANGUAGE_XPATHS = (
    "/html/@lang",
    "/html/@xml:lang",
    "//meta[translate(@http-equiv, 'CONTENTLAGU', 'contentlagu')='content-language']/@content",
    "//meta[@property='og:locale']/@content",
)


@dataclass(frozen=True, slots=True)
class PageMeta:
    title: str | None = None
    byline: str | None = None
    published: dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    language: str | None = None
    description: str | None = None


def page_meta(tree: HtmlElement, found: Document) -> PageMeta:
    """Combine trafilatura's metadata (`found`) with the page tree."""
    outlet = clean_text(found.sitename, limit=100)
    url = http_url(found.url)
    names = _site_names(outlet, url)
    title = clean_text(found.title)
    page_title = _title_element(tree)
    if page_title and (not title or _lone_h1_not_in_title(tree, title, page_title)):
        title = page_title
    if title:
        title = strip_site_name(title, names)
    return PageMeta(
        title=title,
        byline=clean_byline(found.author),
        published=to_date(found.date),
        outlet=outlet,
        url=url,
        language=_language(tree),
        description=clean_text(found.description, limit=1000),
    )


def strip_site_name(title: str, names: list[str]) -> str:
    """'Headline | Site' or 'Site - Headline' -> 'Headline'.

    A part is dropped when it names the site (its name or its domain), or, for the
    unambiguous ' | ', when it is a short last part after a longer headline."""
    pieces = _SEPARATOR.split(title)
    if len(pieces) < 3:
        return title
    parts, separators = pieces[0::2], pieces[1::2]
    keys = [key for key in (_squash(name) for name in names) if len(key) >= 3]
    if _names_site(parts[-1], keys):
        return _join(parts[:-1], separators[:-1])
    if _names_site(parts[0], keys):
        return _join(parts[1:], separators[1:])
    if (
        separators[-1] == "|"
        and len(parts[-1].split()) <= MAX_SITE_WORDS
        and len(_join(parts[:-1], separators[:-1]).split()) > len(parts[-1].split())
    ):
        return _join(parts[:-1], separators[:-1])
    return title


def _title_element(tree: HtmlElement) -> str | None:
    element = tree.find(".//head/title")
    return clean_text(element.text_content()) if element is not None else None


def _lone_h1_not_in_title(tree: HtmlElement, title: str, page_title: str) -> bool:
    """Without a meta title, trafilatura takes a page's only <h1>; on pages where that
    heading is a promotion or a section name, the <title> element names the article."""
    h1s = tree.findall(".//h1")
    return (
        len(h1s) == 1
        and _squash(clean_text(h1s[0].text_content()) or "") == _squash(title)
        and _squash(title) not in _squash(page_title)
    )


def _join(parts: list[str], separators: list[str]) -> str:
    text = parts[0]
    for separator, part in zip(separators, parts[1:], strict=True):
        text += f" {separator} {part}"
    return text


def _names_site(part: str, keys: list[str]) -> bool:
    if len(part.split()) > MAX_SITE_WORDS:
        return False
    squashed = _squash(part)
    return bool(squashed) and any(
        squashed in key or (key in squashed and len(key) >= SITE_SHARE * len(squashed))
        for key in keys
    )


def _squash(text: str) -> str:
    return re.sub(r"\W+", "", text.casefold())


def _site_names(outlet: str | None, url: str | None) -> list[str]:
    """The outlet and the distinctive label of the URL's host ('bbc' for www.bbc.co.uk)."""
    names = [outlet] if outlet else []
    host = (urlsplit(url).hostname or "") if url else ""
    labels = [label for label in host.split(".") if label not in ("www", "m", "amp")]
    if labels:
        names.append(max(labels[:-1] or labels, key=len))
    return names


def _language(tree: HtmlElement) -> str | None:
    for xpath in _LANGUAGE_XPATHS:
        try:
            values = tree.xpath(xpath)
        except XPathError:
            continue
        for value in values:
            if tag := language_tag(str(value)):
                return tag
    return None
