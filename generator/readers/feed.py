"""RSS and Atom feeds: one article per entry.

feedparser reads every RSS and Atom dialect, their encodings and their date formats
(and does not resolve external entities). Each entry gets a hash of its own content
instead of the feed file's: a feed changes whenever an entry is added, and
re-ingesting it must touch only the entries that changed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import time
from typing import Any

import feedparser

from generator.errors import ReadError
from generator.models import Article, Block
from generator.readers.charset import decode_markup
from generator.readers.dateline import lede_dateline
from generator.readers.structure import fold, html_to_blocks
from generator.readers.values import clean_byline, clean_text, http_url, language_tag

_PLAIN = "text/plain"
MAX_TAGS = 30


def read_feed(path: str, raw: bytes, sha256: str) -> list[Article]:
    decode_markup(path, raw, is_html=False)  # refuses empty, binary and non-text files
    parsed = feedparser.parse(io.BytesIO(raw))
    if not parsed.get("version"):
        reason = parsed.get("bozo_exception") or "no <rss>, <feed> or <rdf:RDF> element"
        raise ReadError(path, f"not an RSS or Atom feed: {reason}")
    channel = parsed.get("feed", {})
    outlet = _plain(channel.get("title_detail"), channel.get("title"))
    language = language_tag(channel.get("language"))
    articles = [
        article
        for entry in parsed.get("entries", [])
        if (article := _article(path, entry, outlet, language)) is not None
    ]
    if not articles:
        count = len(parsed.get("entries", []))
        raise ReadError(
            path, f"no article text: the feed has {count} entries and none has content or a summary"
        )
    return articles


def _article(path: str, entry: Any, outlet: str | None, language: str | None) -> Article | None:
    content = _content(entry)
    summary = entry.get("summary_detail")
    body = content or summary
    if body is None:
        return None
    blocks = _blocks(body)
    if not blocks:
        return None
    dateline = lede_dateline(blocks)
    link = http_url(entry.get("link"))
    return Article(
        path=path,
        format="feed",
        sha256=_entry_hash(entry),
        blocks=tuple(blocks),
        title=_plain(entry.get("title_detail"), entry.get("title")),
        dateline=dateline,
        byline=clean_byline(entry.get("author")),
        # dict.get: feedparser's own get() maps a missing `published` to `updated`
        # with a deprecation warning; the fallback is made explicit here instead.
        published=_date(dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")),
        outlet=outlet or (dateline.agency if dateline else None),
        url=link,
        language=language_tag(body.get("language")) or language,
        description=_plain(summary, None) if content and summary else None,
        entry=clean_text(entry.get("id"), limit=2000) or link or clean_text(entry.get("title")),
        tags=_tags(entry.get("tags")),
    )


def _content(entry: Any) -> Any:
    """The entry's full content, HTML preferred over plain text."""
    contents = [c for c in entry.get("content", []) if c.get("value", "").strip()]
    rich = [c for c in contents if c.get("type") != _PLAIN]
    return (rich or contents or [None])[0]


def _blocks(detail: Any) -> list[Block]:
    value = detail.get("value", "")
    if detail.get("type") == _PLAIN:
        return [Block("paragraph", text) for part in value.split("\n\n") if (text := fold(part))]
    return html_to_blocks(value)


def _plain(detail: Any, fallback: object) -> str | None:
    """A title or summary as one line of plain text, whatever its declared type."""
    if detail is None:
        return clean_text(fallback)
    return clean_text(" ".join(block.text for block in _blocks(detail)), limit=1000)


def _date(parsed: object) -> dt.date | None:
    if isinstance(parsed, time.struct_time):
        try:
            return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
        except ValueError:
            return None
    return None


def _tags(tags: object) -> tuple[str, ...]:
    if not isinstance(tags, list):
        return ()
    terms = (clean_text(tag.get("term"), limit=60) for tag in tags[:MAX_TAGS])
    return tuple(dict.fromkeys(term for term in terms if term))


def _entry_hash(entry: Any) -> str:
    """A digest of what the entry says, stable while the entry itself is unchanged."""
    fields = {
        key: dict.get(entry, key)
        for key in ("id", "link", "title", "author", "published", "updated", "summary")
    }
    fields["content"] = [c.get("value") for c in entry.get("content", [])]
    canonical = json.dumps(fields, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
