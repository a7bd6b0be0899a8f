"""Quotes without a speaker, and what the extractor marks as unsure, over a seeded
sample of BBC articles; and whether the untouched briefings pass `validate --strict`
but for those markers.

    python benchmarks/speakers.py [N] [--seed 13] [--corpus ../shared]

Prints the quotes, those without a speaker (split by whether a reason is given), the
entries marked unsure per field, and every other lint `briefing validate` would report.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.extract import extract_many
from generator.readers import read_source
from generator.store.validation import lint

FOLDERS = ("business", "entertainment", "politics", "sport", "tech")


def sample(corpus: Path, n: int, seed: int) -> list[str]:
    paths = [
        f"corpus/bbc/{folder}/{p.name}"
        for folder in FOLDERS
        for p in sorted((corpus / "corpus" / "bbc" / folder).glob("*.txt"))
    ]
    return sorted(random.Random(seed).sample(paths, n))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", nargs="?", type=int, default=300)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--corpus", type=Path, default=Path("../shared"))
    args = parser.parse_args(argv)
    names = sample(args.corpus, args.n, args.seed)
    articles = [read_source(args.corpus / name, name)[0] for name in names]
    counts: Counter[str] = Counter()
    other: Counter[str] = Counter()
    for briefing in extract_many(articles, [None] * len(articles)):
        for quote in briefing.quotes:
            counts["quotes"] += 1
            if quote.speaker is None:
                counts["no speaker"] += 1
                reason = getattr(quote, "speaker_reason", None)
                counts["no speaker, with a reason" if reason else "no speaker, with a role"] += (
                    1 if reason or quote.role else 0
                )
                counts["no speaker, neither reason nor role"] += not (reason or quote.role)
        for field in ("people", "organizations", "places", "quotes"):
            counts[f"{field} marked unsure"] += sum(
                1 for item in getattr(briefing, field) if getattr(item, "unsure", None)
            )
        for found in lint(briefing):
            if found.loc[-1] not in {"unsure", "speaker_reason"}:
                other[f"{found.severity}: {found.message.split(chr(39))[0]}"] += 1
    print(f"{len(articles)} BBC articles (random.Random({args.seed}))")
    for key in (
        "quotes",
        "no speaker",
        "no speaker, with a reason",
        "no speaker, with a role",
        "no speaker, neither reason nor role",
        "people marked unsure",
        "organizations marked unsure",
        "places marked unsure",
        "quotes marked unsure",
    ):
        print(f"{key:<40}{counts[key]:>6}")
    print("other lints:", dict(other) or "none")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
