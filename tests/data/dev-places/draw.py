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
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from drawing import DEFAULT_CORPUS, draw, short_and_quoted, sources_of

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


def chosen(corpus: Path, also: list[Path]) -> list[str]:
    taken = sources_of(SETS) | set(DEV_ORGS_DRAW)
    taken |= sources_of(str(folder.resolve()) for folder in also)
    return draw(corpus, seed=2613, taken=taken, eligible=short_and_quoted())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--also", type=Path, nargs="*", default=[])
    args = parser.parse_args()
    for source in chosen(args.corpus, list(args.also)):
        print(source)


if __name__ == "__main__":
    main()
