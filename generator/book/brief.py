"""The daily brief as a PDF: a cover, then each event of the day on its own page (its
bottom line, key points with the outlets that carry them, a line of outlets).

Like the book, it is HTML through an autoescaped template (`templates/pdf/brief.html.j2`,
overridable per project) printed by WeasyPrint with every URL refused. An event's
page holds at most `MAX_POINTS` key points, so an event never runs over its page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from generator.book.pdf import PdfReport, check_writable, html_environment, print_pdf
from generator.config import Project
from generator.errors import BuildError
from generator.files import write_atomic
from generator.site.events import Day, EventView, days_of

BRIEF_TEMPLATE = "pdf/brief.html.j2"
MAX_POINTS = 5


def brief_day(views: Sequence[EventView], on: dt.date | None) -> Day:
    """The day asked for, or the latest day with events."""
    days = days_of(list(views))
    chosen = [d for d in days if on is None or d.date == on]
    if not chosen:
        when = f"on {on:%Y-%m-%d}" if on else "at all"
        raise BuildError(None, f"no public events {when}: nothing to print")
    return chosen[0]


def brief_html(project: Project, day: Day, marking: str | None = None) -> str:
    settings = project.settings.book
    template = html_environment(project).get_template(BRIEF_TEMPLATE)
    return template.render(
        title=settings.title or project.site_name,
        marking=settings.marking if marking is None else marking,
        paper=settings.paper,
        day=day,
        date_label=f"{day.date:%-d %B %Y}" if day.date else "Undated stories",
        events=[v for views in day.groups.values() for v in views],
        max_points=MAX_POINTS,
    )


def write_brief(project: Project, day: Day, output: Path, marking: str | None = None) -> PdfReport:
    check_writable(output)
    data, pages, warnings = print_pdf(brief_html(project, day, marking))
    try:
        write_atomic(output, data)
    except OSError as err:
        raise BuildError(output, f"cannot write: {err.strerror or err}") from None
    return PdfReport(pages=pages, size=len(data), warnings=warnings)
