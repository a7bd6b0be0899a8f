"""Throughput of reading + extraction over the whole BBC corpus, against spaCy alone.

    python benchmarks/ingest.py [CORPUS_DIR] [--workers 2] [--limit N]

Runs our reader and `extract_many` in worker processes (as ingest does) over every
article, then spaCy's own `nlp.pipe(..., n_process=workers)` over the same paragraph
texts with the same pipeline, in the same run, and prints articles/s, words/s and
the ratio of the two times. Both timings include starting the workers and loading the
model in each. Targets (issue 3): >= 25 articles/s, ratio <= 1.25.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from rich.progress import Progress

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.extract import extract_many, warm_up
from generator.extract.document import body_layout
from generator.extract.nlp import DEFAULT_MODEL, EXCLUDED_PIPES
from generator.readers import find_sources, read_source

DEFAULT_CORPUS = Path("../shared/corpus/bbc")
CHUNK = 24  # articles per task: large enough for full model batches, small for balance


def _work(paths: list[str], model: str) -> tuple[int, int]:
    articles = [a for p in paths for a in read_source(Path(p), p)]
    ids = [f"bench-{i}" for i in range(len(articles))]
    words = 0
    for article, _ in zip(articles, extract_many(articles, ids, model=model), strict=True):
        words += article.words
    return len(articles), words


def run_ours(paths: list[Path], workers: int, model: str) -> tuple[float, int, int]:
    chunks = [[str(p) for p in paths[i : i + CHUNK]] for i in range(0, len(paths), CHUNK)]
    start = time.perf_counter()
    articles = words = 0
    with (
        ProcessPoolExecutor(workers, initializer=warm_up, initargs=(model,)) as pool,
        Progress() as progress,
    ):
        task = progress.add_task("extract", total=len(paths))
        for n, w in pool.map(_work, chunks, [model] * len(chunks)):
            articles, words = articles + n, words + w
            progress.advance(task, n)
    return time.perf_counter() - start, articles, words


def run_spacy(paths: list[Path], workers: int, model: str) -> float:
    """spaCy's own pipeline as the model ships it, minus the pipes we exclude (our
    `pipeline()` swaps in a faster attribute ruler; the reference keeps spaCy's)."""
    import spacy

    texts = [text for p in paths for a in read_source(p, str(p)) for _, _, text in body_layout(a)]
    start = time.perf_counter()
    nlp = spacy.load(model, exclude=list(EXCLUDED_PIPES))
    for _ in nlp.pipe(texts, n_process=workers, batch_size=64):
        pass
    return time.perf_counter() - start


def _cpu() -> float:
    """CPU seconds of this process and its finished children (the workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--model", default=DEFAULT_MODEL)
    args = parser.parse_args(argv)
    paths = find_sources([args.corpus])
    if args.limit:
        paths = paths[: args.limit]
    cpu = _cpu()
    ours, articles, words = run_ours(paths, args.workers, args.model)
    cpu_ours, cpu = _cpu() - cpu, _cpu()
    spacy_time = run_spacy(paths, args.workers, args.model)
    cpu_spacy = _cpu() - cpu
    print(f"articles {articles}, words {words:,}, workers {args.workers}")
    print(f"ours:  {ours:7.1f} s  {articles / ours:6.1f} articles/s  {words / ours:8,.0f} words/s")
    print(
        f"spaCy: {spacy_time:7.1f} s  {articles / spacy_time:6.1f} articles/s"
        f"  {words / spacy_time:8,.0f} words/s  (stock nlp.pipe, same texts and pipes)"
    )
    print(f"ratio ours/spaCy: {ours / spacy_time:.2f}")
    print(
        f"CPU per article (all processes, model loading included): ours"
        f" {cpu_ours * 1000 / articles:.0f} ms, spaCy {cpu_spacy * 1000 / articles:.0f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
