"""Metadata values from untrusted sources, checked once for every reader.

Front matter, meta tags, JSON-LD and feeds all hand us strings of any length and
any content; a briefing records only short plain text, http(s) links and real dates.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from generator.readers.structure import fold

MAX_FIELD_CHARS = 300
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")
_BY = re.compile(r"^by[\s:]+", re.IGNORECASE)
# Author markup that runs on into the date line: "Nathan Willis March".
_TRAILING_MONTH = re.compile(
    r"\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)$",
)


def clean_text(value: object, limit: int = MAX_FIELD_CHARS) -> str | None:
    """A short one-line string, or None for anything else (lists, numbers, empty)."""
    if not isinstance(value, str):
        return None
    text = fold(value)
    if not text or len(text) > limit:
        return None
    return text


def clean_byline(value: object) -> str | None:
    """'By Jane Doe; John Roe' -> 'Jane Doe, John Roe'."""
    text = clean_text(value)
    if text is None:
        return None
    names: dict[str, str] = {}
    for part in re.split(r";|,(?=\s*[A-Z]{2})", text):
        name = _TRAILING_MONTH.sub("", _BY.sub("", part)).strip(" ,")
        if name:
            names.setdefault(name.casefold(), name)
    return ", ".join(names.values()) or None


def http_url(value: object) -> str | None:
    """An absolute http(s) URL, or None: `javascript:`, `data:` and relative links
    from an untrusted page never become a briefing's source link."""
    text = clean_text(value, limit=2000)
    if text is None or " " in text:
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return text


def language_tag(value: object) -> str | None:
    """'en_US' -> 'en-US'; anything that is not a language tag -> None."""
    text = clean_text(value, limit=35)
    if text is None:
        return None
    text = text.replace("_", "-")
    return text if _LANGUAGE.match(text) else None


def to_date(value: object) -> dt.date | None:
    """A date from a date, a datetime or an ISO 8601 string ('2015-07-24T05:36:09+01:00')."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = clean_text(value, limit=64)
    if text is None:
        return None
    match = re.match(r"^(\d{4})-(\d{2})-(\d{2})", text)
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
