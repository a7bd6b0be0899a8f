"""How briefings and names relate: related briefings, who is named with whom, when.

Computed from the catalogue's own posting lists (each entry's briefings), an
inverted index built once in one pass: nothing here compares every briefing with
every other. The work stays linear in the number of briefings because a name
shared by more than `COMMON` briefings ("United Kingdom" in a British corpus) is
left out of the relating: it says little about how two stories relate, and its
posting list would make the work grow with the square of the corpus.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from generator.models import Briefing
from generator.site.catalog import Catalog, Entry, month_key

RELATING_KINDS = ("person", "organization", "place")
COMMON = 60  # a name in more briefings than this is too common to relate them
RELATED = 5  # related briefings shown under a briefing
COMPANIONS = 8  # people, and places, shown as most often named with a dossier's subject


@dataclass(frozen=True, slots=True)
class Related:
    """A briefing related to another, and the names they share, rarest first."""

    briefing: Briefing
    shared: tuple[Entry, ...]


@dataclass(frozen=True, slots=True)
class Month:
    """One month of a dossier's timeline: its briefings, newest first."""

    key: str  # "YYYY-MM" or "undated"
    briefings: tuple[Briefing, ...]


def named_in(catalog: Catalog) -> dict[str, list[Entry]]:
    """Briefing id -> the people, organisations and places it names (each once)."""
    found: dict[str, list[Entry]] = {b.id: [] for b in catalog.briefings}
    for kind in RELATING_KINDS:
        for entry in catalog.entries[kind].values():
            for briefing in entry.briefings:
                found[briefing.id].append(entry)
    return found


def related_briefings(catalog: Catalog, limit: int = RELATED) -> dict[str, list[Related]]:
    """Briefing id -> the briefings sharing the most (and rarest) names with it.

    A shared name weighs 1/log(2 + its briefings): two briefings that both name a
    minor official are closer than two that both name the capital."""
    names = named_in(catalog)
    out: dict[str, list[Related]] = {}
    for briefing in catalog.briefings:
        scores: dict[str, float] = {}
        shared: dict[str, list[Entry]] = {}
        by_id: dict[str, Briefing] = {}
        for entry in names[briefing.id]:
            if len(entry.briefings) > COMMON:
                continue
            weight = 1 / math.log(2 + len(entry.briefings))
            for other in entry.briefings:
                if other.id == briefing.id:
                    continue
                scores[other.id] = scores.get(other.id, 0.0) + weight
                shared.setdefault(other.id, []).append(entry)
                by_id[other.id] = other
        best = sorted(scores, key=lambda i: (-scores[i], _age(by_id[i]), i))[:limit]
        out[briefing.id] = [Related(by_id[i], _rarest(shared[i])) for i in best]
    return out


def _age(briefing: Briefing) -> int:
    """Newest first among equals."""
    return -(briefing.published.toordinal() if briefing.published else 0)


def _rarest(entries: list[Entry]) -> tuple[Entry, ...]:
    return tuple(sorted(entries, key=lambda e: (len(e.briefings), e.name)))


def timeline(entry: Entry) -> list[Month]:
    """The briefings naming an entry, by month, newest month first."""
    months: dict[str, list[Briefing]] = {}
    for briefing in entry.briefings:  # already newest first
        months.setdefault(month_key(briefing), []).append(briefing)
    return [Month(key, tuple(items)) for key, items in months.items()]


def companions(
    names: dict[str, list[Entry]], entry: Entry, kind: str, limit: int = COMPANIONS
) -> list[Entry]:
    """The people (or places) most often named in the same briefings as `entry`;
    `names` is `named_in(catalog)`.

    Reads each of the entry's briefings once; over all dossiers that is the sum of
    the squares of the names per briefing, linear in the number of briefings."""
    counts: Counter[str] = Counter()
    found: dict[str, Entry] = {}
    for briefing in entry.briefings:
        for other in names[briefing.id]:
            if other.kind == kind and other is not entry:
                counts[other.key] += 1
                found[other.key] = other
    ranked = sorted(counts, key=lambda key: (-counts[key], found[key].name))[:limit]
    return [found[key] for key in ranked]
