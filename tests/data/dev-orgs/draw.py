"""Print the draw of the organisations development set (tests/data/dev-orgs), reproducibly.

    python tests/data/dev-orgs/draw.py [--corpus ../shared]

Three stories per BBC folder with `random.Random(1313)`, among stories of at most 420 words
that contain a quotation mark (the criteria of the earlier sets), excluding every story
already in another annotated set (compared by its `source:` line only, so the held-out set
is never read beyond that line).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from drawing import draw, print_draw, short_and_quoted, sources_of

SETS = ("annotations", "validation", "heldout", "dev2", "dev-quotes", "wire-quotes")


def chosen(corpus: Path) -> list[str]:
    return draw(corpus, seed=1313, taken=sources_of(SETS), eligible=short_and_quoted())


if __name__ == "__main__":
    print_draw(__doc__, chosen)
