"""Ingest on a real Dask LocalCluster: the same bytes as the local process pool, and a
batch whose worker dies is run again."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from distributed import Client, LocalCluster

from generator.commands.cluster import connect, run_batches
from generator.commands.ingest import Cluster, ingest
from generator.config import Project
from generator.errors import UsageError
from tests.conftest import BBC, REPO, make_project

ARTICLES = sorted((BBC / "politics").glob("*.txt"))[:10]


def corpus_project(root: Path, workers: int) -> Project:
    project = make_project(root, {p.name: p.read_bytes() for p in ARTICLES})
    return replace(project, settings=project.settings.model_copy(update={"workers": workers}))


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    """Two single-threaded worker processes that run this checkout's code."""
    before = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = str(REPO)
    try:
        cluster = LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        )
    finally:
        if before is None:
            os.environ.pop("PYTHONPATH")
        else:
            os.environ["PYTHONPATH"] = before
    with cluster, Client(cluster) as dask_client:
        yield dask_client


def files(project: Project) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(project.briefings_dir.glob("*"))}


def test_a_cluster_run_writes_the_bytes_of_a_local_run(tmp_path: Path, client: Client) -> None:
    local = corpus_project(tmp_path / "local", workers=2)  # the process pool
    assert not ingest(local, [local.articles_dir]).failed
    on_dask = corpus_project(tmp_path / "dask", workers=2)
    report = ingest(on_dask, [on_dask.articles_dir], cluster=Cluster(client.scheduler.address))
    assert not report.failed and len(report.written) == len(ARTICLES)
    assert files(on_dask) == files(local)
    assert len(files(local)) == len(ARTICLES) + 1  # and the schema


def die_once(batch: list[Path], marker: str) -> list[str]:
    """A batch function whose first run kills its worker process outright."""
    flag = Path(marker)
    if batch[0].name == "2" and not flag.exists():
        flag.write_text("killed")
        os._exit(1)
    return [p.name for p in batch]


def test_a_killed_workers_batch_runs_again(tmp_path: Path, client: Client) -> None:
    batches = [[Path(str(n))] for n in range(5)]
    marker = str(tmp_path / "killed")
    done = list(run_batches(client, batches, die_once, marker, load_model=False))
    assert (tmp_path / "killed").read_text() == "killed"
    assert done == [["0"], ["1"], ["2"], ["3"], ["4"]]


def test_a_bad_cluster_name_is_refused() -> None:
    with pytest.raises(UsageError, match="expected local:N"):
        connect(None, "local:many")
