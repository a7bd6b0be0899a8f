"""Print the draw of the speaker development set (tests/data/dev-speakers), reproducibly.

    python tests/data/dev-speakers/draw.py [--corpus ../shared]

Three stories per folder (politics, entertainment, business, sport) with `random.Random(1313)`,
among stories of at most 420 words with at least four quoted passages (eight straight double
quotation marks: the set is for speakers, so stories rich in quotes), excluding every story
already annotated in any folder under tests/data/ when drawn (annotations, validation, dev2,
dev-quotes, wire-quotes, the held-out set and any other), compared by `source:` line only:
nothing else of an annotated file is read.
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
FOLDERS = ("politics", "entertainment", "business", "sport")
PER_FOLDER = 3
MIN_MARKS = 8


def annotated_sources() -> set[str]:
    """The `source:` line of every annotated file under tests/data/, and nothing else of it."""
    sources: set[str] = set()
    for path in sorted(HERE.parent.glob("*/*.yaml")):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                match = re.match(r"source:\s*(\S+)", line)
                if match:
                    sources.add(match.group(1))
                    break
    return sources


def eligible(path: Path) -> bool:
    """At most 420 words and at least four quoted passages."""
    text = path.read_text(encoding="utf-8", errors="replace")
    return len(text.split()) <= 420 and text.count('"') >= MIN_MARKS


def draw(corpus: Path, taken: set[str]) -> list[str]:
    rng = random.Random(1313)
    chosen: list[str] = []
    for folder in FOLDERS:
        candidates = []
        for path in sorted((corpus / "corpus" / "bbc" / folder).glob("*.txt")):
            source = f"corpus/bbc/{folder}/{path.name}"
            if source not in taken and eligible(path):
                candidates.append(source)
        chosen.extend(sorted(rng.sample(candidates, PER_FOLDER)))
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=HERE.parents[2].parent / "shared")
    args = parser.parse_args()
    for source in draw(args.corpus, annotated_sources()):
        print(source)


if __name__ == "__main__":
    main()
