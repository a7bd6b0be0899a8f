"""Throughput of `briefing ingest` over the whole BBC corpus, against spaCy alone.

    python benchmarks/ingest.py [CORPUS_DIR] [--workers 2] [--limit N]

"Ours" is the real command, end to end: `python -m generator ingest` in a scratch
project made by `briefing new`, so it counts starting Python, loading the model,
reading, extracting in worker processes, merging and writing every YAML file.
"spaCy" is spaCy's own `nlp.pipe(..., n_process=workers)` over the same paragraph
texts with the same pipes, in the same run, model loading included. It prints
articles/s, words/s, the ratio of the two times and CPU per article (wall time on a
shared machine counts other people's work; CPU time does not). Targets (issue 3):
>= 25 articles/s with both cores, ratio <= 1.25.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.extract.document import body_layout
from generator.extract.nlp import DEFAULT_MODEL, EXCLUDED_PIPES
from generator.readers import find_sources, read_source

DEFAULT_CORPUS = Path("../shared/corpus/bbc")


def run_ours(corpus: list[Path], workers: int, model: str) -> tuple[float, int]:
    """Wall seconds of the ingest command and the briefings it wrote."""
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as scratch:
        project = Path(scratch) / "project"
        subprocess.run([sys.executable, "-m", "generator", "new", str(project)], check=True)
        config = project / "mkdocs.yml"
        settings = f"  briefing:\n    workers: {workers}\n    spacy_model: {model}\n"
        text = config.read_text(encoding="utf-8")
        config.write_text(text.replace("  briefing:\n", settings, 1), encoding="utf-8")
        command = [sys.executable, "-m", "generator", "ingest", *map(str, corpus)]
        start = time.perf_counter()
        subprocess.run(command, cwd=project, check=True)
        elapsed = time.perf_counter() - start
        return elapsed, len(list((project / "briefings").glob("*.yaml")))


def run_spacy(paths: list[Path], workers: int, model: str) -> float:
    """spaCy's own pipeline as the model ships it, minus the pipes we exclude."""
    import spacy

    texts = [text for p in paths for a in read_source(p, str(p)) for _, _, text in body_layout(a)]
    start = time.perf_counter()
    nlp = spacy.load(model, exclude=list(EXCLUDED_PIPES))
    for _ in nlp.pipe(texts, n_process=workers, batch_size=64):
        pass
    return time.perf_counter() - start


def _cpu() -> float:
    """CPU seconds of this process and its finished children (commands, workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--ours-only", action="store_true", help="skip the spaCy reference")
    args = parser.parse_args(argv)
    paths = find_sources([args.corpus.resolve()])
    if args.limit:
        paths = paths[: args.limit]
    articles = sum(len(read_source(p, str(p))) for p in paths)
    words = sum(a.words for p in paths for a in read_source(p, str(p)))
    cpu = _cpu()
    ours, written = run_ours(paths, args.workers, args.model)
    cpu_ours, cpu = _cpu() - cpu, _cpu()
    print(f"articles {articles}, words {words:,}, workers {args.workers}, briefings {written}")
    print(f"ours:  {ours:7.1f} s  {articles / ours:6.1f} articles/s  {words / ours:8,.0f} words/s")
    if args.ours_only:
        print(f"CPU per article: ours {cpu_ours * 1000 / articles:.0f} ms")
        return 0
    spacy_time = run_spacy(paths, args.workers, args.model)
    cpu_spacy = _cpu() - cpu
    print(
        f"spaCy: {spacy_time:7.1f} s  {articles / spacy_time:6.1f} articles/s"
        f"  {words / spacy_time:8,.0f} words/s  (stock nlp.pipe, same texts and pipes)"
    )
    print(f"ratio ours/spaCy: {ours / spacy_time:.2f}")
    print(
        f"CPU per article (all processes, start-up and model loading included): ours"
        f" {cpu_ours * 1000 / articles:.0f} ms, spaCy {cpu_spacy * 1000 / articles:.0f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
