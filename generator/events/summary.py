"""An event's bottom line and key points, extractive and multi-document.

Every candidate sentence is one a member carries: its bottom line, a key point, or a
sentence of the head of its text, each with the section and paragraph it comes from,
so each stays traceable to a source paragraph. A member's own key points are few (its
choice, made without the other reports), so the head of every member's text is read
too: what several reports say is found even when no member chose it.

Candidates saying the same thing (word overlap) are grouped: the group is one point,
carried by every independent source in it (copies do not count twice). A point ranks
by its closeness to what the whole event is about (cosine to the TF-IDF centroid of
the members' texts, Radev et al.'s centroid, with the clustering's fixed idf) plus a
bounded bonus for its independent sources (SOURCE_BONUS per doubling, a logarithm):
of two points equally close to the story, the one more sources tell ranks first, but
a side remark two reports share does not outrank the story's core told by one (a
strict sort by sources did, and lost ROUGE to the plain centroid summariser). Redundancy
is removed by the grouping and by leaving out what the bottom line already says.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import takewhile, zip_longest

from generator.events.cluster import UNSEEN, cosine, reference_idf
from generator.events.features import words
from generator.events.model import SourcedPoint
from generator.extract.sentences import split_sentences
from generator.models import Briefing

SAME_POINT = 0.6  # share of the shorter sentence's content words two sentences share
MAX_POINTS = 6
MAX_CANDIDATES = 400  # bounds the grouping's cost on an event of many members
TOPIC_SHARE = 0.1  # centroid words under this share of the top weight are left out
SOURCE_BONUS = 0.05  # added to the cosine per doubling of a point's independent sources
MIN_WORDS, MAX_WORDS = 8, 45  # a point a reader takes in at once, as a member's are


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
    central: float = 0.0

    def sources(self) -> list[str]:
        return sorted({c.briefing for c in self.members})

    def independent(self, copies: dict[str, str]) -> int:
        return len({copies.get(c.briefing, c.briefing) for c in self.members})


def candidates(members: Sequence[Briefing]) -> list[Candidate]:
    """Each member's bottom line and key points (what the members chose), then the
    sentences of their texts, rank by rank across members (every member's first
    sentence, then every member's second...), so the cap keeps the heads of all the
    reports."""
    found: list[Candidate] = []
    for briefing in members:
        if briefing.summary:
            found.append(Candidate(briefing.summary, briefing.id, None, None, len(found)))
        for point in briefing.key_points:
            found.append(
                Candidate(point.text, briefing.id, point.section, point.paragraph, len(found))
            )
    chosen = {(c.briefing, c.text) for c in found}
    rounds = zip_longest(*(sentences_of(b) for b in members))
    for row in takewhile(lambda _: len(found) < MAX_CANDIDATES, rounds):
        for sentence in row:
            if sentence and (sentence[1], sentence[0]) not in chosen:
                text, briefing_id, section, paragraph = sentence
                found.append(Candidate(text, briefing_id, section, paragraph, len(found)))
    for candidate in found:
        candidate.content = frozenset(words(candidate.text))
    return found[:MAX_CANDIDATES]


def sentences_of(briefing: Briefing) -> Iterator[tuple[str, str, int, int]]:
    """(text, briefing, section, paragraph) of each sentence of the member's text that
    could stand as a point (`standalone`), lazily: the cap stops the reading."""
    for s, section in enumerate(briefing.sections, start=1):
        for p, paragraph in enumerate(section.paragraphs, start=1):
            sentences = split_sentences(paragraph)
            for i, sentence in enumerate(sentences):
                following = sentences[i + 1] if i + 1 < len(sentences) else ""
                if standalone(sentence, following):
                    yield sentence, briefing.id, s, p


def standalone(sentence: str, following: str) -> bool:
    """Whether a sentence reads as a point on its own: of a readable length, its
    quotations closed, or left open only as a quotation running into a new paragraph
    is (the next one opens with a quotation mark again: news English's convention)."""
    if not MIN_WORDS <= len(sentence.split()) <= MAX_WORDS:
        return False
    straight = sentence.count('"') % 2
    curly = sentence.count("\u201c") - sentence.count("\u201d")
    if not straight and not curly:
        return True
    continued = following.startswith(('"', "\u201c"))
    return continued and (straight, curly) in ((1, 0), (0, 1))


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


def centred(groups: list[Group], members: Sequence[Briefing]) -> list[Group]:
    """Each group's closeness to the event's centroid (Radev et al. 2004): the TF-IDF
    of the members' texts, less the words under a tenth of the top weight (what the
    event is about, not what one sentence mentions). The texts, not the candidates:
    a member's key point repeats one of its sentences and would count twice."""
    whole = vector(" ".join(p for b in members for s in b.sections for p in s.paragraphs))
    top = max(whole.values(), default=0.0)
    centre = {t: v for t, v in whole.items() if v >= TOPIC_SHARE * top}
    for group in groups:
        group.central = cosine(vector(group.first.text), centre)
    return groups


def vector(text: str) -> dict[str, float]:
    """Term counts times the clustering's fixed idf: raw counts, not the clustering's
    damped ones, so the words the reports repeat weigh in the centroid."""
    idf = reference_idf()
    return {w: n * idf.get(w, idf[UNSEEN]) for w, n in Counter(words(text)).items()}


def weight(group: Group, copies: dict[str, str]) -> float:
    """Closeness to the centroid plus the bounded bonus of independent sources: the
    logarithm, so a second source counts as much as the next two together."""
    return group.central + SOURCE_BONUS * math.log2(group.independent(copies))


def ranked(groups: list[Group], copies: dict[str, str]) -> list[Group]:
    """Highest weight first (rounded, so float noise never reorders), then the first
    told: deterministic."""
    return sorted(groups, key=lambda g: (-round(weight(g, copies), 9), g.first.order))


def summarise(
    members: Sequence[Briefing], copies: dict[str, str]
) -> tuple[str, list[SourcedPoint]]:
    """The bottom line (the best-carried member bottom line) and the key points."""
    found = candidates(members)
    groups = ranked(centred(grouped(found), members), copies)
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
