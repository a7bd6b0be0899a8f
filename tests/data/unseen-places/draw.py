"""Print the draw of the unseen people-and-places set (tests/data/unseen-places).

    python tests/data/unseen-places/draw.py [--corpus ../shared]

Two stories per BBC folder with `random.Random(4413)`, among stories of at most 420 words
that contain a quotation mark (the criteria of the earlier sets), excluding every story of
the sets under tests/data/ when it was drawn, compared by `source:` line only: nothing
else of a file is read (the held-out set's annotations included).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from drawing import SETS_BY_STOP_20, draw, print_draw, short_and_quoted, sources_of

SETS = SETS_BY_STOP_20  # the sets under tests/data/ when this one was drawn


def chosen(corpus: Path) -> list[str]:
    return draw(
        corpus, seed=4413, taken=sources_of(SETS), eligible=short_and_quoted(), per_folder=2
    )


if __name__ == "__main__":
    print_draw(__doc__, chosen)
