"""Print the draw of the places-and-people development set (tests/data/dev-places).

    python tests/data/dev-places/draw.py [--corpus ../shared] [--also DIR ...]

Three stories per BBC folder with `random.Random(2613)`, among stories of at most 420 words
that contain a quotation mark (the criteria of the earlier sets), excluding every story
already annotated in tests/data/annotations, validation, dev2, dev-quotes, heldout and
wire-quotes and dev-orgs, compared by `source:` line only: nothing else of a file is read.
dev-orgs was being drawn by another annotator at the same time (its files not yet written):
its draw, as its own draw.py printed it then, is excluded by name (`DEV_ORGS_DRAW`), and
`--also` adds annotated folders outside this checkout.
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SETS = ("annotations", "validation", "dev2", "dev-quotes", "wire-quotes", "heldout", "dev-orgs")
DEV_ORGS_DRAW = (
    "corpus/bbc/business/153.txt",
    "corpus/bbc/business/343.txt",
    "corpus/bbc/business/500.txt",
    "corpus/bbc/entertainment/152.txt",
    "corpus/bbc/entertainment/257.txt",
    "corpus/bbc/entertainment/290.txt",
    "corpus/bbc/politics/173.txt",
    "corpus/bbc/politics/194.txt",
    "corpus/bbc/politics/341.txt",
    "corpus/bbc/sport/271.txt",
    "corpus/bbc/sport/291.txt",
    "corpus/bbc/sport/445.txt",
    "corpus/bbc/tech/111.txt",
    "corpus/bbc/tech/112.txt",
    "corpus/bbc/tech/346.txt",
)
FOLDERS = ("business", "entertainment", "politics", "sport", "tech")


def sources_in(folder: Path) -> set[str]:
    """The `source:` line of every annotated file of one folder."""
    sources: set[str] = set()
    for path in sorted(folder.glob("*.yaml")):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                match = re.match(r"source:\s*(\S+)", line)
                if match:
                    sources.add(match.group(1))
                    break
    return sources


def eligible(path: Path) -> bool:
    """At most 420 words and a quotation mark, as for the first sets."""
    text = path.read_text(encoding="utf-8", errors="replace")
    return len(text.split()) <= 420 and '"' in text


def draw(corpus: Path, taken: set[str]) -> list[str]:
    rng = random.Random(2613)
    chosen: list[str] = []
    for folder in FOLDERS:
        candidates = []
        for path in sorted((corpus / "corpus" / "bbc" / folder).glob("*.txt")):
            source = f"corpus/bbc/{folder}/{path.name}"
            if source not in taken and eligible(path):
                candidates.append(source)
        chosen.extend(sorted(rng.sample(candidates, 3)))
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=HERE.parents[2].parent / "shared")
    parser.add_argument("--also", type=Path, nargs="*", default=[])
    args = parser.parse_args()
    taken: set[str] = set(DEV_ORGS_DRAW)
    for folder in [HERE.parent / name for name in SETS] + list(args.also):
        taken |= sources_in(folder)
    for source in draw(args.corpus, taken):
        print(source)


if __name__ == "__main__":
    main()
