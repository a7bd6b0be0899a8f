"""Which briefings go into a briefing book, in what order, and what the book says
about itself (title, date, marking, metadata dates).

A pure function of the loaded briefings and the settings, so `briefing pdf` and its
tests agree on the selection without rendering anything. The book's dates come
from the briefings, never from the clock: a rebuilt PDF must be byte-identical.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from generator.config import Project
from generator.errors import BuildError
from generator.events.model import Event
from generator.models import Briefing, Status
from generator.workflow import PUBLIC

# What a book holds unless asked otherwise: what the public site shows.
DEFAULT_STATUSES = PUBLIC
NO_EVENT = "Not in an event"  # the last chapter of a book by event, if any


@dataclass(frozen=True, slots=True)
class Selection:
    """What the reader asked for. Explicit ids bypass the default status filter
    (printing a draft by name for review is legitimate); an explicit `statuses`
    still applies to them."""

    ids: tuple[str, ...] = ()
    on: dt.date | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    tags: frozenset[str] = field(default_factory=frozenset)
    statuses: frozenset[Status] | None = None

    @property
    def effective_statuses(self) -> frozenset[Status] | None:
        if self.statuses is not None:
            return self.statuses
        return None if self.ids else DEFAULT_STATUSES

    def matches(self, briefing: Briefing) -> bool:
        statuses = self.effective_statuses
        if statuses is not None and briefing.status not in statuses:
            return False
        if self.tags and not self.tags.intersection(briefing.tags):
            return False
        if self.on or self.start or self.end:
            day = briefing.published
            if day is None:
                return False
            if self.on and day != self.on:
                return False
            if self.start and day < self.start:
                return False
            if self.end and day > self.end:
                return False
        return True

    def describe(self) -> str:
        """The selection in words, for the 'nothing matches' error."""
        parts = []
        if self.ids:
            parts.append("ids " + ", ".join(self.ids))
        statuses = self.effective_statuses
        if statuses is not None:
            parts.append("status " + " or ".join(sorted(s.value for s in statuses)))
        if self.tags:
            parts.append("tag " + " or ".join(sorted(self.tags)))
        if self.on:
            parts.append(f"published on {self.on.isoformat()}")
        if self.start:
            parts.append(f"published from {self.start.isoformat()}")
        if self.end:
            parts.append(f"published up to {self.end.isoformat()}")
        return "; ".join(parts) or "everything"


@dataclass(frozen=True, slots=True)
class Chapter:
    """The briefings of one event, in a book ordered by event: under its title."""

    title: str
    event_id: str | None  # None: the briefings in no event
    briefings: tuple[Briefing, ...]

    @property
    def anchor(self) -> str:
        return f"e-{self.event_id}" if self.event_id else "e-none"

    @property
    def date_label(self) -> str:
        days = [b.published for b in self.briefings if b.published]
        return date_range(min(days), max(days)) if days else ""


@dataclass(frozen=True, slots=True)
class Book:
    title: str
    author: str
    marking: str
    paper: str
    date_label: str
    created: dt.date | None
    modified: dt.date | None
    briefings: tuple[Briefing, ...]
    cover: bool = True
    with_articles: bool = False  # the articles' text as an appendix
    chapters: tuple[Chapter, ...] = ()  # a book by event: briefings under their event


def select(briefings: Iterable[Briefing], selection: Selection) -> list[Briefing]:
    """The briefings of the book. Explicit ids keep the order given; otherwise the
    book runs newest first, as the site's home page does."""
    by_id = {b.id: b for b in briefings}
    if selection.ids:
        missing = [i for i in selection.ids if i not in by_id]
        if missing:
            raise BuildError(None, f"no briefing with id {', '.join(map(repr, missing))}")
        chosen = [by_id[i] for i in dict.fromkeys(selection.ids)]
        chosen = [b for b in chosen if selection.matches(b)]
    else:
        chosen = sorted(
            (b for b in by_id.values() if selection.matches(b)),
            key=lambda b: (b.published or dt.date.min, b.title, b.id),
            reverse=True,
        )
    if not chosen:
        raise BuildError(None, f"no briefing matches the selection ({selection.describe()})")
    return chosen


def by_event(briefings: Sequence[Briefing], events: Iterable[Event]) -> list[Chapter]:
    """The chosen briefings under their events: the events in date order (of their
    first chosen report; undated last), each event's briefings oldest first, so a
    story reads as it unfolded. Briefings in no (or a retracted) event come last."""
    event_of = {
        member: event
        for event in events
        if event.status != Status.retracted
        for member in event.briefings
    }
    groups: dict[str | None, list[Briefing]] = {}
    for briefing in sorted(briefings, key=lambda b: (b.published or dt.date.max, b.title, b.id)):
        event = event_of.get(briefing.id)
        groups.setdefault(event.id if event else None, []).append(briefing)
    titles = {e.id: e.title for e in event_of.values()}
    chapters = [
        Chapter(titles[key] or members[0].title, key, tuple(members))
        for key, members in groups.items()
        if key is not None
    ]
    if None in groups:
        chapters.append(Chapter(NO_EVENT, None, tuple(groups[None])))
    return chapters


def make_book(
    project: Project,
    briefings: list[Briefing],
    selection: Selection,
    marking: str | None = None,
    with_articles: bool = False,
    chapters: Sequence[Chapter] = (),
) -> Book:
    """The book around the chosen briefings (in `chapters`' order when given). One
    briefing asked for by id prints as itself, without cover or contents; any other
    selection makes a book."""
    if chapters:
        briefings = [b for chapter in chapters for b in chapter.briefings]
    settings = project.settings.book
    published = [b.published for b in briefings if b.published]
    touched = published + [b.editorial.approved for b in briefings if b.editorial.approved]
    first = selection.on or selection.start or (min(published) if published else None)
    last = selection.on or selection.end or (max(published) if published else None)
    return Book(
        title=settings.title or project.site_name,
        author=settings.author or project.site_name,
        marking=settings.marking if marking is None else marking,
        paper=settings.paper,
        date_label=date_range(first, last),
        created=min(published) if published else None,
        modified=max(touched) if touched else None,
        briefings=tuple(briefings),
        cover=not (len(selection.ids) == 1 and len(briefings) == 1),
        with_articles=with_articles,
        chapters=tuple(chapters),
    )


def date_range(first: dt.date | None, last: dt.date | None) -> str:
    """'3 March 2024', '3 - 9 March 2024', '28 February - 3 March 2024'..."""
    if first is None and last is None:
        return ""
    if first is None or last is None or first == last:
        return long_date(first or last)
    if first > last:
        first, last = last, first
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day} – {long_date(last)}"
    if first.year == last.year:
        return f"{first:%-d %B} – {long_date(last)}"
    return f"{long_date(first)} – {long_date(last)}"


def long_date(day: dt.date | None) -> str:
    return f"{day:%-d %B %Y}" if day else ""
