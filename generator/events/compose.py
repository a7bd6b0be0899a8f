"""An event's machine-made fields, written from its member briefings: a pure function,
so the same members always give the same event."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

from generator.events.copies import find_copies, report_order
from generator.events.figures import disagreements
from generator.events.model import Copy, EntityCount, EntityKind, TimelineItem
from generator.events.summary import summarise
from generator.models import Briefing

FULL_DATE = 10  # "YYYY-MM-DD"
MAX_TIMELINE = 12


def compose(members: Sequence[Briefing]) -> dict[str, Any]:
    """The values of the event's machine fields (`EVENT_MACHINE_FIELDS`) for `members`."""
    ordered = sorted(members, key=report_order)
    copies = find_copies(ordered)
    summary, points = summarise(ordered, copies)
    days = sorted(b.published for b in ordered if b.published)
    return {
        "title": ordered[0].title if ordered else "",
        "summary": summary,
        "key_points": points,
        "copies": [Copy(briefing=k, copy_of=v) for k, v in sorted(copies.items())],
        "timeline": timeline(ordered),
        "entities": entity_counts(ordered),
        "outlets": sorted({b.source.outlet for b in ordered if b.source.outlet}),
        "first_report": days[0] if days else None,
        "last_report": days[-1] if days else None,
        "disagreements": disagreements(ordered, copies),
    }


def timeline(members: Sequence[Briefing]) -> list[TimelineItem]:
    """Dated happenings the members mention (full dates with what they are the date
    of), then each report's day, in date order."""
    items: dict[tuple[str, str], set[str]] = defaultdict(set)
    for briefing in members:
        for mention in briefing.dates:
            if mention.date and len(mention.date) == FULL_DATE and mention.refers_to:
                items[(mention.date, mention.refers_to)].add(briefing.id)
        if briefing.published:
            outlet = briefing.source.outlet or "a source"
            items[(briefing.published.isoformat(), f"reported by {outlet}")].add(briefing.id)
    ordered = sorted(items.items(), key=lambda kv: (kv[0][0], -len(kv[1]), kv[0][1]))
    return [
        TimelineItem(date=date, text=text, sources=sorted(ids))
        for (date, text), ids in ordered[:MAX_TIMELINE]
    ]


def entity_counts(members: Sequence[Briefing]) -> list[EntityCount]:
    """People, organisations and places across sources, with how many name them."""
    counts: Counter[tuple[EntityKind, str]] = Counter()
    for briefing in members:
        named: set[tuple[EntityKind, str]] = set()
        named |= {("person", p.name) for p in briefing.people}
        named |= {("organization", o.name) for o in briefing.organizations}
        named |= {("place", p.name) for p in briefing.places}
        counts.update(named)
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][0], kv[0][1]))
    return [EntityCount(name=name, kind=kind, sources=n) for (kind, name), n in ordered]
