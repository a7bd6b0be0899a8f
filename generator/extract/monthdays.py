"""Calendar dates as news writes them, with or without a year: "Oct. 11", "Dec. 15,
2025", "15 December", "January 3", "Sept. 2026", "mid-April", "a hearing in March",
"on the 5th".

A date without a year (or a day without a month) is in the year (or month) that the
article's own date and the tense of its clause point to: "will meet on Dec. 6" is the
next Dec. 6 on or after the article's date, "began on 3 Nov." the last one on or before
it; where the tense does not say, the nearest. Without an article date it stays
unresolved (`None`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

Direction = Literal["past", "future"] | None

# Full and abbreviated month names, capitalised ("may" and "march" are verbs).
_MONTH = re.compile(
    r"\b(?P<m>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?"
)
_MONTH_KEYS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DAY = re.compile(r"(?<![\d:.,])\b([0-3]?\d)(?:st|nd|rd|th)?\b(?![\d:%])")
# "on the 5th", "by the 21st": a day of the article's month or the next.
ORDINAL_DAY = re.compile(r"^([0-3]?\d)(?:st|nd|rd|th)$")
# Words before a month name alone that make it a time ("a hearing in March").
MONTH_PREPOSITIONS = frozenset(
    {"in", "on", "by", "until", "till", "since", "from", "before", "after", "during"}
    | {"through", "early", "late", "mid", "next", "last", "this"}
)


@dataclass(frozen=True, slots=True)
class CalendarDate:
    """What a date's text says: a month, maybe a day, maybe a year."""

    month: int | None
    day: int | None
    year: int | None


def read_calendar(text: str) -> CalendarDate | None:
    """The month, day and year a date's text names, or None if it names no month
    (a year alone is read elsewhere)."""
    month = _MONTH.search(text)
    if month is None:
        return None
    year = _YEAR.search(text)
    day = _DAY.search(_YEAR.sub("", text))
    number = int(day.group(1)) if day else None
    return CalendarDate(
        _MONTH_KEYS.index(month["m"][:3].lower()) + 1,
        number if number and 1 <= number <= 31 else None,
        int(year.group(1)) if year else None,
    )


def names_month(text: str) -> bool:
    return _MONTH.search(text) is not None


def resolve_calendar(
    found: CalendarDate, reference: dt.date | None, direction: Direction = None
) -> str | None:
    """YYYY-MM-DD or YYYY-MM; a missing year from `reference` and `direction`."""
    if found.month is None:
        return None
    if found.year is not None:
        if found.day is None:
            return f"{found.year}-{found.month:02d}"
        return _iso(found.year, found.month, found.day)
    if reference is None:
        return None
    candidates = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidates.append(dt.date(year, found.month, found.day or 1))
        except ValueError:
            continue
    if found.day is None:  # a month: compare months, not days
        start = dt.date(reference.year, reference.month, 1)
        chosen = _choose(candidates, start, direction)
        return f"{chosen.year}-{chosen.month:02d}" if chosen else None
    chosen = _choose(candidates, reference, direction)
    return chosen.isoformat() if chosen else None


def resolve_day(day: int, reference: dt.date | None, direction: Direction = None) -> str | None:
    """ "on the 5th": that day of the article's month, the month before or after."""
    if reference is None or not 1 <= day <= 31:
        return None
    candidates = []
    for step in (-1, 0, 1):
        index = reference.year * 12 + reference.month - 1 + step
        try:
            candidates.append(dt.date(index // 12, index % 12 + 1, day))
        except ValueError:
            continue
    chosen = _choose(candidates, reference, direction)
    return chosen.isoformat() if chosen else None


def _choose(candidates: list[dt.date], reference: dt.date, direction: Direction) -> dt.date | None:
    if direction == "past":
        candidates = [c for c in candidates if c <= reference]
    elif direction == "future":
        candidates = [c for c in candidates if c >= reference]
    if not candidates:
        return None
    return min(candidates, key=lambda c: (abs((c - reference).days), c))


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return f"{year}-{month:02d}"
