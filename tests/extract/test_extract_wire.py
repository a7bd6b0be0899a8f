"""Wire copy end to end: the agency, captions and credits never reach the headline,
the bottom line, the people or the key points (real model, fixtures in
tests/data/wire/ written in each agency's style)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.extract import extract_many
from generator.models import Briefing
from generator.readers import read_source

WIRE = Path("tests/data/wire")
NAMES = sorted(p.name for p in WIRE.glob("*.txt"))
# Text that belongs to the wire's wrapping, not the story.
NOISE = re.compile(
    r"\(CNN\)|Reporter\)|\(Reuters\)|\(AP\)|\bBy [A-Z]|contributed|Reporting by|SOURCE|"
    r"Copyright|Photo|Read more|More:|[a-z][A-Z][a-z]"
)
CREDITED = {"Lisa Mascaro", "Kevin Freking", "Ed Lavandera", "Rosa Flores", "Jane Doe"}
CREDITED |= {"Michael Reyes", "Mark Heinrich", "Peter Byrne", "Josh Boak", "Helen Ward"}


@pytest.fixture(scope="module")
def briefings() -> dict[str, Briefing]:
    articles = [read_source(WIRE / n, f"articles/{n}")[0] for n in NAMES]
    return dict(zip(NAMES, extract_many(articles, [None] * len(articles)), strict=True))


@pytest.mark.parametrize("name", NAMES)
def test_no_wire_wrapping_in_what_is_read(briefings: dict[str, Briefing], name: str) -> None:
    b = briefings[name]
    for text in [b.title, b.summary, *(k.text for k in b.key_points)]:
        assert not NOISE.search(text), text
    names = {p.name for p in b.people} | {o.name for o in b.organizations}
    assert not names & CREDITED
    assert not names & {"CNN", "Reuters", "AP", "Associated Press", "Press Association"}


@pytest.mark.parametrize("name", NAMES)
def test_the_generated_headline_reads_as_one(briefings: dict[str, Briefing], name: str) -> None:
    """What a sub-editor checks first: a capital, 3-14 words, no dangling small word,
    no fused words, brackets closed, no full stop."""
    title = briefings[name].title
    words = title.split()
    assert title[0].isupper() and 3 <= len(words) <= 14, title
    assert words[-1].lower() not in {"to", "of", "the", "a", "and", "with", "said"}, title
    assert title.count("(") == title.count(")") and not title.endswith("."), title


def test_the_outlet_and_byline_are_kept_as_metadata(briefings: dict[str, Briefing]) -> None:
    ap = briefings["ap-washington.txt"].source
    assert (ap.outlet, ap.byline) == ("AP", "Josh Boak")
    assert briefings["cnn-glued.txt"].source.outlet == "CNN"
    assert briefings["cnn-glued.txt"].dateline is None  # an agency alone names no place
    assert briefings["ap-washington.txt"].dateline == "Washington"
