"""Print the stories of the orgs-unseen set (issue 13, item 3: organisations).

Three stories per BBC folder with `random.Random(1304)`, among stories of at most 420 words
that contain a quotation mark (the criteria of the earlier sets), excluding every story
already in another annotated set (compared by its `source:` line only, so the held-out set
is never read beyond that line).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from drawing import SETS_BY_STOP_20, draw, print_draw, short_and_quoted, sources_of

SETS = SETS_BY_STOP_20  # the sets under tests/data/ when this one was drawn


def chosen(corpus: Path) -> list[str]:
    return draw(corpus, seed=1304, taken=sources_of(SETS), eligible=short_and_quoted())


if __name__ == "__main__":
    print_draw(__doc__, chosen)
