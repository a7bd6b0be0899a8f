"""Each annotated set drawn by a script is the draw its script prints, run again now:
a set's stories can be traced to a seeded draw, and a draw that came to exclude the
sets drawn after it (or itself) would no longer reproduce its set."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.data.drawing import sources_of

DATA = Path(__file__).resolve().parent / "data"
CORPUS = DATA.parents[1].parent / "shared"
DRAWN = ("dev2", "dev-orgs", "dev-places", "dev-speakers", "dev-speakers2", "orgs-unseen")


@pytest.mark.parametrize("name", DRAWN)
def test_a_set_is_its_scripts_draw(name: str) -> None:
    printed = subprocess.run(
        [sys.executable, str(DATA / name / "draw.py"), "--corpus", str(CORPUS)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert len(printed) == len(set(printed)) >= 12
    assert set(printed) == sources_of([name])


def test_the_development_sets_share_no_story_with_the_held_out_set() -> None:
    held_out = sources_of(["heldout"])  # source lines only: nothing else of it is read
    for name in (*DRAWN, "annotations", "validation", "dev-quotes"):
        assert not sources_of([name]) & held_out, name
