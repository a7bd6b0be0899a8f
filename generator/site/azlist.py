"""An A-Z list that stays readable at thousands of names.

The people list of two thousand BBC briefings holds thousands of names, most named
once. The list therefore opens with the most named, jumps by letter, and under each
letter shows the names named at least `threshold` times; the rest are folded away
(a <details> block per letter). The threshold is 2 (names named once are folded),
raised as far as needed to keep the unfolded names under `SHOWN`, and the
letters run in two columns, so the page's height in its default state does not
grow with the corpus.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from generator.site.catalog import Entry

TOP = 24  # the most named, first
SHOWN = 200  # at most this many names unfolded under the letters


@dataclass(slots=True)
class Letter:
    initial: str
    shown: list[Entry] = field(default_factory=list)
    folded: list[Entry] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return "letter-" + (self.initial.lower() if self.initial.isalpha() else "other")


@dataclass(frozen=True, slots=True)
class AZList:
    total: int
    threshold: int  # names in fewer briefings than this are folded
    top: list[Entry]
    letters: list[Letter]


def initial(name: str) -> str:
    """The letter a name is filed under: accents dropped (É under E), "#" for the rest."""
    first = unicodedata.normalize("NFKD", name.strip()[:1])[:1].upper()
    return first if first.isascii() and first.isalpha() else "#"


def threshold(counts: list[int], shown: int = SHOWN) -> int:
    """The fewest briefings a name needs to stay unfolded: 2, or more when more than
    `shown` names would otherwise be."""
    ranked = sorted(counts, reverse=True)
    if len(ranked) <= shown or ranked[shown] < 2:
        return 2
    return ranked[shown] + 1


def az_list(entries: list[Entry], top: int = TOP, shown: int = SHOWN) -> AZList:
    """`entries` in A-Z order (Catalog.sorted_entries)."""
    limit = threshold([len(e.briefings) for e in entries], shown)
    letters: dict[str, Letter] = {}
    for entry in entries:
        letter = letters.setdefault(initial(entry.name), Letter(initial(entry.name)))
        (letter.shown if len(entry.briefings) >= limit else letter.folded).append(entry)
    most = sorted(entries, key=lambda e: (-len(e.briefings), e.name.casefold()))[:top]
    most = [e for e in most if len(e.briefings) > 1]
    ordered = sorted(letters.values(), key=lambda x: (x.initial == "#", x.initial))
    return AZList(len(entries), limit, most, ordered)
