"""Disagreements: figures the sources give differently ("12 people were killed" in
one, "15 killed" in another).

A figure is a number and the counted noun that follows it ("12 people", "15 dead",
"three soldiers"). A source that gives one figure for a noun states it; a source
that gives several for one noun (12 injured here, 3 injured there) is describing
different things, and is left out rather than guessed at. Where the sources stating
a noun's figure give different values, that is a disagreement, with its sources.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from generator.events.model import Claim, Disagreement
from generator.models import Briefing

NUMBER_WORDS = {
    w: str(i)
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
}
FIGURE = re.compile(
    r"\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|" + "|".join(NUMBER_WORDS) + r")"
    r"\s+(?:(?:more|other)\s+)?([a-z]{3,})\b",
    re.IGNORECASE,
)
# Words after a number that are units of time or measure, not things counted.
NOT_COUNTED = frozenset(
    [
        "years",
        "year",
        "months",
        "month",
        "weeks",
        "week",
        "days",
        "day",
        "hours",
        "hour",
        "minutes",
        "minute",
        "seconds",
        "percent",
        "per",
        "cent",
        "times",
        "am",
        "pm",
        "and",
        "the",
        "a",
        "to",
        "in",
        "on",
        "at",
        "for",
        "from",
        "of",
        "with",
    ]
)


def figures(briefing: Briefing) -> dict[str, set[str]]:
    """Counted noun -> the values this briefing gives for it."""
    found: dict[str, set[str]] = defaultdict(set)
    for section in briefing.sections:
        for paragraph in section.paragraphs:
            for match in FIGURE.finditer(paragraph):
                value, noun = match.group(1).lower(), match.group(2).lower()
                if noun in NOT_COUNTED:
                    continue
                found[noun.removesuffix("s")].add(NUMBER_WORDS.get(value, value.replace(",", "")))
    return found


def disagreements(members: Sequence[Briefing], copies: dict[str, str]) -> list[Disagreement]:
    stated: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for briefing in members:
        if briefing.id in copies:
            continue  # a copy says what its original says
        for noun, values in figures(briefing).items():
            if len(values) == 1:
                stated[noun][next(iter(values))].append(briefing.id)
    found = []
    for noun in sorted(stated):
        by_value = stated[noun]
        if len(by_value) > 1:
            claims = [Claim(value=v, sources=sorted(s)) for v, s in sorted(by_value.items())]
            found.append(Disagreement(about=noun, claims=claims))
    return found
