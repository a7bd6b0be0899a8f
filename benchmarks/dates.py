"""Date mentions the extractor finds and resolves in a sample of BBC articles.

    python benchmarks/dates.py [--corpus ../shared] [--limit 300] [--step 7]

The BBC corpus gives no dates, so each article is given one (1 March 2005) for dates
without a year ("Oct. 11", "15 December", "on the 5th", "a hearing in March") to
resolve against. Prints the mentions found, how many resolved, and how many of them
name a day and month without a year or use an abbreviated month. Run it on two
checkouts (PYTHONPATH=...) to compare them.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.extract import extract_many
from generator.readers import read_source

REFERENCE = dt.date(2005, 3, 1)
_ABBREVIATED = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.")
_MONTH = re.compile(
    r"January|February|March|April|May|June|July|August|September|October|November|December"
)
_YEAR = re.compile(r"(?:19|20)\d\d")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared"))
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--step", type=int, default=7, help="every Nth article, in path order")
    args = parser.parse_args()
    paths = sorted((args.corpus / "corpus" / "bbc").rglob("*.txt"))[:: args.step][: args.limit]
    articles = [
        dataclasses.replace(read_source(p, p.as_posix())[0], published=REFERENCE) for p in paths
    ]
    counts: Counter[str] = Counter()
    for briefing in extract_many(articles, [None] * len(articles)):
        for mention in briefing.dates:
            counts["mentions"] += 1
            counts["resolved"] += mention.date is not None
            counts["abbreviated month"] += bool(_ABBREVIATED.search(mention.text))
            day_month = re.search(r"\d", mention.text) and _MONTH.search(mention.text)
            counts["day and month, no year"] += bool(day_month and not _YEAR.search(mention.text))
    print(
        f"{len(articles)} articles, dated {REFERENCE}: "
        + ", ".join(f"{name} {value}" for name, value in counts.items())
    )


if __name__ == "__main__":
    main()
