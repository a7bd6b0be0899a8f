"""What the clustering knows of a briefing: its words, its named participants and
places, the people its headline and lede are about, its day, the days it names and
its dateline: each small and plain, so an
event's profile can be kept in the index and a new briefing compared with it without
reading the corpus."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from itertools import islice

from spacy.lang.en.stop_words import STOP_WORDS

from generator.events.idf import idf_of
from generator.models import Briefing

WORD = re.compile(r"[^\W\d_][\w'\u2019-]*[^\W_]|[^\W\d_]")
LEAD_PARAGRAPHS = 30  # the head of a story says what happened; its tail drifts into background
MIN_WORD = 3
FULL_DATE = 10  # "YYYY-MM-DD": a day, not a month or a year of background
HEAD_PARAGRAPHS = 1  # the headline and the lede say who the happening is about
NAME_IDF = 4.0  # in at most about 5% of the reference texts: a name's telling word


@dataclass(frozen=True, slots=True)
class Features:
    """One briefing as the clustering sees it."""

    id: str
    terms: dict[str, float]
    entities: frozenset[str]
    day: dt.date | None
    place: str | None
    dates: frozenset[dt.date] = frozenset()
    names: frozenset[str] = frozenset()  # the rare words of the names it gives
    central: frozenset[str] = frozenset()  # surnames of the people its head names


def words(text: str) -> list[str]:
    """Content words, lower-cased, possessives cut: the vocabulary of the text vectors."""
    found = []
    for match in WORD.finditer(text.lower()):
        word = match.group().replace("\u2019", "'").removesuffix("'s")
        if len(word) >= MIN_WORD and word not in STOP_WORDS:
            found.append(word)
    return found


def features(briefing: Briefing) -> Features:
    counts: Counter[str] = Counter()
    for word in words(briefing.title):
        counts[word] += 2  # the headline names the happening
    paragraphs = [p for s in briefing.sections for p in s.paragraphs][:LEAD_PARAGRAPHS]
    for text in (briefing.summary, *paragraphs):
        counts.update(words(text))
    return Features(
        id=briefing.id,
        terms={t: float(n) for t, n in sorted(counts.items())},
        entities=entities(briefing),
        day=briefing.published,
        place=(briefing.dateline or "").strip().lower() or None,
        dates=named_days(briefing),
        names=name_words(briefing),
        central=central_people(briefing),
    )


def entities(briefing: Briefing) -> frozenset[str]:
    """Named participants and the places below country level: what tells two events
    of the same kind apart (two rehab check-ins, two earthquakes). Countries are left
    out: a country is shared by too many different stories to tell them apart. The
    registry's id stands for the name when resolution gave one, so "Mr Blair" and
    "Tony Blair" are one participant."""
    names = {f"person:{p.id or p.name.lower()}" for p in briefing.people}
    names |= {f"organization:{o.id or o.name.lower()}" for o in briefing.organizations}
    names |= {f"place:{p.id or p.name.lower()}" for p in briefing.places if p.kind != "country"}
    return frozenset(names)


def named_days(briefing: Briefing) -> frozenset[dt.date]:
    """The full dates the text gives ("May 2, 2013"): two reports of one happening
    name the same days, two happenings of one kind years apart do not."""
    days = set()
    for mention in briefing.dates:
        if mention.date and len(mention.date) == FULL_DATE:
            try:
                days.add(dt.date.fromisoformat(mention.date))
            except ValueError:
                continue  # a reviewer's impossible date: not a day to compare
    return frozenset(days)


def name_words(briefing: Briefing) -> frozenset[str]:
    """The rare words of every name the briefing gives (people, organisations, places
    below country level): what an event is known to mention when a newcomer's central
    participant is looked for in it. Common words ("police", "city") say nothing."""
    found: set[str] = set()
    for name in (
        *(p.name for p in briefing.people),
        *(o.name for o in briefing.organizations),
        *(p.name for p in briefing.places if p.kind != "country"),
    ):
        found.update(w for w in words(name) if idf_of(w) >= NAME_IDF)
    return frozenset(found)


def surname(name: str) -> str | None:
    """A person's last rare word: what a report writes on every mention after the
    first ("Klitschko", "Rahman"), so the one word to look for in another text."""
    rare = [w for w in words(name) if idf_of(w) >= NAME_IDF]
    return rare[-1] if rare else None


def central_people(briefing: Briefing) -> frozenset[str]:
    """The surnames of the people the headline or the lede names: who the happening
    is about (the challenger beaten, the accused, the victim), not the officials and
    experts quoted further down, whom two reports of one event often differ on."""
    lede = islice((p for s in briefing.sections for p in s.paragraphs), HEAD_PARAGRAPHS)
    head = set(words(" ".join([briefing.title, *lede])))
    found = {surname(p.name) for p in briefing.people}
    return frozenset(k for k in found if k and k in head)
