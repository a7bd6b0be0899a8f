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
_SPACES = re.compile(r"\s+")


def md_text(value: object) -> Markup:
    """Inline text: whitespace folded to single spaces, every special character inert."""
    text = _SPACES.sub(" ", str(value)).strip()
    out = []
    for i, ch in enumerate(text):
        if ch in _ALWAYS or (i == 0 and ch in _LINE_START) or _ordered_list_dot(text, i):
            out.append(f"&#{ord(ch)};")
        else:
            out.append(ch)
    return Markup("".join(out))


def _ordered_list_dot(text: str, i: int) -> bool:
    """The '.' in '1986. A year' would open an ordered list at line start."""
    return text[i] in ".)" and text[:i].isdigit()


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
