"""What the site knows across briefings: who, where, what, when.

The briefing pages each show one briefing; the index pages (archive, tags,
countries) and the dossiers (people, organisations, places) gather every
briefing that names something. This module works that out once, in one pass
over the briefings, as plain data for the templates: it touches no disk and
knows nothing of Markdown, so the same catalogue can feed the site, a feed or a
PDF briefing book.

Pages are keyed by the entity's id in the project's registry (`entities.yaml`),
which ingest writes into each briefing: one entity, one dossier, whatever the
spellings, and an editor's merge or rename there reaches the site. A name without
an id (a briefing from before the registry) is keyed by a slug of the name, so the
spellings "Kim Jong-un" and "Kim Jong Un" share one dossier and a name can never
become a path outside its folder. Places carry their country in the key: Georgia
the state and Georgia the country are two dossiers.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import pycountry

from generator.ids import slugify
from generator.models import Briefing, Quote

KINDS = ("person", "organization", "place", "tag", "country")
FOLDERS = {
    "person": "people",
    "organization": "organizations",
    "place": "places",
    "tag": "tags",
    "country": "countries",
}
UNDATED = "undated"


def name_slug(name: str) -> str:
    """A name as a file name: readable when the name has Latin letters, a short
    hash otherwise (a name written only in Hangul or Cyrillic still gets a page)."""
    slug = slugify(name)
    return slug or "n-" + hashlib.sha256(name.strip().encode("utf-8")).hexdigest()[:10]


def place_slug(name: str, country: str | None) -> str:
    slug = name_slug(name)
    return f"{slug}-{country.lower()}" if country else slug


def dossier_path(kind: str, key: str) -> str:
    """The page of one person, organisation, place, tag or country, under the docs folder."""
    return f"{FOLDERS[kind]}/{key}.md"


def briefing_path(briefing_id: str) -> str:
    return f"briefings/{briefing_id}.md"


@lru_cache(maxsize=512)
def country_name(code: str) -> str:
    """The country's common name, from pycountry's local ISO 3166 data."""
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return str(getattr(country, "common_name", None) or country.name)


def month_key(briefing: Briefing) -> str:
    return f"{briefing.published:%Y-%m}" if briefing.published else UNDATED


def newest_first(briefings: Iterable[Briefing]) -> list[Briefing]:
    return sorted(
        briefings, key=lambda b: (b.published or dt.date.min, b.title, b.id), reverse=True
    )


@dataclass(slots=True)
class Entry:
    """One dossier or index page: a thing and the briefings that name it."""

    kind: str
    key: str
    names: Counter[str] = field(default_factory=Counter)
    roles: Counter[str] = field(default_factory=Counter)
    briefings: list[Briefing] = field(default_factory=list)
    quotes: list[tuple[Briefing, Quote]] = field(default_factory=list)
    country: str | None = None
    places: dict[str, Entry] = field(default_factory=dict)  # for a country: its places

    @property
    def name(self) -> str:
        """The spelling used most, ties broken alphabetically so builds are stable."""
        if self.kind == "country":
            return country_name(self.key.upper())
        return min(self.names.items(), key=lambda item: (-item[1], item[0]))[0]

    @property
    def path(self) -> str:
        return dossier_path(self.kind, self.key)

    @property
    def role_list(self) -> list[str]:
        return [role for role, _ in sorted(self.roles.items(), key=lambda i: (-i[1], i[0]))]


@dataclass(slots=True)
class Catalog:
    briefings: list[Briefing]  # newest first
    entries: dict[str, dict[str, Entry]]  # kind -> key -> entry
    months: dict[str, list[Briefing]]  # "YYYY-MM" or "undated" -> newest first

    def sorted_entries(self, kind: str) -> list[Entry]:
        return sorted(self.entries[kind].values(), key=lambda e: (e.name.casefold(), e.key))

    def years(self) -> list[tuple[str, list[tuple[str, int]]]]:
        """Archive outline: each year, newest first, with its months and their counts."""
        by_year: dict[str, list[tuple[str, int]]] = {}
        for month in sorted((m for m in self.months if m != UNDATED), reverse=True):
            by_year.setdefault(month[:4], []).append((month, len(self.months[month])))
        return list(by_year.items())


def build_catalog(briefings: Iterable[Briefing]) -> Catalog:
    ordered = newest_first(briefings)
    entries: dict[str, dict[str, Entry]] = {kind: {} for kind in KINDS}
    months: dict[str, list[Briefing]] = {}
    for briefing in ordered:  # newest first, so every list below is too
        months.setdefault(month_key(briefing), []).append(briefing)
        for kind, key, name, role, country in mentions(briefing):
            entry = entries[kind].setdefault(key, Entry(kind, key, country=country))
            entry.names[name] += 1
            if role:
                entry.roles[role] += 1
            if not entry.briefings or entry.briefings[-1] is not briefing:
                entry.briefings.append(briefing)
        speakers = speaker_keys(briefing)
        for quote in briefing.quotes:
            said = speakers(quote.speaker) if quote.speaker else None
            if said and (person := entries["person"].get(said)):
                person.quotes.append((briefing, quote))
    _attach_places(entries)
    return Catalog(ordered, entries, months)


Mention = tuple[str, str, str, str | None, str | None]  # kind, key, name, role, country


def mentions(briefing: Briefing) -> list[Mention]:
    """Everything a briefing names; quoted speakers count as people named, with the
    role the quote gives them."""
    found: list[Mention] = []
    speakers = speaker_keys(briefing)
    for person in briefing.people:
        if key := person_key(briefing, person.name, person.id):
            found.append(("person", key, person.name, person.role, None))
    for quote in briefing.quotes:
        if quote.speaker and (key := speakers(quote.speaker)):
            found.append(("person", key, quote.speaker, quote.role, None))
    for org in briefing.organizations:
        found.append(("organization", org.id or name_slug(org.name), org.name, None, None))
    for place in briefing.places:
        key = place.id or place_slug(place.name, place.country)
        found.append(("place", key, place.name, None, place.country))
        if place.country:
            found.append(("country", place.country.lower(), place.country, None, None))
    for tag in briefing.tags:
        found.append(("tag", tag, tag, None, None))
    return found


def speaker_keys(briefing: Briefing) -> Callable[[str], str | None]:
    """A speaker's dossier key: the id of the person of that name in the briefing."""
    ids = {p.name: p.id for p in briefing.people if p.id}
    return lambda name: person_key(briefing, name, ids.get(name))


def person_key(briefing: Briefing, name: str, entity_id: str | None) -> str | None:
    """A person's dossier: their registry id. In a briefing resolved against the
    registry, a person left without one is a name the resolver could not tell (a bare
    surname of several people): named in the briefing, but given no dossier rather
    than another person's. A briefing from before the registry: by the name."""
    if entity_id:
        return entity_id
    resolved = (
        any(p.id for p in briefing.people)
        or any(o.id for o in briefing.organizations)
        or any(p.id for p in briefing.places)
    )
    return None if resolved else name_slug(name)


def _attach_places(entries: dict[str, dict[str, Entry]]) -> None:
    for key, place in entries["place"].items():
        if place.country:
            entries["country"][place.country.lower()].places[key] = place
