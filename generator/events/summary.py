"""An event's bottom line and key points, extractive and multi-document.

Every candidate sentence is one a member already carries (its bottom line, or a key
point with the paragraph it comes from), so each stays traceable to a source
paragraph. Candidates saying the same thing (word overlap) are grouped: the group is
one point, carried by every independent source in it (copies do not count twice), and
points carried by more sources rank first. Redundancy is removed by the grouping and
by leaving out what the bottom line already says.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from generator.events.features import words
from generator.events.model import SourcedPoint
from generator.models import Briefing

SAME_POINT = 0.5  # share of the shorter sentence's content words two sentences share
MAX_POINTS = 6


@dataclass(slots=True)
class Candidate:
    text: str
    briefing: str
    section: int | None
    paragraph: int | None
    order: int
    content: frozenset[str] = field(default_factory=frozenset)


@dataclass(slots=True)
class Group:
    first: Candidate
    members: list[Candidate] = field(default_factory=list)

    def sources(self) -> list[str]:
        return sorted({c.briefing for c in self.members})

    def independent(self, copies: dict[str, str]) -> int:
        return len({copies.get(c.briefing, c.briefing) for c in self.members})


def candidates(members: Sequence[Briefing]) -> list[Candidate]:
    found: list[Candidate] = []
    for briefing in members:
        if briefing.summary:
            found.append(Candidate(briefing.summary, briefing.id, None, None, len(found)))
        for point in briefing.key_points:
            found.append(
                Candidate(point.text, briefing.id, point.section, point.paragraph, len(found))
            )
    for candidate in found:
        candidate.content = frozenset(words(candidate.text))
    return found


def same(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b:
        return a == b
    return len(a & b) / min(len(a), len(b)) >= SAME_POINT


def grouped(found: list[Candidate]) -> list[Group]:
    groups: list[Group] = []
    for candidate in found:
        home = next((g for g in groups if same(g.first.content, candidate.content)), None)
        if home is None:
            groups.append(home := Group(candidate))
        home.members.append(candidate)
    return groups


def ranked(groups: list[Group], copies: dict[str, str]) -> list[Group]:
    """Most independent sources first, then the point told by more of the event's
    words (centrality), then the first told."""
    return sorted(groups, key=lambda g: (-g.independent(copies), -len(g.members), g.first.order))


def summarise(
    members: Sequence[Briefing], copies: dict[str, str]
) -> tuple[str, list[SourcedPoint]]:
    """The bottom line (the best-carried member bottom line) and the key points."""
    groups = ranked(grouped(candidates(members)), copies)
    lines = [g for g in groups if g.first.section is None]
    bottom = lines[0] if lines else None
    points = [
        SourcedPoint(
            text=g.first.text,
            sources=g.sources(),
            briefing=g.first.briefing,
            section=g.first.section,
            paragraph=g.first.paragraph,
        )
        for g in groups
        if g is not bottom
    ]
    return (bottom.first.text if bottom else ""), points[:MAX_POINTS]
