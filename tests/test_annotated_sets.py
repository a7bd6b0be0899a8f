"""Each annotated set drawn by a script is the draw its script prints, run again now:
a set's stories can be traced to a seeded draw, and a draw that came to exclude the
sets drawn after it (or itself) would no longer reproduce its set."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"
CORPUS = DATA.parents[1].parent / "shared"
DRAWN = ("dev2", "dev-orgs", "dev-places", "dev-speakers")


def sources(name: str) -> set[str]:
    found = set()
    for path in (DATA / name).glob("*.yaml"):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                if match := re.match(r"source:\s*(\S+)", line):
                    found.add(match.group(1))
                    break
    return found


@pytest.mark.parametrize("name", DRAWN)
def test_a_set_is_its_scripts_draw(name: str) -> None:
    printed = subprocess.run(
        [sys.executable, str(DATA / name / "draw.py"), "--corpus", str(CORPUS)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert len(printed) == len(set(printed)) >= 12
    assert set(printed) == sources(name)


def test_the_development_sets_share_no_story_with_the_held_out_set() -> None:
    held_out = sources("heldout")  # source lines only: nothing else of it is read
    for name in (*DRAWN, "annotations", "validation", "dev-quotes"):
        assert not sources(name) & held_out, name
