"""Pagefind search for the served site: an index that loads only the chunks a query
needs, with filters (people, organisations, places, countries, tags, outlets,
status, month, event, and kind: briefing or event) and a sort by date.

The index is built from the briefings and events themselves, not from the engine's
HTML: each briefing, and each event the site shows, becomes one small HTML record
(every value escaped) with its title weighted first and its names as filters, so
the search is the same whichever engine built the pages and whatever the templates
show. A briefing's record holds what a reader searches it for, the article's text
last (see `_texts`). An event's filters are those of its public members together (its people,
places, outlets...: what its page shows), so one filter finds a story and its
reports; a briefing's `event` filter names its story. Pagefind runs from its Python package
(its own binary, offline) after the engine's build, which empties site/ first.
"""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from html import escape
from pathlib import Path

from generator.models import Briefing
from generator.site.catalog import country_name
from generator.site.events import EventView, event_lookup

BUNDLE_DIR = "pagefind"
TITLE_WEIGHT = 10  # Pagefind weighs an h1 7 and body text 1: the title ranks first


@dataclass(frozen=True, slots=True)
class Record:
    """One searchable page: its URL from the site's root, and the HTML Pagefind reads."""

    url: str
    html: str


class SearchUnavailable(Exception):
    """Pagefind's binary cannot run here: the site is built without its index."""


def briefing_filters(briefing: Briefing, event: str | None = None) -> dict[str, list[str]]:
    """The values an analyst narrows by, each list sorted and without repeats;
    `event`: the title of the story the briefing is part of."""
    places = briefing.places
    values = {
        "kind": ["briefing"],
        "person": [p.name for p in briefing.people],
        "organisation": [o.name for o in briefing.organizations],
        "place": [p.name for p in places if p.kind != "country"],
        "country": [country_name(p.country) for p in places if p.country],
        "tag": list(briefing.tags),
        "outlet": [briefing.source.outlet] if briefing.source.outlet else [],
        "status": [str(briefing.status)],
        "month": [briefing.published.strftime("%Y-%m")] if briefing.published else [],
        "event": [event] if event else [],
    }
    return {key: sorted(set(found)) for key, found in values.items() if found}


MEMBER_FILTERS = ("person", "organisation", "place", "country", "tag", "outlet", "status")


def event_filters(view: EventView) -> dict[str, list[str]]:
    """An event's values: its public members' names, tags, outlets and statuses
    together (an event shows what they support), its own title and day."""
    values: dict[str, set[str]] = {"kind": {"event"}}
    for member in view.members.values():
        for key, found in briefing_filters(member).items():
            if key in MEMBER_FILTERS:
                values.setdefault(key, set()).update(found)
    if view.event.title:
        values["event"] = {view.event.title}
    if view.date:
        values["month"] = {view.date.strftime("%Y-%m")}
    return {key: sorted(found) for key, found in values.items()}


def briefing_record(
    briefing: Briefing, directory_urls: bool = True, event: str | None = None
) -> Record:
    page = f"/briefings/{briefing.id}" + ("/" if directory_urls else ".html")
    date = briefing.published.isoformat() if briefing.published else ""
    filters = briefing_filters(briefing, event)
    return _record(page, briefing.title, date, filters, _texts(briefing))


def event_record(view: EventView, directory_urls: bool = True) -> Record:
    page = f"/events/{view.event.id}" + ("/" if directory_urls else ".html")
    date = view.date.isoformat() if view.date else ""
    title = view.event.title or view.event.id
    return _record(page, title, date, event_filters(view), _event_texts(view))


def site_records(
    briefings: Iterable[Briefing], views: Iterable[EventView], directory_urls: bool = True
) -> Iterator[Record]:
    """Every record of the site's index: its briefings, each naming its event, then
    its events."""
    views = list(views)
    lookup = event_lookup(views)
    for briefing in briefings:
        view = lookup.get(briefing.id)
        yield briefing_record(briefing, directory_urls, view.event.title if view else None)
    for view in views:
        yield event_record(view, directory_urls)


def _record(
    page: str, title: str, date: str, filters: dict[str, list[str]], texts: Iterable[str]
) -> Record:
    parts = [
        f'<h1 data-pagefind-weight="{TITLE_WEIGHT}" data-pagefind-meta="title">'
        f"{escape(title)}</h1>",
        _hidden("meta", "date", date) if date else "",
        _hidden("sort", "date", date) if date else "",
        *(_hidden("filter", key, value) for key, values in filters.items() for value in values),
        *(f"<p>{escape(text)}</p>" for text in texts if text),
    ]
    body = "".join(parts)
    return Record(page, f'<html lang="en"><body data-pagefind-body>{body}</body></html>')


def _hidden(kind: str, key: str, value: str) -> str:
    """A filter, meta or sort value taken from an attribute: no text of its own."""
    return f'<span data-pagefind-{kind}="{key}[data-value]" data-value="{escape(value)}"></span>'


def _texts(briefing: Briefing) -> Iterator[str]:
    """What a reader searches a briefing for: what it says (bottom line, key points,
    the editors' notes), whom and where it names (with each place's country, so
    "United Kingdom" finds a story set in London), its tags, who said what, who
    claims what, and last the article's own text: an analyst looks for the report
    where a word was written, and the site's other search (the offline copy's)
    finds it too. The text is half of a record's words and makes a common word's
    search slower (measured by benchmarks/search.py); what keeps it fast is that the
    searching instance loads no filter it is not asked for (assets/search.js)."""
    yield from (briefing.dateline or "", briefing.summary)
    yield from (k.text for k in briefing.key_points)
    yield from (briefing.editorial.why_it_matters, briefing.editorial.assessment)
    yield ", ".join(p.name for p in briefing.people)
    yield ", ".join(o.name for o in briefing.organizations)
    yield ", ".join(p.name for p in briefing.places)
    yield ", ".join(sorted({country_name(p.country) for p in briefing.places if p.country}))
    yield " ".join(briefing.tags)
    for quote in briefing.quotes:
        yield f"{quote.speaker}: {quote.text}" if quote.speaker else quote.text
    yield from (f"{a.source}: {a.claim}" for a in briefing.attributions)
    for section in briefing.sections:
        yield from section.paragraphs


def _event_texts(view: EventView) -> Iterator[str]:
    event = view.event
    yield event.summary
    yield from (p.text for p in view.points)
    yield from (d.about for d in event.disagreements)
    yield from (t.text for t in event.timeline if any(s in view.members for s in t.sources))
    members = view.members.values()  # names only public members give
    yield ", ".join(sorted({p.name for m in members for p in m.people}))
    yield ", ".join(sorted({o.name for m in members for o in m.organizations}))
    yield ", ".join(sorted({p.name for m in members for p in m.places}))
    yield ", ".join(sorted({view.outlet(i) for i in view.members}))


def write_index(site_dir: Path, records: Iterable[Record]) -> int:
    """Index `records` into site_dir/pagefind/; return how many. SearchUnavailable
    when Pagefind's binary is missing or cannot run on this machine."""
    # A thread of its own: the caller may be running an event loop (serve, a browser).
    with ThreadPoolExecutor(max_workers=1) as thread:
        job = thread.submit(asyncio.run, _write(site_dir / BUNDLE_DIR, list(records)))
    try:
        return job.result()
    except (OSError, ImportError) as err:
        raise SearchUnavailable(f"Pagefind could not run ({err}); search index not built") from None


async def _write(bundle: Path, records: list[Record]) -> int:
    """Records are written as files to a scratch folder and indexed in one call: one
    message per record to Pagefind's service costs seconds per hundred."""
    from pagefind.index import IndexConfig, PagefindIndex  # the binary starts only here

    with tempfile.TemporaryDirectory(prefix="briefing-search-") as scratch:
        for record in records:
            path = Path(scratch) / _file_for(record.url)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(record.html, encoding="utf-8")
        # The bundle is written when the context closes, to the config's output_path.
        config: IndexConfig = {"force_language": "en", "output_path": str(bundle)}
        async with PagefindIndex(config=config) as index:
            await index.add_directory(path=scratch)
    return len(records)


def _file_for(url: str) -> str:
    """The file whose URL Pagefind computes as `url`: `/a/b/` is a/b/index.html."""
    rel = url.lstrip("/")
    return rel + "index.html" if rel.endswith("/") or not rel else rel
