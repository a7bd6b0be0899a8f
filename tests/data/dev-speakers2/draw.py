"""Print the draw of the second speaker set (tests/data/dev-speakers2), reproducibly.

    python tests/data/dev-speakers2/draw.py [--corpus ../shared]

Three stories per folder (politics, entertainment, business, sport) with `random.Random(2026)`,
among stories of at most 420 words with at least four quoted passages (eight straight double
quotation marks: the set is for speakers), excluding every story annotated under tests/data/
when it was drawn (`SETS`), compared by `source:` line only: nothing else of an annotated file
is read.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from drawing import SETS_BY_STOP_20, draw, print_draw, short_and_quoted, sources_of

SETS = SETS_BY_STOP_20  # the sets under tests/data/ when this one was drawn
FOLDERS = ("politics", "entertainment", "business", "sport")
MIN_MARKS = 8  # four quoted passages: the set is for speakers


def chosen(corpus: Path) -> list[str]:
    return draw(
        corpus,
        seed=2026,
        taken=sources_of(SETS),
        eligible=short_and_quoted(MIN_MARKS),
        folders=FOLDERS,
    )


if __name__ == "__main__":
    print_draw(__doc__, chosen)
