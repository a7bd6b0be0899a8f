"""Article text into Markdown that can only ever be text.

Untrusted text must not become HTML, a link, an image, emphasis, a heading, a
table, an admonition, an attribute list or a template. Rather than backslash
escapes (which differ between Markdown extensions and leave stray backslashes),
every character with a meaning in Markdown or HTML is written as a numeric
character reference: Markdown treats `&#42;` as a literal `*`, browsers and the
search indexer show the character, and nothing is lost.
"""

from __future__ import annotations

import re

from markupsafe import Markup

# Inline syntax: HTML, emphasis, code, links/images, attribute lists, tables,
# footnotes, abbreviations, strike/mark/insert extensions, entities, Jinja.
_ALWAYS = set("&<>\"'`*_[]{}|~^=\\$:!#")
# Characters that only open a block at the start of a line (lists, quotes, headings).
_LINE_START = set("-+>.)0123456789")
_REFERENCES = {ch: f"&#{ord(ch)};" for ch in _ALWAYS}
_SPECIAL = re.compile("[" + re.escape("".join(sorted(_ALWAYS))) + "]")


def md_text(value: object) -> Markup:
    """Inline text: whitespace folded to single spaces, every special character inert.

    The per-character work is done by `str.split` and a regular expression, in C:
    this runs on every paragraph of every page, and a Python loop over characters
    was most of the render time."""
    text = " ".join(str(value).split())
    if not text:
        return Markup("")
    first = text[0]
    head = f"&#{ord(first)};" if first in _ALWAYS or first in _LINE_START else first
    digits = _leading_digits(text) if first.isdigit() else 0
    if digits and digits < len(text) and text[digits] in ".)":
        # The '.' in '1986. A year' would open an ordered list at line start.
        dot = f"&#{ord(text[digits])};"
        return Markup(head + text[1:digits] + dot + _references(text[digits + 1 :]))
    return Markup(head + _references(text[1:]))


def _references(text: str) -> str:
    return _SPECIAL.sub(lambda match: _REFERENCES[match.group()], text)


def _leading_digits(text: str) -> int:
    count = 0
    for ch in text:
        if not ch.isdigit():
            break
        count += 1
    return count


def md_finalize(value: object) -> object:
    """Jinja `finalize`: every `{{ value }}` is escaped unless the template or a filter
    marked it safe (Markup). Templates cannot forget to escape."""
    if value is None:
        return ""
    if isinstance(value, Markup):
        return value
    if isinstance(value, int | float):
        return value
    return md_text(value)


_SAFE_URL = re.compile(r"^https?://[^\s<>\"'`]+$", re.IGNORECASE)


def safe_url(url: str | None) -> str | None:
    """Only plain http(s) URLs are linked; anything else (javascript:, data:...) is not."""
    if not url or not _SAFE_URL.match(url.strip()):
        return None
    return url.strip()


def url_attr(url: str) -> str:
    """A URL inside a Markdown link target or an HTML attribute."""
    return "".join(f"%{ord(ch):02X}" if ch in "()<>\"' \\`[]{}|^" else ch for ch in url)
