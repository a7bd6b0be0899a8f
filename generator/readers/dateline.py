"""Wire datelines at the head of a lede: "Seoul:", "SEOUL (Reuters) -",
"WASHINGTON, Sept. 5 (AP) —", "LONDON —", and the credit alone as aggregators pass it
on, glued to the first word or with its bracket cut: "(CNN)A new ...", "(Reuters) - ",
"Hollywood Reporter)A comedian ..." (place "", agency named).

Words that only look like one are refused by what the language says of them: a label
before a time stamp ("Published: August 7, 2012", "Posted: Nov 27, 2005") names no place,
and a colon before a headline ("Lawyer: Lindsay Lohan checks into rehab", "Kraft
Shooting: Hiller Charged With Murder") is a kicker: the colon form, the weakest of the
dateline forms, is read only before running text, a paragraph that ends as a sentence does.

The dateline is kept in the paragraph as written (a briefing quotes the article
faithfully); the reader reports the place, and the agency when one is named. The date
it gives ("Sept. 5") is kept as written in `when`: the day the story was filed, which
the extractor reads the story's weekdays against.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.models import Block, Dateline

_CITY = r"[A-Z][A-Za-z.'\u2019-]+(?:[ -][A-Z][A-Za-z.'\u2019-]+){0,3}"
_CAPS_CITY = r"[A-Z][A-Z.'\u2019-]+(?:[ -][A-Z][A-Z.'\u2019-]+){0,3}"
_DASH = r"(?:-{1,2}|\u2013|\u2014)"

_OUTLET = r"[A-Z][\w.&'\u2019-]*(?: [A-Z][\w.&'\u2019-]*){0,3}"
# What follows a dateline: the story's first word, with or without a space before it.
_STORY_START = r"(?=[A-Z0-9\"\u201c'\u2018])"
# "SEOUL (Reuters) -", "WASHINGTON, Sept. 5 (AP) —", "Paris, 3 March (AFP) -",
# "(Reuters) - ", and glued as aggregators pass it on: "(CNN)A new state law"
_AGENCY = re.compile(
    rf"^(?:(?P<place>{_CITY})(?:,\s*(?P<when>[^()\n]{{1,30}}?))?\s*)?"
    rf"\((?P<agency>[A-Za-z][\w .&'-]{{1,30}})\)(?:\s*{_DASH}\s+|\s*{_STORY_START})"
)
# The same with its opening bracket lost: "Hollywood Reporter)A comedian ..."
_CUT_AGENCY = re.compile(rf"^(?P<agency>{_OUTLET})\)(?:\s*{_DASH})?\s*{_STORY_START}")
# "LONDON — ", "NEW YORK, Jan. 3 -"
_CAPS_DASH = re.compile(
    rf"^(?P<place>{_CAPS_CITY})(?:,\s*(?P<when>[^()\n]{{1,30}}?))?\s*{_DASH}\s+"
)
# "Seoul: ", "New Delhi: "
_COLON = re.compile(rf"^(?P<place>{_CITY}):\s+(?=[A-Z\"\u201c'\u2018])")

# What a time stamp starts with: a month or a weekday, full or cut ("Nov", "Tue."),
# followed by a figure or another of them: the label before it is no place.
_CALENDAR = [
    *("january", "february", "march", "april", "may", "june", "july", "august"),
    *("september", "october", "november", "december", "monday", "tuesday", "wednesday"),
    *("thursday", "friday", "saturday", "sunday"),
]
_TIME_WORDS = frozenset(_CALENDAR) | {w[:3] for w in _CALENDAR} | {"sept", "tues", "thurs"}
_STAMP = re.compile(r"([A-Za-z]+)\.?,?\s+(?:\d|([A-Za-z]+))")
# How running text ends: a full stop, question or exclamation mark, maybe inside a quote.
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*$")

# Words that open a lede with a colon but are not places: section labels, and the
# labels of a page's time stamp.
_NOT_PLACES = {
    "analysis",
    "breaking",
    "comment",
    "editorial",
    "editor's note",
    "exclusive",
    "live",
    "note",
    "opinion",
    "update",
    "updated",
    "watch",
    "warning",
    "correction",
    "review",
    "interview",
    "video",
    "photos",
    "listen",
    "read more",
    "related",
    "summary",
    "q",
    "a",
    "by",
    "from",
    "source",
    "sources",
    "via",
    "subject",
    "to",
    "cc",
    "date",
    "published",
    "first published",
    "posted",
    "last updated",
    "last modified",
    "modified",
    "created",
}


def lede_dateline(blocks: Sequence[Block]) -> Dateline | None:
    """The dateline of an article's lede (its first paragraph, as `Article.lede_index`
    defines it), or None."""
    lede = next((b for b in blocks if b.kind == "paragraph"), None)
    return find_dateline(lede.text) if lede else None


def find_dateline(paragraph: str) -> Dateline | None:
    """The dateline at the start of a lede, or None."""
    for pattern in (_AGENCY, _CUT_AGENCY, _CAPS_DASH, _COLON):
        match = pattern.match(paragraph)
        if not match:
            continue
        found = match.groupdict()
        place = (found.get("place") or "").strip(" ,")
        agency = (found.get("agency") or "").strip() or None
        when = (found.get("when") or "").strip(" ,") or None
        if place.lower() in _NOT_PLACES or (agency or "").lower() in _NOT_PLACES:
            continue
        if len(place) < 2 and not agency:
            continue
        if pattern is _COLON and not _before_running_text(paragraph, match.end()):
            continue
        if agency and place and _initials(place) == agency.replace(".", "").upper():
            continue  # "Advanced Micro Devices (AMD) Chief ...": a name and its acronym
        if when and not any(ch.isdigit() for ch in when):
            place, when = f"{place}, {when}", None  # "LONDON, England (CNN) --"
        return Dateline(_display_case(place), agency, when, match.end())
    return None


def _before_running_text(paragraph: str, end: int) -> bool:
    """Whether what follows a colon is the story's running text: not a time stamp
    ("Published: August 7, 2012") and ending as a sentence does, which a headline
    ("Lawyer: Lindsay Lohan checks into rehab facility") does not."""
    rest = paragraph[end:].strip()
    stamp = _STAMP.match(rest)
    if stamp and all(w is None or w.lower() in _TIME_WORDS for w in stamp.groups()):
        return False  # "August 7, 2012", "Monday, 28 November", "Tue March 3"
    return _SENTENCE_END.search(rest) is not None


def _initials(name: str) -> str:
    """'Advanced Micro Devices' -> 'AMD': what a name's acronym in brackets spells."""
    return "".join(word[0] for word in name.split()).upper()


def _display_case(place: str) -> str:
    """'WASHINGTON' -> 'Washington'; a name written in mixed case is kept as written."""
    return ", ".join(_display_word(part) for part in place.split(", "))


def _display_word(place: str) -> str:
    if place.isupper() and len(place) > 3:
        return " ".join(w.capitalize() for w in place.split(" "))
    return place
