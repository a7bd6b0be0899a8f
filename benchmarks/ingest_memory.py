"""The ingest client's memory over a large run: flat after the first thousand?

    python benchmarks/ingest_memory.py [--limit N] [--every K] [--cluster local:W]

Makes N articles (default 50,000) from the BBC corpus repeated under distinct names,
each copy with one line of its own so that ingest does not skip it as a
byte-identical duplicate, then runs `ingest` into a fresh project and prints the
client process's resident memory (current and peak, sampled every 50 ms; worker
processes are not counted) after every K articles, then the peak of each pass over
every briefing at the end of the run (registry rounds, events). Figures are printed,
never asserted.
"""

from __future__ import annotations

import argparse
import functools
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import psutil

from generator.commands import ingest as ingest_module
from generator.commands.identities import Identities
from generator.commands.ingest import Cluster, ingest
from generator.config import load_project

BBC = Path("../shared/corpus/bbc")
CONFIG = Path(__file__).resolve().parent.parent / "mkdocs.yml"


class Sampler(threading.Thread):
    """The peak RSS of this process, sampled in the background."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.process = psutil.Process()
        self.peak = 0
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(0.05):
            self.peak = max(self.peak, self.process.memory_info().rss)


def report_pass(name: str, sampler: Sampler, run: Any) -> Any:
    """`run` wrapped to print the client's memory before it and its peak during it."""

    @functools.wraps(run)
    def measured(*args: Any, **kwargs: Any) -> Any:
        before, sampler.peak = sampler.peak, sampler.process.memory_info().rss
        start = time.perf_counter()
        try:
            return run(*args, **kwargs)
        finally:
            print(
                f"{name}: {time.perf_counter() - start:7.1f} s  peak before "
                f"{before / 2**20:6.1f} MiB, during {sampler.peak / 2**20:6.1f} MiB",
                flush=True,
            )
            sampler.peak = max(before, sampler.peak)

    return measured


def make_articles(folder: Path, count: int) -> None:
    sources = sorted(BBC.glob("*/*.txt"))
    folder.mkdir(parents=True)
    for n in range(count):
        source = sources[n % len(sources)]
        text = source.read_bytes() + f"\n\nArchive copy {n}.\n".encode()
        (folder / f"{n:06d}-{source.parent.name}-{source.name}").write_bytes(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=50_000)
    parser.add_argument("--every", type=int, default=1000)
    parser.add_argument("--cluster", help="local:N: extract on a local Dask cluster")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "mkdocs.yml").write_text(CONFIG.read_text())
        make_articles(root / "articles", args.limit)
        project = load_project(root)
        sampler = Sampler()
        sampler.start()
        Identities.finish = report_pass("registry rounds", sampler, Identities.finish)  # type: ignore[method-assign]
        ingest_module.update_events = report_pass("events", sampler, ingest_module.update_events)
        done = 0
        start = time.perf_counter()

        def advance(count: int) -> None:
            nonlocal done
            before, done = done, done + count
            if before // args.every != done // args.every:
                rss = sampler.process.memory_info().rss
                print(
                    f"{done:>6} articles  {time.perf_counter() - start:7.1f} s  "
                    f"rss {rss / 2**20:6.1f} MiB  peak {sampler.peak / 2**20:6.1f} MiB",
                    flush=True,
                )

        cluster = Cluster(local=args.cluster) if args.cluster else None
        report = ingest(project, [project.articles_dir], on_advance=advance, cluster=cluster)
        sampler.stopped.set()
        print(
            f"done: {len(report.written)} written in {time.perf_counter() - start:.0f} s, "
            f"client peak rss {sampler.peak / 2**20:.1f} MiB",
            flush=True,
        )


if __name__ == "__main__":
    main()
