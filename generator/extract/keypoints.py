"""Key points (3 unless mkdocs.yml's `extra.briefing.key_points` says otherwise): the
article's most informative sentences after the bottom line, each with the section and
paragraph it comes from, none repeating another or the bottom line.

A sentence is worth more the more named things, numbers and claims it carries and
the earlier it comes (news puts what matters first); a candidate whose content words
overlap a chosen one or the summary by half or more says the same thing again.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from generator.extract.document import ParsedArticle
from generator.extract.lexicon import CLAIM_VERBS
from generator.models import KeyPoint

DEFAULT_POINTS = 3
MIN_WORDS, MAX_WORDS = 8, 45
MAX_OVERLAP = 0.5
_LEADING_CONNECTIVES = re.compile(
    r"^(?:Furthermore|Meanwhile|However|Moreover|But|And|Also|In addition|Additionally|"
    r"Instead|Still|Yet|Now|Earlier|Later),?\s+"
)


def _content(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 3}


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def find_key_points(
    parsed: ParsedArticle, summary: str, count: int = DEFAULT_POINTS
) -> list[KeyPoint]:
    candidates: list[tuple[float, int, KeyPoint]] = []
    order = 0
    total = max(len(parsed.paragraphs), 1)
    for para in parsed.paragraphs:
        for sent in para.sents:
            text = _clean(sent)
            words = len(text.split())
            order += 1
            if not (MIN_WORDS <= words <= MAX_WORDS) or _unbalanced(text):
                continue
            score = _score(sent) * (1.0 - 0.5 * para.index / total)
            point = KeyPoint(text=text, section=para.section, paragraph=para.paragraph)
            candidates.append((score, order, point))
    chosen: list[tuple[int, KeyPoint]] = []
    seen = [_content(summary)]
    for _score_value, position, point in sorted(candidates, key=lambda c: (-c[0], c[1])):
        content = _content(point.text)
        if any(_overlap(content, other) >= MAX_OVERLAP for other in seen):
            continue
        chosen.append((position, point))
        seen.append(content)
        if len(chosen) == count:
            break
    return [p for _, p in sorted(chosen, key=lambda c: c[0])]


def _unbalanced(text: str) -> bool:
    """A sentence cut inside a quotation (the model split it there) reads as a fragment."""
    return bool(
        text.count('"') % 2
        or text.count("\u00ab") != text.count("\u00bb")
        or text.count("\u201c") != text.count("\u201d")
    )


def _clean(sent: Span) -> str:
    text = _LEADING_CONNECTIVES.sub("", " ".join(sent.text.split()))
    return text[:1].upper() + text[1:]


def _score(sent: Span) -> float:
    ents = {e.text for e in sent.ents if e.label_ in {"PERSON", "ORG", "GPE", "NORP", "LOC"}}
    numbers = sum(1 for e in sent.ents if e.label_ in {"MONEY", "PERCENT", "CARDINAL", "DATE"})
    claims = sum(1 for t in sent if t.lower_ in CLAIM_VERBS)
    return 1.0 + len(ents) + 0.5 * numbers + 0.5 * min(claims, 1)
