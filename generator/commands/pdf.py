"""`briefing pdf`: a briefing, or a book of them, printed to PDF."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from generator.book.brief import brief_day, write_brief
from generator.book.pdf import PdfReport, write_book
from generator.book.select import Selection, by_event, make_book, select
from generator.config import Project
from generator.errors import UsageError
from generator.lock import project_lock
from generator.models import Problem
from generator.site.events import event_views
from generator.site.render import load_briefings
from generator.store.event_sync import load_events
from generator.store.events import events_dir
from generator.workflow import visible


@dataclass(slots=True)
class PrintReport:
    briefings: int
    pdf: PdfReport
    problems: list[Problem] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return any(p.severity == "error" for p in self.problems)


def check_selection(selection: Selection) -> None:
    if selection.on and (selection.start or selection.end):
        raise UsageError("use --date, or --from and --to, not both")
    if selection.start and selection.end and selection.start > selection.end:
        raise UsageError(
            f"--from {selection.start:%Y-%m-%d} is after --to {selection.end:%Y-%m-%d}"
        )


def print_book(
    project: Project,
    selection: Selection,
    output: Path,
    marking: str | None = None,
    with_articles: bool = False,
    events: bool = False,
) -> PrintReport:
    """`events`: the book ordered by event, each event's briefings under its title."""
    check_selection(selection)
    # Read while holding the project, so that a book never mixes briefings an ingest
    # has merged with ones it has yet to; printing, the slow part, goes on after the
    # lock is released and does not keep an ingest waiting.
    with project_lock(project.root):
        briefings, problems = load_briefings(project)
        found = load_events(events_dir(project.briefings_dir)) if events else []
    chosen = select(briefings, selection)
    chapters = by_event(chosen, found) if events else []
    book = make_book(project, chosen, selection, marking, with_articles, chapters)
    return PrintReport(len(book.briefings), write_book(project, book, output), problems)


def print_brief(
    project: Project, on: dt.date | None, output: Path, marking: str | None = None
) -> PrintReport:
    """`briefing pdf --brief [DATE]`: the day's public events (default: the latest day)."""
    with project_lock(project.root):
        briefings, problems = load_briefings(project)
        events = load_events(events_dir(project.briefings_dir))
    day = brief_day(event_views(events, visible(briefings)), on)
    count = sum(len(views) for views in day.groups.values())
    return PrintReport(count, write_brief(project, day, output, marking), problems)
