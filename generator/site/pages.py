"""Every page of the site, as Markdown: which template renders which page, with what.

One function per kind of page; each returns {path under the docs folder: Markdown}.
Each page is rendered once from the catalogue, so the work (and the site) grows
with the number of briefings and of the names they mention, never with their
square: a dossier lists only the briefings that name it, the home page only the
latest ones, and the archive one month per page.
"""

from __future__ import annotations

import datetime as dt
import posixpath
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import jinja2
from markupsafe import Markup

from generator.site.azlist import az_list
from generator.site.catalog import UNDATED, Catalog, Entry, briefing_path
from generator.site.helpers import relative
from generator.site.relations import companions, named_in, related_briefings, timeline
from generator.site.worldmap import world_svg

if TYPE_CHECKING:  # events.py imports this module: the type only, not at run time
    from generator.site.events import EventView

HOME_LATEST = 20
KIND_LABELS = {
    "person": "Person",
    "organization": "Organisation",
    "place": "Place",
    "tag": "Tag",
    "country": "Country",
}
INDEX_PAGES = {  # kind -> (page, title)
    "person": ("people.md", "People"),
    "organization": ("organizations.md", "Organisations"),
    "place": ("places.md", "Places"),
    "country": ("countries.md", "Countries"),
    "tag": ("tags.md", "Tags"),
}

Pages = dict[str, str]
EventsOf = Callable[[Entry], Sequence["EventView"]]  # a dossier's events


def no_events(entry: Entry) -> Sequence[EventView]:
    """A site without events/: no dossier lists any."""
    return ()


def month_name(month: str) -> str:
    if month == UNDATED:
        return "Undated"
    return f"{dt.date.fromisoformat(month + '-01'):%B %Y}"


def site_pages(
    env: jinja2.Environment,
    catalog: Catalog,
    site: dict[str, str],
    events_of: EventsOf = no_events,
) -> Pages:
    out: Pages = {}
    out |= home_page(env, catalog, site)
    out |= briefing_pages(env, catalog, site)
    out |= archive_pages(env, catalog, site)
    out |= dossier_pages(env, catalog, site, events_of)
    out |= index_pages(env, catalog, site)
    return out


def home_page(env: jinja2.Environment, catalog: Catalog, site: dict[str, str]) -> Pages:
    template = env.get_template("home.md.j2")
    return {
        "index.md": template.render(
            page="index.md", site=site, briefings=catalog.briefings, latest=HOME_LATEST
        )
    }


def briefing_pages(env: jinja2.Environment, catalog: Catalog, site: dict[str, str]) -> Pages:
    template = env.get_template("briefing.md.j2")
    related = related_briefings(catalog)
    out: Pages = {}
    for briefing in catalog.briefings:
        page = briefing_path(briefing.id)
        out[page] = template.render(page=page, site=site, b=briefing, related=related[briefing.id])
    return out


def archive_pages(env: jinja2.Environment, catalog: Catalog, site: dict[str, str]) -> Pages:
    undated = len(catalog.months.get(UNDATED, []))
    out: Pages = {
        "archive.md": env.get_template("archive.md.j2").render(
            page="archive.md", site=site, years=catalog.years(), undated=undated
        )
    }
    template = env.get_template("month.md.j2")
    for month, briefings in catalog.months.items():
        page = f"archive/{month}.md"
        title = month_name(month)
        out[page] = template.render(page=page, site=site, title=title, briefings=briefings)
    return out


def dossier_pages(
    env: jinja2.Environment,
    catalog: Catalog,
    site: dict[str, str],
    events_of: EventsOf = no_events,
) -> Pages:
    """Each dossier with its events, its timeline and the people and places named
    with it; the companions come from one index of names per briefing, built once."""
    template = env.get_template("dossier.md.j2")
    names = named_in(catalog)
    out: Pages = {}
    for kind, entries in catalog.entries.items():
        label = KIND_LABELS[kind]
        for entry in entries.values():
            out[entry.path] = template.render(
                page=entry.path,
                site=site,
                entry=entry,
                kind=kind,
                kind_label=label,
                events=events_of(entry),
                months=timeline(entry),
                with_people=companions(names, entry, "person"),
                with_places=companions(names, entry, "place") if kind != "country" else [],
            )
    return out


def index_pages(env: jinja2.Environment, catalog: Catalog, site: dict[str, str]) -> Pages:
    template = env.get_template("entries.md.j2")
    out: Pages = {}
    for kind, (page, title) in INDEX_PAGES.items():
        az = az_list(catalog.sorted_entries(kind))
        extra = {"world_map": world_map(catalog, page)} if kind == "country" else {}
        out[page] = template.render(page=page, site=site, title=title, az=az, kind=kind, **extra)
    return out


def world_map(catalog: Catalog, page: str) -> Markup:
    """The countries page's map: each country with briefings shaded and linked."""
    here = posixpath.dirname(page)
    countries = catalog.entries["country"].values()
    counts = {e.key.upper(): len(e.briefings) for e in countries}
    links = {e.key.upper(): relative(e.path, here) for e in countries}
    names = {e.key.upper(): e.name for e in countries}
    return world_svg(counts, links, names)
