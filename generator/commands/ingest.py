"""Articles in, briefing files out: the ingest stage and its bookkeeping.

Sources are read and extracted in worker processes (extraction is the slow part);
the main process alone writes files, in the sources' sorted order, so a run is
deterministic whatever the scheduling. A source whose bytes and extractor are unchanged
is not extracted again, and its briefing is not touched. A file that fails is reported
with its path and the run goes on.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import multiprocessing
import os
import signal
from collections.abc import Callable, Collection, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path

import yaml

from generator import store
from generator.config import Project, Settings
from generator.errors import GeneratorError, InvalidBriefing
from generator.extract import EXTRACTOR_VERSION, extract, extract_many, warm_up
from generator.files import remove_stale_temporaries, write_atomic
from generator.ids import source_key
from generator.models import Article, Briefing, Problem
from generator.readers import find_sources, read_source
from generator.store.merge import reconcile

Progress = Callable[[int], None]
MIN_PARALLEL_JOBS = 8
PR_SET_PDEATHSIG = 1  # prctl(2)


@dataclass(frozen=True, slots=True)
class Known:
    """An existing briefing, as much as ingest needs to know of it."""

    id: str
    sha256: str
    version: str | None


@dataclass(slots=True)
class IngestReport:
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    duplicates: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return any(p.severity == "error" for p in self.problems)

    def reported(self, path: Path) -> bool:
        """Whether an error about this file is already in the report."""
        return any(p.severity == "error" and p.path == path for p in self.problems)


@dataclass(frozen=True, slots=True)
class Cluster:
    """Where a Dask run extracts: a scheduler's address, or `local:N` workers."""

    scheduler: str | None = None
    local: str | None = None


@dataclass(frozen=True, slots=True)
class Job:
    """One source for a worker, with the briefings already made from it (one for a
    file, one per entry for a feed), so the worker can tell what is unchanged."""

    path: Path
    label: str
    max_bytes: int
    force: bool = False
    known: tuple[tuple[str, Known], ...] = ()


@dataclass(slots=True)
class JobResult:
    label: str
    # (source key, draft, its YAML text): a new briefing's text is made in the worker,
    # which keeps the main process (a third process on two cores) to writing bytes
    briefings: list[tuple[str, Briefing, str | None]] = field(default_factory=list)
    unchanged: int = 0
    problem: Problem | None = None


def ingest(
    project: Project,
    paths: Iterable[Path],
    on_total: Progress | None = None,
    on_advance: Progress | None = None,
    overwrite: Collection[str] = (),
    cluster: Cluster | None = None,
) -> IngestReport:
    """`overwrite` names machine-made fields that take the generator's value even where
    a person changed them; sources are then re-extracted even when unchanged.
    `cluster`: extract on Dask (see commands/cluster.py) instead of local processes."""
    report = IngestReport()
    folder = project.briefings_dir
    folder.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(folder)  # left by a killed run; the CLI holds the lock
    known, shas, problems = scan_briefings(folder)
    report.problems.extend(problems)
    jobs = _plan(project, find_sources(list(paths)), known, shas, report, bool(overwrite))
    if on_total:
        on_total(len(jobs))
    # Written as each batch comes back, in the sources' sorted order (pool.map keeps
    # it): the run stays deterministic, writing overlaps extraction, and a run that
    # is killed keeps the briefings it finished.
    writer = Writer(folder, known, shas, report, overwrite)
    for result in _run(jobs, project.settings, on_advance, cluster):
        report.unchanged += result.unchanged
        if result.problem:
            report.problems.append(result.problem)
        for key, draft, text in result.briefings:
            writer.write(key, draft, text)
    store.write_schema(folder)
    return report


def scan_briefings(folder: Path) -> tuple[dict[str, Known], dict[str, str], list[Problem]]:
    """Existing briefings by source key, and source hashes to source keys."""
    known: dict[str, Known] = {}
    shas: dict[str, str] = {}
    problems: list[Problem] = []
    for path in sorted(folder.glob("*.yaml")):
        try:
            # Through the store's reader, which refuses a file over its size limit by
            # its size: a huge file must not fill the memory, nor be skipped by the
            # careful loader later yet counted here as the briefing of its source.
            data = store.values(path)
            source = data["source"]
            key = (
                source["path"] if not source.get("entry") else f"{source['path']}#{source['entry']}"
            )
            stamp = data.get("generator") or {}
            known[key] = Known(str(data["id"]), str(source["sha256"]), stamp.get("version"))
            shas.setdefault(str(source["sha256"]), key)
        except (
            OSError,
            yaml.YAMLError,
            TypeError,
            KeyError,
            AttributeError,  # a field that should be a mapping is a list or a string
            UnicodeDecodeError,
            RecursionError,
        ) as err:
            problems.append(_unreadable(path, err))
        except InvalidBriefing as err:  # too large, not UTF-8, or not readable at all
            problems.append(_about(path, err, "skipped"))
    return known, shas, problems


def _unreadable(path: Path, err: Exception) -> Problem:
    """What is wrong with a briefing the scan could not read, said as render and
    validate say it (file, line, field). The scan reads only id and source, quickly;
    its own failure ("missing field 'source'" for an alias bomb, "list indices must be
    integers" for a list) rarely names the real problem, so a broken file, and only a
    broken one, is read again through the store's careful loader."""
    try:
        store.load(path)
    except InvalidBriefing as invalid:
        return _about(path, invalid, "skipped")
    except RecursionError:
        pass
    return Problem(path, f"unreadable briefing, skipped: {_reason(err)}")


def _about(path: Path, err: GeneratorError, outcome: str) -> Problem:
    """The error as a problem of the briefing at `path`, at the line, column and field
    it names, with what ingest did about it."""
    return Problem(
        path,
        f"{err.message}; {outcome}",
        line=getattr(err, "line", None),
        column=getattr(err, "column", None),
        field=getattr(err, "field", None),
    )


def _reason(err: Exception) -> str:
    if isinstance(err, KeyError):
        return f"missing field {err.args[0]!r}"
    return str(err).splitlines()[0] if str(err) else type(err).__name__


def _plan(
    project: Project,
    sources: list[Path],
    known: dict[str, Known],
    shas: dict[str, str],
    report: IngestReport,
    force: bool = False,
) -> list[Job]:
    """Skip what is unchanged (unless `force`) or a byte-identical copy before any
    worker starts."""
    jobs: list[Job] = []
    seen: dict[str, str] = {}
    by_source: dict[str, list[tuple[str, Known]]] = {}
    for key, briefing in known.items():  # a feed's entries are "path#entry"; a path may hold "#"
        for cut in [i for i, c in enumerate(key) if c == "#"] + [len(key)]:
            by_source.setdefault(key[:cut], []).append((key, briefing))
    for path in sources:
        label = project.label(path)
        try:
            # A file over the limit is not read at all, not even to hash it: the reader
            # refuses it by its size, and a huge file must not fill the memory first.
            small = path.is_file() and path.stat().st_size <= project.settings.max_article_bytes
            sha = hashlib.sha256(path.read_bytes()).hexdigest() if small else None
        except OSError:
            sha = None  # the reader reports it
        current = known.get(label)
        if (
            not force
            and sha
            and current
            and current.sha256 == sha
            and current.version == EXTRACTOR_VERSION
        ):
            report.unchanged += 1
            continue
        original = seen.get(sha or "") or (shas.get(sha or "") if sha else None)
        if sha and original and original != label:
            report.duplicates += 1
            report.problems.append(
                Problem(label, f"identical to {original}; not ingested twice", "info")
            )
            continue
        if sha:
            seen[sha] = label
        mine = tuple(by_source.get(label, ()))
        jobs.append(Job(path, label, project.settings.max_article_bytes, force, mine))
    return jobs


# Sources a worker takes at once, parsed in one nlp.pipe stream: 32 ran 15% faster
# than 8 over the corpus (benchmarks/ingest.py); small runs get smaller batches so
# every worker has some.
BATCH = 32


def _run(
    jobs: list[Job], settings: Settings, on_advance: Progress | None, cluster: Cluster | None
) -> Iterator[JobResult]:
    workers = settings.workers or os.cpu_count() or 1
    size = max(1, min(BATCH, -(-len(jobs) // workers)))
    batches = [jobs[i : i + size] for i in range(0, len(jobs), size)]
    if cluster is not None:
        from generator.commands.cluster import connect, run_batches  # Dask only when asked

        with connect(cluster.scheduler, cluster.local) as client:
            for batch in run_batches(client, batches, _process, settings.spacy_model):
                if on_advance:
                    on_advance(len(batch))
                yield from batch
        return
    if workers == 1 or len(jobs) < MIN_PARALLEL_JOBS:
        results: Iterable[list[JobResult]] = (_process(b, settings.spacy_model) for b in batches)
        for batch in results:
            if on_advance:
                on_advance(len(batch))
            yield from batch
        return
    warm_up(settings.spacy_model)  # loaded once here; forked workers share it
    context = multiprocessing.get_context("fork")  # workers inherit the loaded model
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=die_with_parent
    ) as pool:
        for batch in pool.map(_process, batches, repeat(settings.spacy_model)):
            if on_advance:
                on_advance(len(batch))
            yield from batch


def die_with_parent() -> None:
    """A worker of a run killed with SIGKILL would wait for ever on a queue that
    nobody writes to any more; on Linux the kernel kills it with its parent."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def _process(jobs: list[Job], model: str) -> list[JobResult]:
    """Read a batch of sources and draft a briefing for each new or changed article."""
    results: list[JobResult] = []
    pending: list[tuple[JobResult, str, Article, str | None]] = []
    for job in jobs:
        result = JobResult(job.label)
        results.append(result)
        try:
            articles = read_source(job.path, job.label, job.max_bytes)
        except GeneratorError as err:
            result.problem = Problem(err.path or job.label, err.message)
            continue
        except Exception as err:  # a bug must not stop the other files; say where it happened
            result.problem = Problem(job.label, f"internal error while reading: {_name(err)}")
            continue
        known = dict(job.known)
        for article in articles:
            current = known.get(key := source_key(article))
            if (
                not job.force
                and current
                and current.sha256 == article.sha256
                and (current.version == EXTRACTOR_VERSION)
            ):
                result.unchanged += 1
            else:
                pending.append((result, key, article, current.id if current else None))
    _extract(pending, model)
    return results


def _extract(pending: list[tuple[JobResult, str, Article, str | None]], model: str) -> None:
    """All articles of a batch in one stream; if one fails, each again on its own, so
    the failure is reported against its own file and the others still get drafts."""
    try:
        drafts = list(extract_many([p[2] for p in pending], [p[3] for p in pending], model=model))
    except Exception:
        drafts = []
    for i, (result, key, article, known_id) in enumerate(pending):
        try:
            draft = drafts[i] if drafts else extract(article, known_id, model=model)
        except GeneratorError as err:
            result.problem = Problem(err.path or result.label, err.message)
            continue
        except Exception as err:
            result.problem = Problem(result.label, f"internal error in extraction: {_name(err)}")
            continue
        stamped = store.stamp(draft, EXTRACTOR_VERSION)
        result.briefings.append((key, stamped, None if known_id else store.dump(stamped)))


def _name(err: Exception) -> str:
    return f"{type(err).__name__}: {err}"


@dataclass(slots=True)
class Writer:
    """Writes the drafts of a run into the briefings folder, merging into the
    briefings that exist, and keeps the run's record of what is there."""

    folder: Path
    known: dict[str, Known]
    shas: dict[str, str]
    report: IngestReport
    overwrite: Collection[str] = ()

    def write(self, key: str, draft: Briefing, text: str | None) -> None:
        """`text`: the draft's YAML when the worker made it already (a new briefing)."""
        original = self.shas.get(draft.source.sha256)
        if original and original != key:
            self.report.duplicates += 1
            self.report.problems.append(
                Problem(key, f"identical to {original}; not ingested twice", "info")
            )
            return
        self.shas[draft.source.sha256] = key
        if key in self.known:
            self._update(key, draft)
        else:
            self._create(key, draft, text)

    def _update(self, key: str, draft: Briefing) -> None:
        path = self.folder / f"{draft.id}.yaml"
        try:
            outcome = reconcile(path, store.load(path), draft, self.overwrite)
        except GeneratorError as err:
            self.report.problems.append(_about(path, err, f"not updated from {key}"))
            return
        self.report.problems.extend(outcome.problems)
        self.known[key] = Known(draft.id, draft.source.sha256, EXTRACTOR_VERSION)
        if outcome.text is not None:
            write_atomic(path, outcome.text.encode("utf-8"))
            self.report.written.append(draft.id)

    def _create(self, key: str, draft: Briefing, text: str | None) -> None:
        path = self.folder / f"{draft.id}.yaml"
        if path.exists():
            if not self.report.reported(path):  # else the scan could not read it, and said why
                self.report.problems.append(
                    Problem(path, f"exists but is not the briefing of {key}; left as it is")
                )
            return
        store.save(draft, self.folder, text)
        self.known[key] = Known(draft.id, draft.source.sha256, EXTRACTOR_VERSION)
        self.report.written.append(draft.id)
