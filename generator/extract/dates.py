"""Dates the article mentions, resolved to YYYY, YYYY-MM or YYYY-MM-DD where it can be.

Only what names a point in time is kept: "February 2022", "on Monday", "later this
month". Durations ("26 weeks", "six months old") and ages are not dates, and month
names only count capitalised and next to a number or time word, so "may" and
"march" as verbs never become dates. Relative dates resolve against the article's
publication date when it has one.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span

from generator.extract.document import ParsedArticle
from generator.extract.lexicon import MONTHS, WEEKDAYS
from generator.extract.people import join_tokens
from generator.models import DateMention

_NUMBER_WORDS = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"a few|several|many|some|the past|the last|the next|the first|the)"
)
_DURATION = re.compile(
    rf"^(?:about |nearly |almost |more than |over |up to |at least )?(?:{_NUMBER_WORDS}\s+)*"
    rf"(?:\d+\s+)?(?:days?|weeks?|months?|years?|decades?|hours?|minutes?|centuries)"
    rf"(?:\s+old)?$",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r"\b(?:today|yesterday|tomorrow|tonight|(?:this|next|last|later this|earlier this)\s+"
    r"(?:week|month|year|summer|winter|spring|autumn|weekend)|\w+ ago)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_MONTH = re.compile(r"\b(" + "|".join(MONTHS) + r")\b")
_DAY = re.compile(r"\b([0-3]?\d)(?:st|nd|rd|th)?\b")


def find_dates(parsed: ParsedArticle) -> list[DateMention]:
    published = parsed.article.published
    found: dict[str, DateMention] = {}
    for para in parsed.paragraphs:
        for ent in para.doc.ents:
            if ent.label_ != "DATE" or not is_point_in_time(ent.text):
                continue
            text = _without_possessive(ent.text.strip())
            if text.lower() in found:
                continue
            found[text.lower()] = DateMention(
                text=text, date=resolve(text, published), refers_to=_refers_to(ent)
            )
    return list(found.values())


def _without_possessive(text: str) -> str:
    """ "next month's meeting": the date is "next month"."""
    return re.sub(r"(?:'s|\u2019s|'|\u2019)$", "", text)


def is_point_in_time(text: str) -> bool:
    text = text.strip()
    if "year-old" in text or _DURATION.match(text):
        return False
    if _YEAR.search(text) or _RELATIVE.search(text):
        return True
    if any(day in text.split() for day in WEEKDAYS):
        return True
    # A month name counts only capitalised and beside a number ("5 February").
    return bool(_MONTH.search(text) and re.search(r"\d", text))


def resolve(text: str, published: dt.date | None) -> str | None:
    year = _YEAR.search(text)
    month = _MONTH.search(text)
    if year and month:
        day = _DAY.search(_YEAR.sub("", text))
        number = MONTHS.index(month.group(1)) + 1
        if day and 1 <= int(day.group(1)) <= 31:
            return f"{year.group(1)}-{number:02d}-{int(day.group(1)):02d}"
        return f"{year.group(1)}-{number:02d}"
    if year and re.fullmatch(r"(?:in |the year )?\d{4}", text.strip()):
        return year.group(1)
    if published is None:
        return None
    lower = text.lower()
    if "this month" in lower:
        return f"{published.year}-{published.month:02d}"
    if "next month" in lower or "last month" in lower:
        step = 1 if "next" in lower else -1
        index = published.year * 12 + published.month - 1 + step
        return f"{index // 12}-{index % 12 + 1:02d}"
    if "last year" in lower:
        return str(published.year - 1)
    if "next year" in lower:
        return str(published.year + 1)
    if "this year" in lower:
        return str(published.year)
    if lower == "today":
        return published.isoformat()
    if lower == "yesterday":
        return (published - dt.timedelta(days=1)).isoformat()
    return None


def _refers_to(ent: Span) -> str | None:
    """What the date is the date of: the noun it modifies ("Russia's ... invasion") or
    the verb phrase it belongs to ("visit Russia")."""
    head = ent.root.head
    if head == ent.root:
        return None
    if head.pos_ == "NOUN":
        owner = [c for c in head.children if c.dep_ == "poss"]
        tokens = [*(t for o in owner for t in o.subtree), head]
        return join_tokens(sorted(tokens, key=lambda t: t.i)) or None
    if head.pos_ == "VERB":
        objects = [c for c in head.children if c.dep_ in {"dobj", "prt"}]
        tokens = [head, *(t for o in objects for t in o.subtree)]
        tokens = [t for t in tokens if not (ent.start <= t.i < ent.end)]
        return join_tokens(sorted(tokens, key=lambda t: t.i))[:80] or None
    return None
