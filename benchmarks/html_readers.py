"""How close our HTML reader comes to Mozilla Readability's article text, next to
trafilatura's plain `extract()` on the same pages in the same run.

Run from the repository root:  python benchmarks/html_readers.py [corpus folder]

Text is compared as bags of lower-cased word tokens (markup and order ignored, as
`expected.html` is one extractor's opinion, not ground truth); precision, recall and
F1 are averaged over pages, a failed page counting as zero. Title and byline agree
when they are equal after case and whitespace folding (a leading "By" ignored);
title agreement is also shown with Readability's title stripped of the site-name
suffix, which our reader drops on purpose.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import trafilatura
from bs4 import BeautifulSoup

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the generator beside us

from generator.errors import ReadError
from generator.models import Article
from generator.readers.html import read_html
from generator.readers.page_meta import strip_site_name

DEFAULT_CORPUS = Path("../shared/corpus/html-readability")
_TOKEN = re.compile(r"\w+")


@dataclass
class Score:
    """Running totals for one extractor."""

    name: str
    precision: list[float] = field(default_factory=list)
    recall: list[float] = field(default_factory=list)
    f1: list[float] = field(default_factory=list)
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)

    def add(self, ours: str, expected: str) -> None:
        p, r, f = token_prf(ours, expected)
        self.precision.append(p)
        self.recall.append(r)
        self.f1.append(f)

    def line(self) -> str:
        n = len(self.f1)
        return (
            f"{self.name:<22} P {_mean(self.precision):.4f}  R {_mean(self.recall):.4f}  "
            f"F1 {_mean(self.f1):.4f}  {n / self.seconds:6.1f} pages/s  "
            f"failures {len(self.failures)}"
        )


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def tokens(text: str) -> Counter[str]:
    return Counter(_TOKEN.findall(text.casefold()))


def token_prf(ours: str, expected: str) -> tuple[float, float, float]:
    found, wanted = tokens(ours), tokens(expected)
    overlap = sum((found & wanted).values())
    precision = overlap / sum(found.values()) if found else 0.0
    recall = overlap / sum(wanted.values()) if wanted else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _norm(value: object) -> str:
    if not isinstance(value, str):
        return ""
    text = " ".join(value.casefold().split())
    return re.sub(r"^by\s+", "", text)


def _agree(ours: str | None, expected: object) -> bool:
    return bool(_norm(ours)) and _norm(ours) == _norm(expected)


def _timed(score: Score, page: str, run: Callable[[], str]) -> str:
    start = time.perf_counter()
    try:
        return run()
    except ReadError as err:
        score.failures.append(f"{page}: refused: {err.message}")
    except Exception as err:  # a crash is what the benchmark exists to count
        score.failures.append(f"{page}: CRASH {type(err).__name__}: {err}")
    finally:
        score.seconds += time.perf_counter() - start
    return ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--verbose", action="store_true", help="print every page's F1")
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # trafilatura logs every page it discards

    pages = sorted(p for p in args.corpus.iterdir() if (p / "source.html").is_file())
    if not pages:
        print(f"no pages under {args.corpus}", file=sys.stderr)
        return 2
    ours, plain = Score("ours (read_html)"), Score("trafilatura extract()")
    titles = titles_unsuffixed = bylines = bylines_expected = 0
    for page in pages:
        raw = (page / "source.html").read_bytes()
        expected_html = (page / "expected.html").read_text(encoding="utf-8")
        expected = BeautifulSoup(expected_html, "lxml").get_text(" ")
        metadata = json.loads((page / "expected-metadata.json").read_text(encoding="utf-8"))

        articles: list[Article] = []

        def run_ours(raw: bytes = raw, name: str = page.name, out: list[Article] = articles) -> str:
            out.extend(read_html(name, raw, ""))
            return "\n".join(b.text for a in out for b in a.blocks)

        def run_plain(raw: bytes = raw) -> str:
            return trafilatura.extract(raw) or ""

        ours.add(_timed(ours, page.name, run_ours), expected)
        plain.add(_timed(plain, page.name, run_plain), expected)
        article = articles[0] if articles else None
        title = article.title if article else None
        titles += _agree(title, metadata.get("title"))
        site = metadata.get("siteName")
        titles_unsuffixed += _agree(title, metadata.get("title")) or _agree(
            title, strip_site_name(str(metadata.get("title") or ""), [site] if site else [])
        )
        if _norm(metadata.get("byline")):
            bylines_expected += 1
            bylines += _agree(article.byline if article else None, metadata.get("byline"))
        if args.verbose:
            print(f"{page.name:<45} F1 ours {ours.f1[-1]:.3f}  trafilatura {plain.f1[-1]:.3f}")

    print(f"{len(pages)} pages from {args.corpus}")
    print(ours.line())
    print(plain.line())
    print(
        f"title agreement  {titles}/{len(pages)} ({titles / len(pages):.0%}) exact, "
        f"{titles_unsuffixed}/{len(pages)} ({titles_unsuffixed / len(pages):.0%}) "
        "once the ' | Site name' suffix we drop is dropped from theirs too"
    )
    print(
        f"byline agreement {bylines}/{bylines_expected} pages that have one "
        f"({bylines / max(bylines_expected, 1):.0%})"
    )
    for failure in ours.failures:
        print(f"  ours: {failure}")
    for failure in plain.failures:
        print(f"  trafilatura: {failure}")
    crashes = sum("CRASH" in f for f in ours.failures)
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
