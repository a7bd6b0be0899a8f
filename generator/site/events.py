"""Event pages and the home page as the daily brief.

What a reader sees of an event is what its public members support: members the
build does not show are left out of its sources, points only they carry are dropped,
and an event with no public member has no page. A copy counts once among sources.
The daily brief is the events of the latest day with reports, grouped by region (the
one most of the members' places are in, `regions.py`) or, for a story placed nowhere,
by the topic most of its members are tagged with; each with its bottom line and how
many independent sources report it; each earlier day has its own page, one click away.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import jinja2

from generator.events.model import Event, SourcedPoint
from generator.models import Briefing, Status
from generator.site.catalog import UNDATED
from generator.site.pages import HOME_LATEST
from generator.site.regions import main_region

OTHER_TOPIC = "Other stories"
EARLIER_DAYS = 14  # days linked from the home page


@dataclass(frozen=True, slots=True)
class EventView:
    event: Event
    members: dict[str, Briefing]  # the public members, by id
    points: list[SourcedPoint]
    copies: dict[str, str]
    day: str  # YYYY-MM-DD of the latest report, or UNDATED
    topic: str
    sources: int  # independent public sources
    region: str | None = None  # where most of its members' places are

    @property
    def path(self) -> str:
        return event_path(self.event.id)

    @property
    def told_apart(self) -> bool:
        """More than one report: an event of one briefing is that briefing under the
        same headline, so listing it beside the briefing would show the title twice."""
        return len(self.members) > 1

    @property
    def heading(self) -> str:
        """Its group in the daily brief: the region, else the topic."""
        return self.region or self.topic

    @property
    def date(self) -> dt.date | None:
        return None if self.day == UNDATED else dt.date.fromisoformat(self.day)

    def outlet(self, briefing_id: str) -> str:
        """How a source is named in a list of sources: its outlet, else its headline."""
        member = self.members[briefing_id]
        return member.source.outlet or member.title


@dataclass(slots=True)
class Day:
    day: str
    groups: dict[str, list[EventView]] = field(default_factory=dict)  # heading -> events

    @property
    def path(self) -> str:
        return f"days/{self.day}.md"

    @property
    def date(self) -> dt.date | None:
        return None if self.day == UNDATED else dt.date.fromisoformat(self.day)


def event_path(event_id: str) -> str:
    return f"events/{event_id}.md"


def event_views(events: Sequence[Event], briefings: Sequence[Briefing]) -> list[EventView]:
    by_id = {b.id: b for b in briefings}
    views = []
    for event in events:
        if event.status == Status.retracted:
            continue
        members = {i: by_id[i] for i in event.briefings if i in by_id}
        if not members:
            continue
        copies = {c.briefing: c.copy_of for c in event.copies if c.briefing in members}
        points = [
            p.model_copy(update={"sources": [s for s in p.sources if s in members]})
            for p in event.key_points
            if any(s in members for s in p.sources)
        ]
        days = [b.published for b in members.values() if b.published]
        views.append(
            EventView(
                event,
                members,
                points,
                copies,
                max(days).isoformat() if days else UNDATED,
                topic(members.values()),
                len({copies.get(i, i) for i in members}),
                region(members.values()),
            )
        )
    return views


def region(members: Iterable[Briefing]) -> str | None:
    """The region most of the members' places are in: each member counts each of its
    countries once, so a long report does not outvote two short ones."""
    return main_region(c for b in members for c in {p.country for p in b.places if p.country})


def topic(members: Iterable[Briefing]) -> str:
    """The tag most members carry (ties: alphabetical), as a heading."""
    counts: Counter[str] = Counter(t for b in members for t in b.tags)
    if not counts:
        return OTHER_TOPIC
    tag = min(counts, key=lambda t: (-counts[t], t))
    return tag.replace("-", " ").capitalize()


def days_of(views: list[EventView]) -> list[Day]:
    """Newest day first (undated last); in a day, groups by size, events by sources."""
    found: dict[str, Day] = {}
    ordered = sorted(views, key=lambda v: (-v.sources, v.event.title, v.event.id))
    for view in ordered:
        day = found.setdefault(view.day, Day(view.day))
        day.groups.setdefault(view.heading, []).append(view)
    for day in found.values():
        day.groups = dict(sorted(day.groups.items(), key=lambda kv: (-len(kv[1]), kv[0])))
    return sorted(found.values(), key=lambda d: (d.day == UNDATED, [-ord(c) for c in d.day]))


def event_site_pages(
    env: jinja2.Environment,
    events: Sequence[Event],
    briefings: Sequence[Briefing],
    site: dict[str, str],
) -> dict[str, str]:
    """The event pages, a page per day, and the home page (the latest day's brief)."""
    views = event_views(events, briefings)
    out: dict[str, str] = {}
    template = env.get_template("event.md.j2")
    for view in views:
        out[view.path] = template.render(page=view.path, site=site, v=view)
    days = days_of(views)
    home = env.get_template("home.md.j2")
    out["index.md"] = home.render(
        page="index.md",
        site=site,
        day=days[0] if days else None,
        earlier=days[1 : 1 + EARLIER_DAYS],
        briefings=briefings,
        latest=HOME_LATEST,
    )
    for i, day in enumerate(days[1:], 1):  # the latest day is the home page itself
        out[day.path] = home.render(
            page=day.path,
            site=site,
            day=day,
            earlier=days[i + 1 : i + 2],
            briefings=briefings,
            latest=HOME_LATEST,
        )
    return out


def event_lookup(views: Sequence[EventView]) -> dict[str, EventView]:
    """Briefing id -> the view of its event, for the link on a briefing's page."""
    return {i: v for v in views for i in v.members}


def events_naming(briefings: Iterable[Briefing], lookup: dict[str, EventView]) -> list[EventView]:
    """The stories several sources tell that a dossier's briefings belong to, newest
    first (undated last): what a person, organisation or place page lists under
    "Events". A story one outlet tells (copies included) is its briefing, already
    listed under "Briefings"."""
    found = {v.event.id: v for b in briefings if (v := lookup.get(b.id)) and v.sources > 1}
    by_title = sorted(found.values(), key=lambda v: (v.event.title, v.event.id))
    return sorted(by_title, key=lambda v: (v.day != UNDATED, v.day), reverse=True)
