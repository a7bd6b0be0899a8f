"""The one way the annotated sets are drawn from the BBC corpus, shared by their draw.py.

Each set's draw.py names the sets that existed when it was drawn, so it prints the same
stories whenever it is run: a draw that excluded "every folder under tests/data/" would
exclude itself (and any set drawn later) on the next run. An annotated file is read only
up to its `source:` line, so a draw never reads the held-out set's annotations.
"""

from __future__ import annotations

import argparse
import random
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

DATA = Path(__file__).resolve().parent
DEFAULT_CORPUS = DATA.parents[1].parent / "shared"
FOLDERS = ("business", "entertainment", "politics", "sport", "tech")
# The sets under tests/data/ when dev-speakers2, orgs-unseen and unseen-places were drawn
# (at the same time, so not excluding one another).
SETS_BY_STOP_20 = (
    "annotations",
    "validation",
    "heldout",
    "dev2",
    "dev-quotes",
    "wire-quotes",
    "dev-orgs",
    "dev-places",
    "dev-speakers",
)


def sources_of(sets: Iterable[str]) -> set[str]:
    """The `source:` line of every annotated file of the named sets, nothing else of it."""
    sources: set[str] = set()
    for name in sets:
        for path in sorted((DATA / name).glob("*.yaml")):
            with path.open(encoding="utf-8") as lines:
                for line in lines:
                    if match := re.match(r"source:\s*(\S+)", line):
                        sources.add(match.group(1))
                        break
    return sources


def short_and_quoted(min_marks: int = 1) -> Callable[[Path], bool]:
    """Stories of at most 420 words with at least `min_marks` straight double quotation
    marks: the criteria of the first sets (one mark), or of a set for speakers (more)."""

    def eligible(path: Path) -> bool:
        text = path.read_text(encoding="utf-8", errors="replace")
        return len(text.split()) <= 420 and text.count('"') >= min_marks

    return eligible


def draw(
    corpus: Path,
    *,
    seed: int,
    taken: set[str],
    eligible: Callable[[Path], bool],
    folders: Iterable[str] = FOLDERS,
    per_folder: int = 3,
    numbered: Mapping[str, range] | None = None,
) -> list[str]:
    """`per_folder` sources of each folder, sampled by one `random.Random(seed)` in folder
    order from the folder's eligible stories not taken (optionally only those numbered
    in a range), each folder's pick sorted."""
    rng = random.Random(seed)
    chosen: list[str] = []
    for folder in folders:
        allowed = (numbered or {}).get(folder)
        candidates = [
            f"corpus/bbc/{folder}/{path.name}"
            for path in sorted((corpus / "corpus" / "bbc" / folder).glob("*.txt"))
            if (allowed is None or int(path.stem) in allowed)
            and f"corpus/bbc/{folder}/{path.name}" not in taken
            and eligible(path)
        ]
        chosen.extend(sorted(rng.sample(candidates, per_folder)))
    return chosen


def print_draw(description: str | None, chosen: Callable[[Path], list[str]]) -> None:
    """A draw script's command line: `--corpus DIR`, then the chosen sources, one a line."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    for source in chosen(parser.parse_args().corpus):
        print(source)
