"""The `briefing` command: thin commands that call a stage and turn errors into
one-line messages naming the file. Exit status is 1 when anything failed, after
the rest was processed."""

from __future__ import annotations

import datetime as dt
import functools
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn, ParamSpec

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from generator import store
from generator.book.select import Selection
from generator.commands import new as newproject
from generator.commands.build import build, render_project
from generator.commands.ingest import Cluster, IngestReport, ingest
from generator.commands.ingest import Progress as Progress_
from generator.commands.pdf import check_selection, print_book, print_brief
from generator.commands.status import briefing_paths, change_status
from generator.config import PREVIEW_VARIABLE, Project, load_project
from generator.errors import GeneratorError, UsageError
from generator.files import write_atomic
from generator.lock import project_lock
from generator.models import Problem, Status
from generator.store.event_validation import is_event_file, validate_events
from generator.store.events import events_dir
from generator.store.validation import briefing_files, github_annotation, validate_files

P = ParamSpec("P")
app = typer.Typer(
    help="Turn news articles into reviewed YAML briefings, a searchable site and a PDF book.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(highlight=False)
err = Console(stderr=True, highlight=False)

ProjectOption = Annotated[
    Path | None,
    typer.Option(
        "--project", "-C", help="The project folder (default: the one holding mkdocs.yml)."
    ),
]
PROGRESS_THRESHOLD = 20
DATE_FORMATS = ["%Y-%m-%d"]


class OutputFormat(StrEnum):
    text = "text"
    github = "github"


class Engine(StrEnum):
    """The engines of generator.site.engine.ENGINES."""

    mkdocs = "mkdocs"
    properdocs = "properdocs"
    zensical = "zensical"


def main() -> None:
    app()


def command(name: str) -> Callable[[Callable[P, None]], Callable[P, None]]:
    """Register a command whose GeneratorError becomes `error: message` and exit 1:
    the one place where the library's errors meet the terminal."""

    def register(function: Callable[P, None]) -> Callable[P, None]:
        @functools.wraps(function)
        def run(*args: P.args, **kwargs: P.kwargs) -> None:
            try:
                function(*args, **kwargs)
            except GeneratorError as error:
                _fail(str(error))

        app.command(name)(run)
        return run

    return register


def _project(folder: Path | None) -> Project:
    return load_project(folder)


def _fail(message: str) -> NoReturn:
    err.print(f"[red]error:[/red] {message}", soft_wrap=True, markup=True)
    raise typer.Exit(1)


def report_problems(problems: Iterable[Problem], verbose: bool = False) -> None:
    for problem in problems:
        if problem.severity == "info" and not verbose:
            continue
        colour = {"error": "red", "warning": "yellow", "info": "dim"}[problem.severity]
        err.print(f"[{colour}]{problem}[/{colour}]", soft_wrap=True, markup=True, highlight=False)


@contextmanager
def ingest_progress() -> Iterator[tuple[Progress_, Progress_]]:
    """A progress bar for runs long enough to want one (on a terminal only)."""
    with Progress(
        TextColumn("ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    ) as progress:
        task = progress.add_task("ingest", total=None)
        yield (
            lambda n: progress.update(task, total=n, visible=n >= PROGRESS_THRESHOLD),
            lambda n: progress.advance(task, n),
        )


def report_ingest(report: IngestReport, verbose: bool) -> None:
    report_problems(report.problems, verbose)
    out.print(
        f"ingest: {len(report.written)} written, {report.unchanged} unchanged, "
        f"{report.duplicates} duplicates skipped, "
        f"{sum(p.severity == 'error' for p in report.problems)} errors"
    )


def run_ingest(
    project: Project,
    paths: list[Path],
    verbose: bool = False,
    overwrite: Iterable[str] = (),
    cluster: Cluster | None = None,
) -> IngestReport:
    with ingest_progress() as (on_total, on_advance):
        report = ingest(project, paths, on_total, on_advance, frozenset(overwrite), cluster)
    report_ingest(report, verbose)
    return report


@command("ingest")
def ingest_command(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Article files or folders (default: articles/).")
    ] = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Also list duplicates and other notes.")
    ] = False,
    overwrite: Annotated[
        list[str] | None,
        typer.Option(
            "--overwrite",
            metavar="FIELD",
            help="Take the generator's value of FIELD even where a person changed it "
            "(repeatable); re-reads unchanged articles too.",
        ),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            metavar="ADDRESS",
            help="Extract on the Dask cluster of this scheduler (tcp://host:8786).",
        ),
    ] = None,
    cluster: Annotated[
        str | None,
        typer.Option(
            "--cluster", metavar="local:N", help="Extract on a local Dask cluster of N workers."
        ),
    ] = None,
    project_dir: ProjectOption = None,
) -> None:
    """Read articles and write or update their briefings in briefings/, keeping
    people's edits and comments."""
    unknown = sorted(set(overwrite or ()) - set(store.MACHINE_FIELDS))
    if unknown:
        raise UsageError(
            f"--overwrite: not a generated field: {', '.join(unknown)} "
            f"(one of {', '.join(store.MACHINE_FIELDS)})"
        )
    project = _project(project_dir)
    with project_lock(project.root):
        dask = Cluster(scheduler, cluster) if scheduler or cluster else None
        report = run_ingest(
            project, paths or [project.articles_dir], verbose, overwrite or (), dask
        )
    if report.failed:
        raise typer.Exit(1)


@command("render")
def render_command(project_dir: ProjectOption = None) -> None:
    """Render the briefings to Markdown in the docs folder named by mkdocs.yml."""
    report = render_project(_project(project_dir))
    report_problems(report.problems)
    out.print(f"render: {report.pages} pages, {report.changed} changed, {report.removed} removed")
    if report.failed:
        raise typer.Exit(1)


@command("build")
def build_command(
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Also list duplicates and other notes.")
    ] = False,
    preview: Annotated[
        bool,
        typer.Option(
            "--preview",
            help="Show drafts and briefings in review too, with a banner, in site-preview/.",
        ),
    ] = False,
    offline: Annotated[
        bool, typer.Option("--offline", help="A site that works from file://, search included.")
    ] = False,
    engine: Annotated[
        Engine, typer.Option("--engine", help="The static site engine that builds site/.")
    ] = Engine.mkdocs,
    project_dir: ProjectOption = None,
) -> None:
    """Ingest what is new or changed in articles/, render, and build the site (approved
    and published briefings only, unless --preview)."""
    project = _project(project_dir)
    with ingest_progress() as (on_total, on_advance):
        report = build(project, preview, offline, on_total, on_advance, engine.value)
    report_ingest(report.ingested, verbose)
    report_problems(report.render_problems)
    for warning in report.warnings:
        err.print(f"[yellow]{warning}[/yellow]", soft_wrap=True, markup=True, highlight=False)
    out.print(f"build: {'preview ' if preview else ''}site written to {report.site}")
    if report.failed:
        raise typer.Exit(1)


@command("serve")
def serve_command(
    address: Annotated[str, typer.Option(help="Host and port to serve on.")] = "127.0.0.1:8000",
    preview: Annotated[
        bool,
        typer.Option("--preview", help="Show drafts and briefings in review too, with a banner."),
    ] = False,
    project_dir: ProjectOption = None,
) -> None:
    """Serve the site and rebuild it when a briefing or template changes."""
    from mkdocs.commands.serve import serve

    project = _project(project_dir)
    if preview:
        os.environ[PREVIEW_VARIABLE] = "true"
    logging.basicConfig(level=logging.INFO, format="%(levelname)-7s - %(message)s")
    serve(str(project.config_file), dev_addr=address, livereload=True)


@command("schema")
def schema_command(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to a file instead of stdout.")
    ] = None,
    registry: Annotated[
        bool, typer.Option("--registry", help="The schema of the entity registry instead.")
    ] = False,
) -> None:
    """Print the JSON Schema of a briefing (or of the entity registry), for editor
    completion and checks."""
    text = store.registry_schema_json() if registry else store.schema_json()
    if output is None:
        typer.echo(text, nl=False)
    else:
        write_atomic(output, text.encode("utf-8"))


@command("status")
def status_command(
    status: Annotated[Status, typer.Argument(help="The new status.")],
    paths: Annotated[
        list[str], typer.Argument(help="Briefing files (or, with -C, ids of its briefings).")
    ],
    reviewer: Annotated[
        str | None, typer.Option("--reviewer", "-r", help="Who reviewed it (recorded).")
    ] = None,
    on: Annotated[
        dt.datetime | None,
        typer.Option("--date", formats=DATE_FORMATS, help="Approval date (default: today)."),
    ] = None,
    project_dir: ProjectOption = None,
) -> None:
    """Move briefings through the workflow: draft -> review -> approved -> published
    (or retracted). Approving records the reviewer and the date; comments are kept."""
    folder = _project(project_dir).briefings_dir if project_dir else None
    failed = False
    for path, error in change_status(
        briefing_paths(paths, folder), status, reviewer, on.date() if on else None
    ):
        if error is None:
            out.print(f"{path}: {status}", soft_wrap=True)
        else:
            err.print(f"[red]{error}[/red]", soft_wrap=True, markup=True, highlight=False)
            failed = True
    if failed:
        raise typer.Exit(1)


@command("validate")
def validate_command(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Briefing files or folders (default: the project's briefings/)."),
    ] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Fail on warnings too.")] = False,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", help="text, or github for Actions annotations.")
    ] = OutputFormat.text,
    project_dir: ProjectOption = None,
) -> None:
    """Check briefings for pull requests: schema errors and lints, at file:line:column;
    and the project's entity registry (entities.yaml), if it has one."""
    folders = paths or [_project(project_dir).briefings_dir]
    problems, entity_ids = _registry_problems(project_dir, explicit=bool(paths))
    if not paths and events_dir(folders[0]).is_dir():  # the event files too
        folders.append(events_dir(folders[0]))
    files = briefing_files(folders)
    events = [f for f in files if is_event_file(f)]
    briefings = [f for f in files if f not in events]
    problems += validate_files(briefings, entity_ids) + validate_events(events)
    for problem in problems:
        if output_format == OutputFormat.github:
            typer.echo(github_annotation(problem))
        else:
            report_problems([problem], verbose=True)
    errors = sum(p.severity == "error" for p in problems)
    warnings = sum(p.severity == "warning" for p in problems)
    err.print(f"validate: {errors} errors, {warnings} warnings", soft_wrap=True)
    if errors or (strict and warnings):
        raise typer.Exit(1)


def _registry_problems(
    project_dir: Path | None, explicit: bool
) -> tuple[list[Problem], set[str] | None]:
    """The registry's problems and its ids. With files named and no project found
    (a pre-commit hook in another layout), there is no registry to check."""
    try:
        project = load_project(project_dir)
    except GeneratorError as error:
        if explicit and project_dir is None:
            return [], None
        _fail(str(error))
    path = store.registry_path(project.root)
    if not path.exists():
        return [], None
    registry, problems = store.registry_problems(path)
    return problems, None if registry is None else {e.id for e in registry.entities}


@command("new")
def new_command(
    folder: Annotated[Path, typer.Argument(help="The new project's folder (absent or empty).")],
    site_name: Annotated[
        str | None, typer.Option("--name", help="The site's name (default: from the folder).")
    ] = None,
) -> None:
    """Start a briefing project: mkdocs.yml, folders, a sample article, .gitignore, a
    pre-commit hook and a GitHub Actions workflow that validates pull requests."""
    written = newproject.create(folder, site_name)
    out.print(f"new: {len(written)} files written to {folder}", soft_wrap=True)
    out.print(f"next: cd {folder} && git init && briefing build", soft_wrap=True)


def _print_brief(
    project: Project,
    args: list[str] | None,
    on: dt.datetime | None,
    output: Path,
    marking: str | None,
) -> None:
    """The daily brief; its day is the one argument (or --date), else the latest."""
    if args and (len(args) > 1 or on):
        raise UsageError("--brief takes one DATE at most")
    try:
        day = dt.date.fromisoformat(args[0]) if args else (on.date() if on else None)
    except ValueError:
        raise UsageError(f"--brief: {(args or [''])[0]!r} is not a date (YYYY-MM-DD)") from None
    report = print_brief(project, day, output, marking)
    report_problems(report.problems)
    out.print(
        f"pdf: daily brief, {report.briefings} events, {report.pdf.pages} pages, "
        f"{report.pdf.size / 1024:.0f} KiB written to {output}"
    )
    if report.failed:
        raise typer.Exit(1)


@command("pdf")
def pdf_command(
    output: Annotated[Path, typer.Option("--output", "-o", help="The PDF file to write.")],
    ids: Annotated[
        list[str] | None,
        typer.Argument(help="Briefing ids; one id prints that briefing alone, without cover."),
    ] = None,
    on: Annotated[
        dt.datetime | None,
        typer.Option("--date", formats=DATE_FORMATS, help="Briefings published on this day."),
    ] = None,
    start: Annotated[
        dt.datetime | None,
        typer.Option("--from", formats=DATE_FORMATS, help="Published on or after this day."),
    ] = None,
    end: Annotated[
        dt.datetime | None,
        typer.Option("--to", formats=DATE_FORMATS, help="Published on or before this day."),
    ] = None,
    tags: Annotated[
        list[str] | None, typer.Option("--tag", help="Having this tag; repeat for any of several.")
    ] = None,
    statuses: Annotated[
        list[Status] | None,
        typer.Option(
            "--status",
            help="Repeat for several; default: approved and published (any, for named ids).",
        ),
    ] = None,
    marking: Annotated[
        str | None,
        typer.Option(help="Marking atop every page, instead of extra.briefing.book.marking."),
    ] = None,
    with_articles: Annotated[
        bool, typer.Option("--with-articles", help="Add the articles' text as an appendix.")
    ] = False,
    by_event: Annotated[
        bool,
        typer.Option(
            "--by-event",
            help="Order the book by event: each event's briefings under its title, "
            "events in date order.",
        ),
    ] = False,
    brief: Annotated[
        bool,
        typer.Option(
            "--brief", help="The daily brief (events of the latest day, or of the DATE given)."
        ),
    ] = False,
    project_dir: ProjectOption = None,
) -> None:
    """Print a briefing, or a briefing book with cover and contents, to PDF."""
    if brief and by_event:
        raise UsageError("--by-event orders a book; the daily brief (--brief) is by event already")
    if brief:  # issue 15: `briefing pdf --brief [DATE]`
        _print_brief(_project(project_dir), ids, on, output, marking)
        return
    selection = Selection(
        ids=tuple(ids or ()),
        on=on.date() if on else None,
        start=start.date() if start else None,
        end=end.date() if end else None,
        tags=frozenset(tags or ()),
        statuses=frozenset(statuses) if statuses else None,
    )
    check_selection(selection)
    report = print_book(_project(project_dir), selection, output, marking, with_articles, by_event)
    report_problems(report.problems)
    for warning in report.pdf.warnings:
        err.print(f"[yellow]pdf: {warning}[/yellow]", soft_wrap=True, markup=True, highlight=False)
    count = report.briefings
    out.print(
        f"pdf: {count} briefing{'s' if count != 1 else ''}, {report.pdf.pages} pages, "
        f"{report.pdf.size / 1024:.0f} KiB written to {output}"
    )
    if report.failed:
        raise typer.Exit(1)
