"""Online event clustering: each new briefing joins the most similar event, or starts
one, without looking at the corpus again.

An event is kept as a profile (its members' summed term counts, the names they share,
its first and last day, its datelines), so placing a briefing reads only the profiles
that share a name or a telling word with it. Similarity is TF-IDF cosine of the words
plus the cosine of the named participants and places: two stories of the same kind
share their vocabulary but not their people or places (ECB+'s hard case), and a day
outside the event's span (with a few days' slack) rules the event out. The idf is
fixed, from reference document frequencies (generator/data/document_frequencies.tsv,
counted over the BBC corpus by benchmarks/idf_table.py): a later briefing never
changes an earlier comparison, and the index carries no vocabulary. Briefings are
placed in sorted id order, ties
going to the smaller event id, so a run gives the same events whatever the order
the files were read in.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from generator.events.features import Features

# Tuned on ECB+ topics 1-20 (benchmarks/events.py). A penalty for naming no person in
# common was tried and lowered the held-out F1 (0.856 -> 0.833 at 0.1): reports of one
# event often name different officials.
TEXT_WEIGHT = 1.0
ENTITY_WEIGHT = 0.6
THRESHOLD = 0.34  # the best B-cubed F1 on ECB+ topics 1-20
PLACE_PENALTY = 0.1  # two datelines: usually two places where something happened
WINDOW = dt.timedelta(days=3)
MAX_TERMS = 40  # an event's profile keeps its most frequent words
QUERY_TERMS = 12
IDF_TABLE = "document_frequencies.tsv"  # the briefing's most telling words look up candidate events


@dataclass(slots=True)
class Profile:
    """An event as the clustering keeps it between runs."""

    id: str
    members: list[str] = field(default_factory=list)
    terms: dict[str, float] = field(default_factory=dict)
    entities: dict[str, int] = field(default_factory=dict)
    first: dt.date | None = None
    last: dt.date | None = None
    places: list[str] = field(default_factory=list)

    def add(self, item: Features) -> None:
        self.members.append(item.id)
        for term, count in item.terms.items():
            self.terms[term] = self.terms.get(term, 0.0) + count
        if len(self.terms) > MAX_TERMS:
            kept = sorted(self.terms.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_TERMS]
            self.terms = dict(kept)
        for name in item.entities:
            self.entities[name] = self.entities.get(name, 0) + 1
        if item.day:
            self.first = min(self.first or item.day, item.day)
            self.last = max(self.last or item.day, item.day)
        if item.place and item.place not in self.places:
            self.places.append(item.place)

    def to_dict(self) -> dict[str, Any]:
        return {
            "members": self.members,
            "terms": {t: round(v, 3) for t, v in self.terms.items()},
            "entities": self.entities,
            "first": self.first.isoformat() if self.first else None,
            "last": self.last.isoformat() if self.last else None,
            "places": self.places,
        }

    @classmethod
    def from_dict(cls, event_id: str, data: dict[str, Any]) -> Profile:
        day = dt.date.fromisoformat
        return cls(
            event_id,
            list(data["members"]),
            dict(data["terms"]),
            dict(data["entities"]),
            day(data["first"]) if data.get("first") else None,
            day(data["last"]) if data.get("last") else None,
            list(data.get("places", [])),
        )


@dataclass(slots=True)
class Clustering:
    """Every event's profile, and the postings that find candidate events.

    Profiles and postings are kept as the plain values the index file holds (a profile
    is made an object only when it is a candidate), so reading and writing the index
    of ten thousand events is the JSON library's work, not a Python loop's."""

    events: dict[str, dict[str, Any]] = field(default_factory=dict)
    documents: int = 0
    postings: dict[str, list[str]] = field(default_factory=dict)

    def profile(self, event_id: str) -> Profile:
        return Profile.from_dict(event_id, self.events[event_id])

    def members(self, event_id: str) -> list[str] | None:
        found = self.events.get(event_id)
        return list(found["members"]) if found is not None else None

    def place(self, item: Features) -> str:
        """The id of the event `item` joins (a new one, named by its id, when none is
        close enough), recorded in the profiles."""
        best, best_score = None, THRESHOLD
        vector = self.vector(item.terms)  # once, not once per candidate
        for event_id in sorted(self.candidates(item)):
            score = self.score(item, self.profile(event_id), vector)
            if score > best_score:
                best, best_score = event_id, score
        self.count(item)
        event_id = best or item.id
        profile = self.profile(event_id) if event_id in self.events else Profile(event_id)
        profile.add(item)
        self._keep(profile)
        return event_id

    def count(self, item: Features) -> None:
        self.documents += 1

    def add(self, event_id: str, items: Iterable[Features]) -> None:
        """An event as people or an earlier run made it (no placing)."""
        profile = self.profile(event_id) if event_id in self.events else Profile(event_id)
        for item in items:
            self.count(item)
            profile.add(item)
        self._keep(profile)

    def drop(self, event_id: str) -> None:
        data = self.events.pop(event_id, None)
        for key in [*(data["terms"] if data else ()), *(data["entities"] if data else ())]:
            posted = self.postings.get(key, [])
            if event_id in posted:
                posted.remove(event_id)

    def candidates(self, item: Features) -> set[str]:
        telling = sorted(item.terms, key=lambda t: (-self.weight(t, item.terms[t]), t))
        found: set[str] = set()
        for key in [*item.entities, *telling[:QUERY_TERMS]]:
            found.update(self.postings.get(key, ()))
        return found & self.events.keys()

    def score(
        self, item: Features, event: Profile, vector: dict[str, float] | None = None
    ) -> float:
        if (
            item.day
            and event.first
            and event.last
            and not (event.first - WINDOW <= item.day <= event.last + WINDOW)
        ):
            return 0.0
        size = len(event.members) or 1
        mean = {t: n / size for t, n in event.terms.items()}
        text = cosine(self.vector(item.terms) if vector is None else vector, self.vector(mean))
        shared = sum(1 for name in item.entities if name in event.entities)
        names = shared / math.sqrt(len(item.entities) * len(event.entities)) if shared else 0.0
        score = TEXT_WEIGHT * text + ENTITY_WEIGHT * names
        if item.place and event.places and item.place not in event.places:
            score -= PLACE_PENALTY
        return score

    def weight(self, term: str, count: float) -> float:
        idf = reference_idf()
        weight = idf.get(term, idf[UNSEEN])
        return (1.0 + math.log(count)) * weight if count >= 1 else count * weight

    def vector(self, counts: dict[str, float]) -> dict[str, float]:
        """Sublinear TF times the reference idf."""
        idf = reference_idf()
        unseen = idf[UNSEEN]
        log = math.log
        return {
            t: ((1.0 + log(n)) if n >= 1 else n) * idf.get(t, unseen) for t, n in counts.items()
        }

    def _keep(self, profile: Profile) -> None:
        self.events[profile.id] = profile.to_dict()
        for key in [*profile.terms, *profile.entities]:
            posted = self.postings.setdefault(key, [])
            if profile.id not in posted:
                posted.append(profile.id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "events": self.events,
            "postings": self.postings,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Clustering:
        return cls(
            dict(data.get("events", {})),
            int(data.get("documents", 0)),
            dict(data.get("postings", {})),
        )


UNSEEN = ""  # the key of the idf of a word the reference never saw twice


@functools.cache
def reference_idf() -> dict[str, float]:
    """Each reference word's idf, smoothed (log((1 + N) / (1 + df)) + 1)."""
    documents, df = reference_frequencies()
    idf = {t: math.log((1 + documents) / (1 + n)) + 1.0 for t, n in df.items()}
    idf[UNSEEN] = math.log(1 + documents) + 1.0
    return idf


@functools.cache
def reference_frequencies() -> tuple[int, dict[str, int]]:
    """The fixed document frequencies the idf comes from (benchmarks/idf_table.py):
    fixed, so that the past assignment never changes and the index holds no vocabulary."""
    text = resources.files("generator.data").joinpath(IDF_TABLE).read_text(encoding="utf-8")
    documents, df = 0, {}
    for line in text.splitlines():
        term, _, count = line.partition("\t")
        if term == "#documents":
            documents = int(count)
        elif term:
            df[term] = int(count)
    return documents, df


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b.get(t, 0.0) for t, v in a.items())
    if not dot:
        return 0.0
    return dot / math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))
