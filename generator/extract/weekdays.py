"""Days of the week ("on Friday", "last Tuesday", "on Wednesday night", "Friday's
vote"), resolved against the article's date the way a news reader does.

News names the days around its own date by their weekday, so which Friday "Friday" is
depends on the article's date and on the tense of the clause the day belongs to:

* "last Friday" is the latest Friday before the article's date, never its own day;
  "next Friday" the first one after it. These words count from the writer's day,
  so they hold in reported speech too.
* A bare weekday takes its direction from the tense of its clause. Past ("said on
  Friday", "Friday's vote was close", "has resigned on Friday") is the latest such
  day on or before the article's date; future ("will meet on Monday", "is due to
  meet on Monday") and the present of schedules ("the vote takes place on Friday",
  "are meeting on Friday") the first on or after it. The article's own weekday is
  the article's own day either way: wire copy writes "on Friday" for today. "this
  Friday" goes by the tense too. A participle or infinitive takes its clause's tense
  (an infinitive is later: "plans to vote on Friday").
* Where the tense does not say, the day is kept unresolved: a day on the far side of
  another event ("ahead of Friday's vote", "until Friday" in a past clause; "after
  Friday's vote" outside one), an event the present tense only names ("Arsenal go
  into the game on the back of a victory on Sunday"), a participle under a present
  verb ("with its shares closing Tuesday at 873p, Exel is valued...").
* Future in the past ("said the vote would be held on Friday", "was due to meet on
  Monday") counts from the day of the report, and is resolved only when the sentence
  dates the report ("said on Monday that ...", "said yesterday"): the Friday after an
  undated report may fall either side of the article's date.
* A weekday inside a direct quote counts from the day the speaker spoke, which the
  article seldom gives: kept, not resolved. So is a day counted from another event
  ("the middle Saturday of the tie", "that Sunday").
* A weekday with a calendar date ("Friday 11 March") is that date; without a year,
  in the year near the article's date when 11 March is a Friday.

Not dates at all, so not kept:

* A weekday in a name. A capitalised word before it that does not open a date phrase
  ("Good Friday", "Black Friday", "Super Tuesday", "Man Friday", "Sheffield
  Wednesday"; "On Friday" and "Last Tuesday" open date phrases); a capitalised word
  after it, unless "on", "last", "next"... before it makes it a date ("The Sunday
  Times", "Sunday Bloody Sunday"; but "On Tuesday Mr Blair said"); the Sunday
  editions "the Mail on Sunday", "the Independent on Sunday".
* Any such day rather than one: "every Friday", "a Saturday night", "one Saturday
  morning", plurals ("on Fridays"), and a weekday classifying a noun that has its
  own determiner or name before it ("the current Saturday night series", "their
  Wednesday date", "BBC One Saturday morning show").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Span, Token

from generator.extract.lexicon import (
    GENERIC_DETERMINERS,
    IMPLICATIVE_VERBS,
    MONTHS,
    PARTS_OF_DAY,
    SUNDAY_EDITIONS,
    WEEKDAY_MODIFIERS,
    WEEKDAYS,
)

Tense = Literal["past", "present", "future", "reported"]
Direction = Literal["before", "on_or_before", "on_or_after", "after"]

# Parts of speech of a sentence's capitalised first word that opens a date phrase
# ("On Friday", "Every Friday", "Since Monday") rather than a name ("Good Friday").
_OPENER_POS = frozenset(("ADP", "SCONJ", "DET", "CCONJ", "PRON", "ADV", "NUM", "PART"))
# Prepositions that put the day after the clause's time ("ahead of Friday's vote",
# "until Friday", "tickets for Saturday's concert") or before it ("after Friday's
# vote", "since Monday", "affected by Sunday's earthquake": "by" only as an agent).
_AGENT = "by (agent)"
_DAY_IS_LATER = frozenset(("before", "ahead", "until", "till", "pending", "prior", "for"))
_DAY_IS_EARLIER = frozenset(("after", "following", "since", _AGENT))
_FUTURE_MODALS = frozenset(("will", "'ll", "shall", "wo", "sha"))
_REPORTED_MODALS = frozenset(("would", "'d"))
_OTHER_MODALS = frozenset(("may", "might", "could", "can", "ca", "should", "must"))
_PERFECT = frozenset(("has", "have", "'ve", "having"))
_DAY = r"([0-3]?\d)(?:st|nd|rd|th)?"


@dataclass(frozen=True, slots=True)
class WeekdayDate:
    span: Span  # "last Tuesday", "Wednesday night", "Friday"
    date: dt.date | None  # None: a date, but the article does not say which


def is_weekday(token: Token) -> bool:
    return token.text in WEEKDAYS


def read_weekday(
    token: Token, reference: dt.date | None, quoted: list[tuple[int, int]]
) -> WeekdayDate | None:
    """The date a weekday token names, None when it is part of a name or any such day.
    `quoted` are the character ranges of direct quotes in the token's paragraph."""
    if not is_weekday(token) or _in_name(token) or _is_generic(token):
        return None
    span = _date_span(token)
    if (calendar := _calendar(token)) is not None:
        day, month, year, end = calendar
        date = _calendar_date(WEEKDAYS.index(token.text), day, month, year, reference)
        return WeekdayDate(token.doc[span.start : end], date)
    if reference is None or any(start <= token.idx < end for start, end in quoted):
        return WeekdayDate(span, None)
    return WeekdayDate(span, _resolve(token, reference))


def _calendar(token: Token) -> tuple[int, int, int | None, int] | None:
    """Day, month, year (None if not written) and end token of a calendar date
    written after the weekday: "Friday 11 March", "Monday, January 3, 2005"."""
    doc = token.doc

    def number(i: int, pattern: str) -> int | None:
        found = re.fullmatch(pattern, doc[i].text) if i < len(doc) else None
        return int(found.group(1)) if found else None

    i = token.i + 1
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i + 1 >= len(doc):
        return None
    if (day := number(i, _DAY)) is not None and doc[i + 1].text in MONTHS:
        month = doc[i + 1].text
    elif doc[i].text in MONTHS and (day := number(i + 1, _DAY)) is not None:
        month = doc[i].text
    else:
        return None
    end = i + 2
    comma = 1 if end < len(doc) and doc[end].text == "," else 0
    year = number(end + comma, r"(1[89]\d\d|20\d\d)")
    if year is not None:
        end += comma + 1
    return day, MONTHS.index(month) + 1, year, end


def _calendar_date(
    weekday: int, day: int, month: int, year: int | None, reference: dt.date | None
) -> dt.date | None:
    """The date of "Friday 11 March": as written with a year; without one, the year
    near the article's date in which 11 March is a Friday (a date's weekday moves on
    by one or two days a year, so at most one of three years fits)."""
    years = [year] if year is not None else []
    if year is None and reference is not None:
        years = [reference.year - 1, reference.year, reference.year + 1]
    dates = []
    for y in years:
        try:
            dates.append(dt.date(y, month, day))
        except ValueError:
            continue
    if year is not None:
        return dates[0] if dates else None
    return next((d for d in dates if d.weekday() == weekday), None)


def _resolve(token: Token, reference: dt.date) -> dt.date | None:
    modifier = _modifier(token)
    if modifier == "last" or modifier == "past":
        return _step(reference, token, "before")
    if modifier in {"next", "coming"}:
        return _step(reference, token, "after")
    if _determiner(token) not in {None, "this"}:
        return None  # "the Friday before the election", "that Sunday"
    verb, preps, via_noun = _clause_of(token)
    tense = _tense(verb) if verb is not None else None
    if tense == "reported":
        anchor = _report_date(verb, reference) if verb is not None else None
        return _step(anchor, token, "on_or_after") if anchor else None
    direction = _direction(tense, preps, via_noun)
    return _step(reference, token, direction) if direction else None


def _direction(tense: Tense | None, preps: set[str], via_noun: bool) -> Direction | None:
    """Which way from the article's date a bare weekday lies, by its clause's tense
    and the prepositions between the day and the verb."""
    if tense is None:
        return None
    if "since" in preps:
        return "on_or_before"
    if preps & _DAY_IS_LATER:  # "ahead of Friday's vote", "until Monday"
        return None if tense == "past" else "on_or_after"
    if preps & _DAY_IS_EARLIER:  # "after Friday's vote"
        # Only the past is sure: "Ireland face the Faroes on Wednesday after Saturday's
        # draw" and "trading resumes on Tuesday after Monday's holiday" differ in
        # nothing but the calendar.
        return "on_or_before" if tense == "past" else None
    if tense == "past":
        return "on_or_before"
    if tense == "future":
        return "on_or_after"
    # The present schedules what the day dates ("the vote takes place on Friday"),
    # but says nothing of when an event it names happened or happens: "Arsenal go
    # into the game on the back of a victory on Sunday".
    return None if via_noun else "on_or_after"


def _step(reference: dt.date, token: Token, direction: Direction) -> dt.date:
    day = WEEKDAYS.index(token.text)
    if direction == "before":
        return reference - dt.timedelta(days=(reference.weekday() - day - 1) % 7 + 1)
    if direction == "after":
        return reference + dt.timedelta(days=(day - reference.weekday() - 1) % 7 + 1)
    if direction == "on_or_before":
        return reference - dt.timedelta(days=(reference.weekday() - day) % 7)
    return reference + dt.timedelta(days=(day - reference.weekday()) % 7)


# -- which words belong to the date ------------------------------------------------


def _date_span(token: Token) -> Span:
    """The weekday with the words of its date: "last Tuesday", "late Thursday
    morning", "Wednesday night", "the middle Saturday" (not the possessive of "Friday's
    vote")."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start - 1].lower_ in WEEKDAY_MODIFIERS:
        start -= 1
    for word in (token, _core(token)):
        for child in word.children:
            if child.dep_ == "det" and child.lower_ in {"the", "that"} and child.i < start:
                start = child.i  # "the middle Saturday of the tie": a day counted from another
    end = token.i + 1
    if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in PARTS_OF_DAY:
        end += 2  # "Saturday-night"
    elif end < len(doc) and doc[end].lower_ in PARTS_OF_DAY:
        end += 1
    return doc[start:end]


def _modifier(token: Token) -> str | None:
    """ "last", "next", "this", "coming", "past" right before the weekday, if any;
    "this coming Friday" and "this past Monday" count by their second word."""
    doc = token.doc
    i = token.i - 1
    if i >= 0 and doc[i].lower_ in {"coming", "past"}:
        return doc[i].lower_
    if i >= 0 and doc[i].lower_ in {"last", "next", "this"}:
        return doc[i].lower_
    return None


def _determiner(token: Token) -> str | None:
    """The determiner of the weekday's own phrase ("the Friday", "every Sunday",
    "one Saturday morning"), lower case, or None."""
    prev = token.doc[token.i - 1] if token.i > 0 else None
    if (
        prev is not None
        and prev.pos_ in {"DET", "NUM"}
        and prev.lower_ in GENERIC_DETERMINERS | {"the", "that", "this"}
    ):
        return prev.lower_
    core = _core(token)
    for word in (token, core):
        for child in word.children:
            if child.i < token.i and child.dep_ in {"det", "nummod", "predet"}:
                return child.lower_
    return None


def _core(token: Token) -> Token:
    """The noun the weekday's phrase ends in: "night" in "Wednesday night"."""
    core = token
    while core.dep_ == "compound" and core.head.lower_ in PARTS_OF_DAY and core.head.i > core.i:
        core = core.head
    return core


# -- names and days in general ------------------------------------------------------


def _in_name(token: Token) -> bool:
    doc = token.doc
    prev = doc[token.i - 1] if token.i > 0 else None
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if prev is not None and _capitalised(prev) and not _opens_date(prev):
        return True  # "Good Friday", "Super Tuesday", "Sheffield Wednesday"
    # "On Tuesday Mr Blair said": the date ends where the subject begins.
    introduced = prev is not None and (prev.lower_ in WEEKDAY_MODIFIERS or prev.lower_ == "on")
    if (
        nxt is not None
        and not introduced
        and _capitalised(nxt)
        and not nxt.is_sent_start
        and nxt.text not in MONTHS
        and nxt.text not in WEEKDAYS
    ):
        return True  # "The Sunday Times", "Sunday Bloody Sunday"
    return (
        token.text == "Sunday"
        and token.i >= 2
        and doc[token.i - 1].lower_ == "on"
        and doc[token.i - 2].text in SUNDAY_EDITIONS
    )


def _capitalised(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper()


def _opens_date(token: Token) -> bool:
    """Whether a capitalised word before a weekday opens a date phrase: a sentence's
    first word that is a preposition, determiner... or a date word ("Last Friday")."""
    if token.lower_ in WEEKDAY_MODIFIERS:
        return True
    first = token.is_sent_start or token.i == 0 or not token.doc[token.i - 1].is_alpha
    return first and token.pos_ in _OPENER_POS


def _is_generic(token: Token) -> bool:
    if _determiner(token) in GENERIC_DETERMINERS:
        return True
    # A weekday classifying a noun: "the current Saturday night series" names a slot
    # in a schedule; "late Thursday morning trading" (no determiner) is one day's.
    core = _core(token)
    if core.dep_ not in {"compound", "nmod", "amod"} or core.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    if core.head.lower_ in PARTS_OF_DAY:
        return False
    return any(
        c.i < token.i
        and (
            c.dep_ in {"det", "poss", "predet", "nummod"}
            or (c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN")
        )
        for c in core.head.children
    )


# -- tense --------------------------------------------------------------------------


def _clause_of(token: Token) -> tuple[Token | None, set[str], bool]:
    """The verb whose clause the weekday dates, the prepositions on the way to it
    ("ahead", "of" in "rose ahead of Friday's vote"), and whether the way passes a
    noun: the day dates an event ("Friday's vote", "a meeting on Tuesday"), not the
    verb itself."""
    preps: set[str] = set()
    via_noun = False
    word = _core(token)
    while word.head != word:
        if word.dep_ == "agent":
            preps.add(_AGENT)  # "affected by Sunday's earthquake": a cause comes first
        word = word.head
        if word.lower_ in _DAY_IS_LATER | _DAY_IS_EARLIER:
            preps.add(word.lower_)  # also "following" tagged as a verb
        elif word.pos_ in {"VERB", "AUX"}:
            return word, preps, via_noun
        elif word.pos_ in {"ADP", "SCONJ"}:
            preps.add(word.lower_)
        elif word.pos_ in {"NOUN", "PROPN", "PRON"}:
            via_noun = True
    return None, preps, via_noun


def _governing_verb(verb: Token) -> Token | None:
    return next((a for a in verb.ancestors if a.pos_ in {"VERB", "AUX"}), None)


def _tense(verb: Token) -> Tense | None:
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    words = {a.lower_ for a in aux}
    if words & _FUTURE_MODALS:
        return "future"
    if words & _REPORTED_MODALS:
        return "reported"
    if words & _OTHER_MODALS:
        return None if "have" in words else "future"  # "could have won on Saturday"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux) or words & _PERFECT:
        return "past"  # "said", "was told", "has resigned", "has been meeting"
    if verb.tag_ in {"VBZ", "VBP"} or any(a.tag_ in {"VBZ", "VBP"} for a in aux):
        return "present"
    # Not finite: an infinitive, a participle. Its time is its governing clause's...
    governing = _governing_verb(verb)
    if "to" in words:
        # ... or later for an infinitive: "plans to vote on Friday" is to come; "was
        # due to vote on Friday" is future in the past, unless the verb says the thing
        # was done ("was forced to withdraw on Thursday").
        tense = _tense(governing) if governing is not None else None
        if tense == "past":
            return "past" if verb.head.lower_ in IMPLICATIVE_VERBS else "reported"
        return "future" if tense == "present" else tense
    tense = _tense(governing) if governing is not None else None
    if verb.tag_ == "VBN" and verb.dep_ in {"acl", "advcl"}:
        # "a survey released on Friday said" is past; "will attend the conference
        # called in Jakarta on Thursday" is not.
        return "past" if tense == "past" else None
    if verb.tag_ == "VBN" and verb.dep_ != "conj":
        return "past"  # a past tense the tagger took for a participle: "prices carried on"
    # A participle under a present verb is not a schedule: "with its shares closing
    # Tuesday at 873p, Exel is valued at..." is past, "with Australia facing South
    # Africa on Wednesday" to come.
    return None if tense == "present" and verb.dep_ != "conj" else tense


def _report_date(verb: Token, reference: dt.date) -> dt.date | None:
    """The date the sentence gives the report a future in the past counts from: "said
    on Monday that the vote would be held on Friday", "said yesterday that ..."."""
    for report in verb.ancestors:
        if report.pos_ not in {"VERB", "AUX"}:
            continue
        for child in report.children:
            days = [child] if child.dep_ != "prep" else list(child.children)
            for day in days:
                if day.lower_ == "yesterday":
                    return reference - dt.timedelta(days=1)
                if day.lower_ == "today":
                    return reference
                if is_weekday(day) and not _in_name(day) and not _is_generic(day):
                    return _resolve(day, reference)
    return None


def clause_tense(token: Token) -> Tense | None:
    """The tense of the clause a date word dates ("will meet on the 5th": future;
    "began on 3 Nov.": past), for the dates a weekday does not name; None when the
    date dates a noun ("set a hearing for Oct. 11": the hearing may lie either side)."""
    verb, _preps, via_noun = _clause_of(token)
    return _tense(verb) if verb is not None and not via_noun else None
