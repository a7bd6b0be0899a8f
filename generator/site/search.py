"""Pagefind search for the served site: an index that loads only the chunks a query
needs, with filters (people, organisations, places, countries, tags, outlets,
status, month) and a sort by date.

The index is built from the briefings themselves, not from the engine's HTML: each
briefing becomes one small HTML record (every value escaped) with its title weighted
first and its names as filters, so the search is the same whichever engine built
the pages and whatever the templates show. Pagefind runs from its Python package
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

BUNDLE_DIR = "pagefind"
TITLE_WEIGHT = 10  # Pagefind weighs an h1 7 and body text 1: the title ranks first


@dataclass(frozen=True, slots=True)
class Record:
    """One searchable page: its URL from the site's root, and the HTML Pagefind reads."""

    url: str
    html: str


class SearchUnavailable(Exception):
    """Pagefind's binary cannot run here: the site is built without its index."""


def briefing_filters(briefing: Briefing) -> dict[str, list[str]]:
    """The values an analyst narrows by, each list sorted and without repeats."""
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
    }
    return {key: sorted(set(found)) for key, found in values.items() if found}


def briefing_record(briefing: Briefing, directory_urls: bool = True) -> Record:
    page = f"/briefings/{briefing.id}" + ("/" if directory_urls else ".html")
    date = briefing.published.isoformat() if briefing.published else ""
    parts = [
        f'<h1 data-pagefind-weight="{TITLE_WEIGHT}" data-pagefind-meta="title">'
        f"{escape(briefing.title)}</h1>",
        _hidden("meta", "date", date) if date else "",
        _hidden("sort", "date", date) if date else "",
        *(
            _hidden("filter", key, value)
            for key, values in briefing_filters(briefing).items()
            for value in values
        ),
        *(f"<p>{escape(text)}</p>" for text in _texts(briefing)),
    ]
    body = "".join(parts)
    return Record(page, f'<html lang="en"><body data-pagefind-body>{body}</body></html>')


def _hidden(kind: str, key: str, value: str) -> str:
    """A filter, meta or sort value taken from an attribute: no text of its own."""
    return f'<span data-pagefind-{kind}="{key}[data-value]" data-value="{escape(value)}"></span>'


def _texts(briefing: Briefing) -> Iterator[str]:
    yield from (briefing.dateline or "", briefing.summary)
    yield from (k.text for k in briefing.key_points)
    yield from (briefing.editorial.why_it_matters or "", briefing.editorial.assessment or "")
    yield ", ".join(p.name for p in briefing.people)
    yield ", ".join(o.name for o in briefing.organizations)
    yield ", ".join(p.name for p in briefing.places)
    for section in briefing.sections:
        yield from section.paragraphs


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
