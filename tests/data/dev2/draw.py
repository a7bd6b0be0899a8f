"""Print the draw of the second development set (tests/data/dev2), reproducibly.

    python tests/data/dev2/draw.py [--corpus ../shared]

Three stories per BBC folder with `random.Random(13)`, among stories of at most 420 words
that contain a quotation mark (the criteria of the first two sets), excluding every story
already annotated in tests/data/annotations, tests/data/validation and the held-out set
(compared by `source:` line only). Politics and entertainment are drawn from files
numbered 201-299 only (another annotator takes the others).
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SETS = ("annotations", "validation", "heldout")
FOLDERS = ("business", "entertainment", "politics", "sport", "tech")
NUMBERED = {"politics": range(201, 300), "entertainment": range(201, 300)}


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
    """At most 420 words and a quotation mark, as for the first sets."""
    text = path.read_text(encoding="utf-8", errors="replace")
    return len(text.split()) <= 420 and '"' in text


def draw(corpus: Path, taken: set[str]) -> list[str]:
    rng = random.Random(13)
    chosen: list[str] = []
    for folder in FOLDERS:
        candidates = []
        for path in sorted((corpus / "corpus" / "bbc" / folder).glob("*.txt")):
            source = f"corpus/bbc/{folder}/{path.name}"
            allowed = NUMBERED.get(folder)
            if allowed is not None and int(path.stem) not in allowed:
                continue
            if source not in taken and eligible(path):
                candidates.append(source)
        chosen.extend(rng.sample(candidates, 3))
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=HERE.parents[2].parent / "shared")
    args = parser.parse_args()
    for source in draw(args.corpus, annotated_sources()):
        print(source)


if __name__ == "__main__":
    main()
