"""Ingest on a Dask LocalCluster with 1 and with 2 workers, against the local run.

    python benchmarks/ingest_cluster.py [--limit 400] [--workers 1 2]

The same N BBC articles (default 400, spread over the corpus's folders) are ingested
into fresh projects: once with the local process pool (two workers), then on a
LocalCluster of W single-threaded worker processes for each W given. Each cluster
is started and its workers have loaded the spaCy model before the clock starts, so
the figures are extraction and writing, not start-up. Prints, for each run, the
wall time of the whole ingest and of extraction (until the last batch came back),
articles per second, whether every briefing and event file is byte-identical to the
local run's (not events/index.json, which records file times), then the throughput
ratio of the last run to the first cluster run, with the load average: on a machine
shared with others, two workers on two cores cannot reach twice one worker's
throughput when the cores are busy. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ["PYTHONPATH"] = str(REPO)  # the cluster's worker processes run this checkout

from distributed import Client, LocalCluster  # noqa: E402

from generator.commands.cluster import SpacyModel  # noqa: E402
from generator.commands.ingest import Cluster, ingest  # noqa: E402
from generator.config import Project, load_project  # noqa: E402

BBC = Path("../shared/corpus/bbc")
CONFIG = REPO / "mkdocs.yml"


@dataclass(frozen=True, slots=True)
class Run:
    label: str
    articles: int
    total: float  # seconds, the whole ingest
    extraction: float  # seconds until the last batch came back
    files: dict[str, bytes]

    def line(self, local: Run | None) -> str:
        same = "" if local is None else f", {_same(self.files, local.files)}"
        return (
            f"{self.label}: {self.total:.1f} s ({self.articles / self.total:.2f} articles/s), "
            f"extraction {self.extraction:.1f} s "
            f"({self.articles / self.extraction:.2f} articles/s){same}"
        )


def sample(limit: int) -> list[Path]:
    """`limit` articles taken evenly over the sorted corpus, so every folder is in."""
    paths = sorted(BBC.glob("*/*.txt"))
    step = max(1, len(paths) // limit)
    return paths[::step][:limit]


def project_with(root: Path, articles: list[Path]) -> Project:
    (root / "articles").mkdir(parents=True)
    (root / "mkdocs.yml").write_text(CONFIG.read_text(encoding="utf-8"), encoding="utf-8")
    for path in articles:
        (root / "articles" / f"{path.parent.name}-{path.name}").write_bytes(path.read_bytes())
    project = load_project(root)
    return replace(project, settings=project.settings.model_copy(update={"workers": 2}))


def timed_ingest(label: str, project: Project, cluster: Cluster | None) -> Run:
    start = time.perf_counter()
    last = start

    def advance(_: int) -> None:
        nonlocal last
        last = time.perf_counter()

    report = ingest(project, [project.articles_dir], on_advance=advance, cluster=cluster)
    total = time.perf_counter() - start
    if report.failed:
        raise SystemExit(f"{label}: ingest failed: {report.problems[:3]}")
    found = {  # not events/index.json: derived, it holds each event file's mtime
        p.relative_to(project.root).as_posix(): p.read_bytes()
        for pattern in ("briefings/*", "events/*.yaml")
        for p in sorted(project.root.glob(pattern))
        if p.is_file()
    }
    return Run(label, len(report.written), total, last - start, found)


def on_cluster(root: Path, articles: list[Path], workers: int) -> Run:
    """An ingest on a fresh LocalCluster whose workers have loaded the model."""
    project = project_with(root, articles)
    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        client.wait_for_workers(workers)
        client.register_plugin(SpacyModel(project.settings.spacy_model))
        label = f"dask, {workers} worker{'s' if workers > 1 else ''}"
        return timed_ingest(label, project, Cluster(scheduler=client.scheduler.address))


def _same(files: dict[str, bytes], local: dict[str, bytes]) -> str:
    if files == local:
        return f"byte-identical to the local run ({len(files)} files)"
    differ = sorted(k for k in files.keys() | local.keys() if files.get(k) != local.get(k))
    return f"DIFFERS from the local run in {len(differ)} files, e.g. {differ[:3]}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=400, help="articles to ingest")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    articles = sample(args.limit)
    with tempfile.TemporaryDirectory(prefix="bench-cluster-") as scratch:
        local = timed_ingest(
            "local process pool, 2 workers", project_with(Path(scratch) / "local", articles), None
        )
        print(local.line(None), flush=True)
        runs = []
        for workers in args.workers:
            run = on_cluster(Path(scratch) / f"dask-{workers}", articles, workers)
            print(run.line(local), flush=True)
            runs.append(run)
    if len(runs) > 1:
        first, last = runs[0], runs[-1]
        print(
            f"throughput {last.label} / {first.label}: "
            f"{first.total / last.total:.2f}x whole ingest, "
            f"{first.extraction / last.extraction:.2f}x extraction; "
            f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} "
            f"on {os.cpu_count()} cores",
            flush=True,
        )


if __name__ == "__main__":
    main()
