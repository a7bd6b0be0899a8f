"""Print the draw of the second development set (tests/data/dev2), reproducibly.

    python tests/data/dev2/draw.py [--corpus ../shared]

Three stories per BBC folder with `random.Random(13)`, among stories of at most 420 words
that contain a quotation mark (the criteria of the first two sets), excluding every story
already annotated in tests/data/annotations, tests/data/validation and the held-out set
(compared by `source:` line only). Politics and entertainment are drawn from files
numbered 201-299 only (another annotator takes the others).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from drawing import draw, print_draw, short_and_quoted, sources_of

SETS = ("annotations", "validation", "heldout")  # as they were when drawn
NUMBERED = {"politics": range(201, 300), "entertainment": range(201, 300)}


def chosen(corpus: Path) -> list[str]:
    return draw(
        corpus, seed=13, taken=sources_of(SETS), eligible=short_and_quoted(), numbered=NUMBERED
    )


if __name__ == "__main__":
    print_draw(__doc__, chosen)
