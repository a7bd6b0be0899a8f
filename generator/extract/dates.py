"""Dates the article mentions, resolved to YYYY, YYYY-MM or YYYY-MM-DD where it can be.

Only what names a point in time is kept: "February 2022", "on Monday", "later this
month". Durations ("26 weeks", "six months old") and ages are not dates, and month
names only count capitalised and next to a number or time word, so "may" and
"march" as verbs never become dates. Relative dates resolve against the article's
date: the date its dateline gives ("WASHINGTON, Sept. 5 (AP) -", the day the story was
filed; the year, when the dateline has none, from the publication date), else its
publication date. Days of the week are read by `weekdays`; a date the article does
not let us resolve is kept with `date: null`.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from generator.extract.document import Paragraph, ParsedArticle
from generator.extract.lexicon import MONTHS, WEEKDAYS
from generator.extract.monthdays import (
    MONTH_PREPOSITIONS,
    ORDINAL_DAY,
    Direction,
    names_month,
    read_calendar,
    resolve_calendar,
    resolve_day,
)
from generator.extract.people import join_tokens
from generator.extract.quote_marks import QuoteSpan
from generator.extract.weekdays import clause_tense, is_weekday, read_weekday
from generator.models import Article, DateMention

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


def find_dates(parsed: ParsedArticle, quotes: list[QuoteSpan]) -> list[DateMention]:
    """`quotes`: the article's quotation spans (`find_quote_spans`), whose weekdays
    are the speaker's, not the article's."""
    reference = reference_date(parsed.article)
    found: dict[tuple[str, str | None], DateMention] = {}
    for para in parsed.paragraphs:
        quoted = [(q.start, q.end) for q in quotes if q.para == para.index]
        for span, date in _mentions(para, reference, quoted):
            text = _without_possessive(span.text.strip())
            found.setdefault(
                (text.lower(), date), DateMention(text=text, date=date, refers_to=_refers_to(span))
            )
    # A day written the same way twice is listed once, resolved if either was.
    resolved = {text for text, date in found if date is not None}
    return [m for (text, date), m in found.items() if date is not None or text not in resolved]


def _mentions(
    para: Paragraph, reference: dt.date | None, quoted: list[tuple[int, int]]
) -> list[tuple[Span, str | None]]:
    """The paragraph's dates in reading order: the model's DATE entities, and each
    weekday (which the model may tag as a time, part of an organisation, or nothing)."""
    doc = para.doc
    out: list[tuple[Span, str | None]] = []
    for token in doc:
        if is_weekday(token) and (day := read_weekday(token, reference, quoted)) is not None:
            out.append((day.span, day.date.isoformat() if day.date else None))
    read = {i for span, _ in out for i in range(span.start, span.end)}
    for ent in doc.ents:
        if ent.label_ != "DATE" or any(is_weekday(t) or t.i in read for t in ent):
            continue  # a weekday's date was read above, or it was no date ("Good Friday")
        if is_point_in_time(ent.text) or _month_in_context(ent):
            text = _without_possessive(ent.text.strip())
            out.append((ent, resolve(text, reference, _direction(ent))))
    read = {i for span, _ in out for i in range(span.start, span.end)}
    for token in doc:
        if token.i not in read and (found := _ordinal_day(token)) is not None:
            span, number = found
            out.append((span, resolve_day(number, reference, _direction(span))))
    return sorted(out, key=lambda found: found[0].start)


def _month_in_context(ent: Span) -> bool:
    """A month named alone is a date after a word of time: "a hearing in March",
    "until mid-April", "by early June" (not "March" the verb, never capitalised
    mid-sentence, nor "May" the name, which the model tags as a person)."""
    if not names_month(ent.text) or len(ent) > 3:
        return False
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    first = ent[0].lower_.rstrip("-")
    return before in MONTH_PREPOSITIONS or first in {"mid", "early", "late"}


def _ordinal_day(token: Token) -> tuple[Span, int] | None:
    """ "on the 5th", "by the 21st": a day of the month, not "the 5th floor" or "the
    21st century" (a noun follows) nor "the 5th of 10" (a number follows)."""
    ordinal = ORDINAL_DAY.match(token.text)
    if ordinal is None or token.i < 2:
        return None
    doc = token.doc
    article, prep = doc[token.i - 1], doc[token.i - 2]
    if article.lower_ != "the" or prep.lower_ not in {"on", "by", "until", "from", "since"}:
        return None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and (after.pos_ in {"NOUN", "PROPN", "NUM"} or after.lower_ == "of"):
        return None
    return doc[token.i - 1 : token.i + 1], int(ordinal[1])


def _direction(span: Span) -> Direction:
    """Which way a date without its year (or month) lies from the article's date, as
    the tense of its clause says: past before, future and schedules after."""
    tense = clause_tense(span.root)
    if tense == "past":
        return "past"
    if tense in {"future", "present"}:
        return "future"
    return None


def reference_date(article: Article) -> dt.date | None:
    """The day the article counts "yesterday" and "on Friday" from: its dateline's
    date, else its publication date."""
    dateline = article.dateline
    filed = dateline_date(dateline.when, article.published) if dateline and dateline.when else None
    return filed or article.published


_MONTH_ABBREVIATION = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?")


def dateline_date(when: str, published: dt.date | None) -> dt.date | None:
    """ "Sept. 5", "3 March", "Nov. 26, 2026" as a date. Without a year in the dateline
    the publication date gives it: the year that puts the day nearest that date."""
    month = _MONTH_ABBREVIATION.search(when)
    day = _DAY.search(_YEAR.sub("", when))
    if not month or not day:
        return None
    number = [m[:3] for m in MONTHS].index(month.group(1)[:3]) + 1
    year = _YEAR.search(when)
    years = [int(year.group(1))] if year else []
    if not years and published is not None:
        years = [published.year - 1, published.year, published.year + 1]
    candidates = []
    for y in years:
        try:
            candidates.append(dt.date(y, number, int(day.group(1))))
        except ValueError:
            continue
    if not candidates:
        return None
    if published is None:
        return candidates[0]
    return min(candidates, key=lambda c: abs((c - published).days))


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
    # A month name counts only capitalised and beside a number ("5 February", "Oct. 11").
    return bool(names_month(text) and re.search(r"\d", text))


def resolve(text: str, published: dt.date | None, direction: Direction = None) -> str | None:
    """A date's text as YYYY, YYYY-MM or YYYY-MM-DD; `published` is the article's
    date (`reference_date`) that relative dates, and dates without a year, count from;
    `direction` is the tense's hint for those ("past", "future")."""
    year = _YEAR.search(text)
    calendar = read_calendar(text)
    if calendar is not None and not _RELATIVE.search(text):
        return resolve_calendar(calendar, published, direction)
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
