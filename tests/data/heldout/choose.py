"""Draw the held-out split (issue 13): three BBC stories per topic folder, seeded.

    python tests/data/heldout/choose.py [--corpus ../shared]

Same criteria as the development and validation sets (at most 420 words, at least one
quotation mark), excluding every article those two sets already annotate.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
FOLDERS = ("business", "entertainment", "politics", "sport", "tech")
PER_FOLDER = 3
SEED = 13


def _taken() -> set[str]:
    taken: set[str] = set()
    for folder in ("annotations", "validation"):
        for path in (HERE.parent / folder).glob("*.yaml"):
            taken.add(yaml.safe_load(path.read_text(encoding="utf-8"))["source"])
    return taken


def _eligible(path: Path) -> bool:
    text = path.read_text(encoding="latin-1")
    return len(text.split()) <= 420 and '"' in text


def choose(corpus: Path) -> list[str]:
    rng = random.Random(SEED)
    taken = _taken()
    chosen: list[str] = []
    for folder in FOLDERS:
        paths = sorted((corpus / "corpus" / "bbc" / folder).glob("*.txt"))
        names = [f"corpus/bbc/{folder}/{p.name}" for p in paths if _eligible(p)]
        names = [n for n in names if n not in taken]
        chosen += sorted(rng.sample(names, PER_FOLDER))
    return chosen


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared"))
    for name in choose(parser.parse_args().corpus):
        print(name)
