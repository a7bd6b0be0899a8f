"""Extraction on a Dask cluster: `briefing ingest --scheduler ADDRESS` or
`--cluster local:N`.

The same batches and the same batch function as the local process pool; only where
they run changes. Each worker loads the spaCy model once (a worker plugin, when it
joins), batches are sent a few at a time so the client holds a bounded window of
them whatever the corpus size, and results come back in the batches' order, so
the client writes exactly the files a local run writes, as each batch returns. A
batch whose worker dies is run again elsewhere (Dask reschedules it; `retries`
covers a failure inside the task); the client writes only whole results, each file
atomically, so nothing is half-written.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from distributed import Client, Future, LocalCluster
from distributed.diagnostics.plugin import WorkerPlugin

from generator.errors import UsageError
from generator.extract import warm_up

Batch = TypeVar("Batch")
Result = TypeVar("Result")
RETRIES = 2
IN_FLIGHT_PER_WORKER = 4  # enough to keep a worker busy while the client writes


class SpacyModel(WorkerPlugin):
    """Loads the model when a worker joins, not in the first batch it runs."""

    name = "briefing-spacy-model"

    def __init__(self, model: str) -> None:
        self.model = model

    def setup(self, worker: Any) -> None:
        warm_up(self.model)


def connect(scheduler: str | None, cluster: str | None) -> Client:
    """A client of an existing scheduler (tcp://host:8786), or of a new local
    cluster of N single-threaded worker processes (`local:N`)."""
    if scheduler:
        return Client(scheduler, timeout="30s")
    if cluster and cluster.startswith("local:") and cluster[6:].isdigit() and int(cluster[6:]):
        local = LocalCluster(
            n_workers=int(cluster[6:]),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        )
        return Client(local)
    raise UsageError(f"--cluster: expected local:N with N workers, not {cluster!r}")


def run_batches(
    client: Client,
    batches: Sequence[Batch],
    process: Callable[[Batch, str], Result],
    model: str,
    load_model: bool = True,
) -> Iterator[Result]:
    """`process(batch, model)` for each batch on the cluster, yielded in order;
    `load_model`: each worker loads the spaCy model `model` when it joins."""
    if load_model:
        client.register_plugin(SpacyModel(model))
    workers = max(1, len(client.scheduler_info(n_workers=-1)["workers"]))
    window: deque[Future[Result]] = deque()
    pending = iter(batches)
    for batch in pending:
        window.append(client.submit(process, batch, model, retries=RETRIES, pure=False))
        if len(window) >= workers * IN_FLIGHT_PER_WORKER:
            break
    while window:
        result = window.popleft().result()
        for batch in pending:  # keep the window full: one in for one out
            window.append(client.submit(process, batch, model, retries=RETRIES, pure=False))
            break
        yield result
