"""Markdown articles, with optional YAML front matter.

The body is rendered by the `markdown` package and goes through the same HTML ->
blocks code as web pages, so headings, quotes and lists come out the same way and
raw HTML written into the Markdown is stripped to text like any other markup.
Front matter is untrusted: only the fields below are read, and only as plain values.
"""

from __future__ import annotations

import re
from typing import Any

import markdown
import yaml

from generator.errors import ReadError
from generator.models import Article
from generator.readers.dateline import lede_dateline
from generator.readers.encoding import decode
from generator.readers.structure import html_to_blocks
from generator.readers.values import (
    clean_byline,
    clean_text,
    http_url,
    language_tag,
    to_date,
)
from generator.readers.wire import strip_boilerplate

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_EXTENSIONS = ["extra", "sane_lists"]
MAX_TAGS = 30


def read_markdown(path: str, raw: bytes, sha256: str) -> list[Article]:
    text = decode(path, raw).lstrip("\ufeff")
    meta, body = _split_front_matter(path, text)
    blocks = html_to_blocks(markdown.markdown(body, extensions=_EXTENSIONS))
    title = clean_text(meta.get("title"))
    if title is None and blocks and blocks[0].kind == "heading":
        title = blocks[0].text
    if blocks and blocks[0].kind == "heading" and blocks[0].text == title:
        blocks = blocks[1:]
    blocks = strip_boilerplate(blocks)
    if not blocks:
        raise ReadError(path, "no article text (only front matter or a title)")
    dateline = lede_dateline(blocks)
    return [
        Article(
            path=path,
            format="markdown",
            sha256=sha256,
            blocks=tuple(blocks),
            title=title,
            dateline=dateline,
            byline=_author(meta.get("author") or meta.get("authors") or meta.get("byline")),
            published=to_date(meta.get("date") or meta.get("published")),
            outlet=clean_text(meta.get("outlet") or meta.get("site") or meta.get("publisher"))
            or (dateline.agency if dateline else None),
            url=http_url(
                meta.get("source") or meta.get("url") or meta.get("link") or meta.get("canonical")
            ),
            language=language_tag(meta.get("language") or meta.get("lang")),
            description=clean_text(meta.get("description") or meta.get("summary"), limit=1000),
            tags=_tags(meta.get("tags")),
        )
    ]


def _split_front_matter(path: str, text: str) -> tuple[dict[str, Any], str]:
    """The front matter as a mapping (empty without one) and the body after it.

    A leading `---` that does not open a YAML mapping is a thematic break, not front
    matter; a mapping that fails to parse is an error, because its author meant it."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        meta = yaml.safe_load(match[1] or "")
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        problem = getattr(err, "problem", None) or "invalid YAML"
        raise ReadError(path, f"front matter is not valid YAML{where}: {problem}") from None
    if meta is None:
        return {}, text[match.end() :]
    if not isinstance(meta, dict):
        return {}, text
    return {str(key).lower(): value for key, value in meta.items()}, text[match.end() :]


def _author(value: object) -> str | None:
    if isinstance(value, list):
        names = [clean_text(v) for v in value]
        return clean_byline(", ".join(n for n in names if n))
    return clean_byline(value)


def _tags(value: object) -> tuple[str, ...]:
    """`tags: [a, b]` or `tags: a, b`; anything else is ignored."""
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, list):
        return ()
    tags = (clean_text(item, limit=60) for item in items[:MAX_TAGS])
    return tuple(dict.fromkeys(tag for tag in tags if tag))
