"""Print the draw of the organisations development set (tests/data/dev-orgs), reproducibly.

    python tests/data/dev-orgs/draw.py [--corpus ../shared]

Three stories per BBC folder with `random.Random(1313)`, among stories of at most 420 words
that contain a quotation mark (the criteria of the earlier sets), excluding every story
already in another annotated set (compared by its `source:` line only, so the held-out set
is never read beyond that line).
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SETS = ("annotations", "validation", "heldout", "dev2", "dev-quotes", "wire-quotes")
FOLDERS = ("business", "entertainment", "politics", "sport", "tech")


def annotated_sources() -> set[str]:
    """The `source:` line of every annotated file: nothing else of a file is read."""
    sources: set[str] = set()
    for name in SETS:
        for path in sorted((HERE.parent / name).glob("*.yaml")):
            with path.open(encoding="utf-8") as lines:
                for line in lines:
                    match = re.match(r"source:\s*(\S+)", line)
                    if match:
                        sources.add(match.group(1))
                        break
    return sources


def eligible(path: Path) -> bool:
    """At most 420 words and a quotation mark, as for the earlier sets."""
    text = path.read_text(encoding="utf-8", errors="replace")
    return len(text.split()) <= 420 and '"' in text


def draw(corpus: Path, taken: set[str]) -> list[str]:
    """Three sources per folder, each folder's pool sorted before sampling."""
    rng = random.Random(1313)
    chosen: list[str] = []
    for folder in FOLDERS:
        pool = [
            f"corpus/bbc/{folder}/{path.name}"
            for path in sorted((corpus / "corpus" / "bbc" / folder).glob("*.txt"))
            if eligible(path)
        ]
        candidates = [source for source in pool if source not in taken]
        chosen.extend(sorted(rng.sample(candidates, 3)))
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=HERE.parents[2].parent / "shared")
    args = parser.parse_args()
    for source in draw(args.corpus, annotated_sources()):
        print(source)


if __name__ == "__main__":
    main()
