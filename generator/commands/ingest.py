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
import datetime as dt
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
from generator.commands.identities import Identities, refs_of
from generator.commands.run_table import RunTable
from generator.config import Project, Settings
from generator.errors import GeneratorError, InvalidBriefing
from generator.extract import (
    EXTRACTED_LANGUAGES,
    EXTRACTOR_VERSION,
    extract,
    extract_many,
    warm_up,
)
from generator.files import remove_stale_temporaries
from generator.ids import source_key
from generator.models import Article, Briefing, Problem
from generator.readers import find_sources, read_source
from generator.store.event_sync import update_events
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
    ingested: dt.date | None = None  # the day an undated article was first ingested


@dataclass(slots=True)
class IngestReport:
    written: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)  # event files written
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
    today: dt.date | None = None  # the run's day, for articles that give no date
    key_points: int = 3  # mkdocs.yml's extra.briefing.key_points


@dataclass(slots=True)
class JobResult:
    label: str
    # (source key, draft, its YAML text): a new briefing's text is made in the worker,
    # which keeps the main process (a third process on two cores) to writing bytes
    briefings: list[tuple[str, Briefing, str | None]] = field(default_factory=list)
    unchanged: int = 0
    problem: Problem | None = None
    warnings: list[Problem] = field(default_factory=list)


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
    identities = Identities(project.root)  # a broken registry stops the run here
    with RunTable() as table:
        known, shas, problems = scan_briefings(folder, table)
        identities.learn(refs for _, refs in table.briefings())
        report.problems.extend(problems)
        jobs = _plan(project, find_sources(list(paths)), known, shas, report, bool(overwrite))
        if on_total:
            on_total(len(jobs))
        # Written as each batch comes back, in the sources' sorted order (pool.map keeps
        # it): the run stays deterministic, writing overlaps extraction, and a run that
        # is killed keeps the briefings it finished.
        writer = Writer(folder, known, shas, table, report, overwrite)
        for result in _run(jobs, project.settings, on_advance, cluster):
            report.unchanged += result.unchanged
            if result.problem:
                report.problems.append(result.problem)
            report.problems.extend(result.warnings)
            for key, draft, _ in result.briefings:
                # stamped here, once resolution has given its entities their registry ids
                draft = store.stamp(identities.resolve(draft), EXTRACTOR_VERSION)
                if writer.write(key, draft, None):
                    table.put_items(
                        folder / f"{draft.id}.yaml", refs_of(draft.model_dump(mode="json"))
                    )
        del jobs  # the run's plan: not needed by the passes over every briefing below
        report.problems.extend(identities.finish(folder, table, report.written))
    store.write_schema(folder)
    # Events: every briefing placed into one, in the main process, after the briefings.
    events = update_events(folder, report.written)
    report.problems.extend(events.problems)
    report.events = events.written
    return report


def scan_briefings(
    folder: Path, table: RunTable | None = None
) -> tuple[dict[str, Known], dict[str, str], list[Problem]]:
    """Existing briefings by source key, and source hashes to source keys; `table`
    gets each briefing's entity items, for the resolution stage."""
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
            known[key] = Known(
                str(data["id"]),
                str(source["sha256"]),
                stamp.get("version"),
                _as_date(source.get("ingested")),
            )
            shas.setdefault(str(source["sha256"]), key)
            if table is not None:
                table.put_items(path, refs_of(data))
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


def _as_date(value: object) -> dt.date | None:
    """A date as YAML gives it (a date, or text if a person quoted it)."""
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def ingest_day() -> dt.date:
    """The day an undated article is listed under: today (UTC), or the day of
    SOURCE_DATE_EPOCH when set, the reproducible-builds convention for a fixed clock."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
    return dt.datetime.now(dt.UTC).date()


def with_ingest_date(draft: Briefing, known: Known | None, today: dt.date) -> Briefing:
    """An article without a date of its own is dated by the day it was first ingested
    (kept on every later ingest, so the file stays stable), and marked as such in
    `source.ingested`; a dated article is left exactly as extracted."""
    if draft.published is not None:
        return draft
    day = (known.ingested if known else None) or today
    source = draft.source.model_copy(update={"ingested": day})
    return draft.model_copy(update={"published": day, "source": source})


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
    today = ingest_day()  # once per run: every undated article of a run gets one day
    settings = project.settings
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
        jobs.append(
            Job(path, label, settings.max_article_bytes, force, mine, today, settings.key_points)
        )
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
    pending: list[tuple[JobResult, str, Article, Known | None]] = []
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
                pending.append((result, key, article, current))
    if jobs:
        _extract(pending, model, jobs[0])
    return results


def _extract(
    pending: list[tuple[JobResult, str, Article, Known | None]], model: str, job: Job
) -> None:
    """All articles of a batch in one stream; if one fails, each again on its own, so
    the failure is reported against its own file and the others still get drafts.
    `job`: any job of the batch, for the run's day and settings."""
    today, points = job.today or ingest_day(), job.key_points
    ids = [known.id if known else None for _, _, _, known in pending]
    try:
        articles = [p[2] for p in pending]
        drafts = list(extract_many(articles, ids, model=model, key_points=points))
    except Exception:
        drafts = []
    for i, (result, key, article, known) in enumerate(pending):
        try:
            draft = (
                drafts[i] if drafts else extract(article, ids[i], model=model, key_points=points)
            )
        except GeneratorError as err:
            result.problem = Problem(err.path or result.label, err.message)
            continue
        except Exception as err:
            result.problem = Problem(result.label, f"internal error in extraction: {_name(err)}")
            continue
        draft = with_ingest_date(draft, known, today)
        if (language := draft.source.language) not in EXTRACTED_LANGUAGES:
            result.warnings.append(Problem(result.label, unextracted(language), "warning"))
        # stamped and written by the main process, once resolution has given its
        # entities their registry ids
        result.briefings.append((key, draft, None))


def unextracted(language: str | None) -> str:
    return (
        f"written in '{language}', which is not extracted (only "
        f"{', '.join(EXTRACTED_LANGUAGES)}): the briefing keeps its text, title and "
        "metadata, with no people, places, organisations, quotes or dates"
    )


def _name(err: Exception) -> str:
    return f"{type(err).__name__}: {err}"


@dataclass(slots=True)
class Writer:
    """Writes the drafts of a run into the briefings folder, merging into the
    briefings that exist, and keeps the run's record of what is there: `known` and
    `shas` as the scan found the folder, what the run wrote since in `table` (on disk,
    so that a run of any size holds no more than its first thousand)."""

    folder: Path
    known: dict[str, Known]
    shas: dict[str, str]
    table: RunTable
    report: IngestReport
    overwrite: Collection[str] = ()

    def write(self, key: str, draft: Briefing, text: str | None) -> bool:
        """Whether the briefing's file was written; `text`: the draft's YAML when it
        was made already."""
        sha = draft.source.sha256
        original = self.table.source_of(sha) or self.shas.get(sha)
        if original and original != key:
            self.report.duplicates += 1
            self.report.problems.append(
                Problem(key, f"identical to {original}; not ingested twice", "info")
            )
            return False
        self.table.add_source(sha, key)
        if key in self.known or self.table.wrote(key):
            return self._update(key, draft)
        return self._create(key, draft, text)

    def _update(self, key: str, draft: Briefing) -> bool:
        path = self.folder / f"{draft.id}.yaml"
        try:
            existing, original = store.load_with_text(path)
            outcome = reconcile(path, existing, draft, self.overwrite, original)
        except GeneratorError as err:
            self.report.problems.append(_about(path, err, f"not updated from {key}"))
            return False
        self.report.problems.extend(outcome.problems)
        if outcome.text is not None:
            store.save(draft, self.folder, outcome.text)
            self.report.written.append(draft.id)
        return outcome.text is not None

    def _create(self, key: str, draft: Briefing, text: str | None) -> bool:
        path = self.folder / f"{draft.id}.yaml"
        if path.exists():
            if not self.report.reported(path):  # else the scan could not read it, and said why
                self.report.problems.append(
                    Problem(path, f"exists but is not the briefing of {key}; left as it is")
                )
            return False
        store.save(draft, self.folder, text)
        self.table.add_written(key)
        self.report.written.append(draft.id)
        return True
