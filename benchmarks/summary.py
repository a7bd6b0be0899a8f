"""ROUGE of the bottom line and key points against the BBC reference summaries, beside
Lead-3 and LexRank in the same run.

    python benchmarks/summary.py [--limit N] [--corpus ../shared] [--half dev|test|both]

The corpus is `bbc-summaries` (one extractive reference summary per BBC article; see its
SOURCE.md). It is split deterministically by a hash of each article's path into a dev
half, the one to tune on, and a test half, only reported. For each half and system it
prints ROUGE-1, ROUGE-2 and ROUGE-L F1 x100 (the `rouge-score` package, Porter stemming)
and the mean words a story:

* ours: the briefing's summary followed by its key points (what a reader reads first);
* summary: the bottom line alone;
* lead-3: the article's first three sentences;
* lexrank: three sentences chosen by LexRank (Erkan and Radev 2004), sumy's
  implementation, over our sentence splitter (sumy's own needs NLTK data downloaded).

`--limit N` scores N articles of each half, the same N every run, from every section.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rouge_score import rouge_scorer
from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.utils import get_stop_words

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.extract import extract_many
from generator.extract.sentences import split_sentences
from generator.models import Article, Briefing
from generator.readers import read_source

DEFAULT_CORPUS = Path("../shared")
METRICS = ("rouge1", "rouge2", "rougeL")
SYSTEMS = ("ours", "summary", "lead-3", "lexrank")


@dataclass(frozen=True, slots=True)
class Story:
    path: Path
    reference: str


class _Words:
    """The tokenizer sumy asks for, on our splitter: sumy's own loads NLTK's punkt."""

    language = "english"

    def to_sentences(self, text: str) -> list[str]:
        return split_sentences(text)

    def to_words(self, text: str) -> list[str]:
        return re.findall(r"[\w'\u2019]+", text)


def half(path: Path) -> str:
    """'dev' or 'test', fixed by the path (not by the order files are listed in)."""
    digest = hashlib.sha256(path.as_posix().encode("utf-8")).digest()
    return "dev" if digest[0] % 2 == 0 else "test"


def stories(corpus: Path) -> dict[str, list[Story]]:
    halves: dict[str, list[Story]] = {"dev": [], "test": []}
    references = corpus / "corpus" / "bbc-summaries"
    for path in sorted((corpus / "corpus" / "bbc").rglob("*.txt")):
        relative = path.relative_to(corpus / "corpus" / "bbc")
        raw = (references / relative).read_bytes().decode("utf-8", errors="replace")
        # References join sentences without a space: "...$10.9bn.For the full-year"
        reference = re.sub(r"([.!?][\"']?)(?=[A-Z])", r"\1 ", raw).strip()
        halves[half(relative)].append(Story(path, reference))
    for chosen in halves.values():  # a --limit sample spans every section
        chosen.sort(
            key=lambda s: hashlib.sha256(
                s.path.name.encode() + bytes(s.path.parent.name, "utf-8")
            ).digest()
        )
    return halves


def lead3(article: Article) -> str:
    sentences = [s for p in article.paragraphs for s in split_sentences(p)]
    return " ".join(sentences[:3])


def lexrank(article: Article, summarizer: LexRankSummarizer, words: _Words) -> str:
    paragraphs = [
        Paragraph([Sentence(s, words) for s in split_sentences(p)]) for p in article.paragraphs
    ]
    document = ObjectDocumentModel(paragraphs)
    return " ".join(str(s) for s in summarizer(document, 3))


def ours(briefing: Briefing) -> str:
    return " ".join([briefing.summary, *(k.text for k in briefing.key_points)])


def score(pairs: list[tuple[str, str]]) -> tuple[dict[str, float], float]:
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    totals = {m: 0.0 for m in METRICS}
    for candidate, reference in pairs:
        result = scorer.score(reference, candidate)
        for m in METRICS:
            totals[m] += result[m].fmeasure
    words = statistics.fmean(len(c.split()) for c, _ in pairs) if pairs else 0.0
    return {m: 100 * v / max(len(pairs), 1) for m, v in totals.items()}, words


def run_half(name: str, chosen: list[Story]) -> None:
    started = time.perf_counter()
    articles = [read_source(s.path, s.path.as_posix())[0] for s in chosen]
    briefings = list(extract_many(articles, [None] * len(articles)))
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    words = _Words()
    systems: dict[str, Callable[[int], str]] = {
        "ours": lambda i: ours(briefings[i]),
        "summary": lambda i: briefings[i].summary,
        "lead-3": lambda i: lead3(articles[i]),
        "lexrank": lambda i: lexrank(articles[i], summarizer, words),
    }
    print(f"\n{name} half: {len(chosen)} stories ({time.perf_counter() - started:.0f} s)")
    print(f"{'system':<10} {'R-1':>6} {'R-2':>6} {'R-L':>6} {'words':>7}")
    for system in SYSTEMS:
        pairs = [(systems[system](i), s.reference) for i, s in enumerate(chosen)]
        result, mean_words = score(pairs)
        print(
            f"{system:<10} {result['rouge1']:6.1f} {result['rouge2']:6.1f} "
            f"{result['rougeL']:6.1f} {mean_words:7.1f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--half", choices=("dev", "test", "both"), default="both")
    args = parser.parse_args()
    halves = stories(args.corpus)
    for name in ("dev", "test"):
        if args.half in (name, "both"):
            run_half(name, halves[name][: args.limit])


if __name__ == "__main__":
    main()
