"""A briefing's people, organisations, places and speakers resolved against the
registry: each carries its entry's id and canonical name, two names of one entity
become one item, an item whose entry is "not an entity" goes, and one whose entry
changed kind moves to that kind's list.

Items a person edited in the briefing are left as they are: the registry decides for
what the generator wrote, the editor of a briefing for what they wrote.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator.identity import Entity, EntityKind
from generator.models import Briefing, Organization, Person, Place, Quote
from generator.resolve import headline_names, names, org_names
from generator.resolve.resolver import REMOVED, UNSURE, Mention, Outcome, Resolver

FIELDS: dict[str, EntityKind] = {
    "people": "person",
    "organizations": "organization",
    "places": "place",
}
Item = Person | Organization | Place
Editable = Callable[[str, Any], bool]  # (field, item) -> may the registry change it


def generated(_field: str, _item: Any) -> bool:
    """A fresh draft: every item is the generator's."""
    return True


def resolve_briefing(
    resolver: Resolver, briefing: Briefing, editable: Editable = generated
) -> Briefing:
    return resolve_items(resolver, briefing, editable)[0]


def resolve_items(
    resolver: Resolver, briefing: Briefing, editable: Editable = generated
) -> tuple[Briefing, dict[tuple[str, int], str | None]]:
    """The resolved briefing, and the entry id each item (field, index) went to (None:
    left as it was or removed)."""
    mentions: dict[tuple[str, int], Mention] = {}
    people = _people_by_key(briefing)
    longer = _organizations_by_tail(briefing)
    for field, kind in FIELDS.items():
        for i, item in enumerate(getattr(briefing, field)):
            if not editable(field, item):
                continue
            person = people.get(names.key(item.name)) if field == "organizations" else None
            if person is None and item.id is None and field != "places":
                person = _named_in_headline(resolver, briefing.title, item.name, field)
            if person is not None and item.id is None:
                # "White" as an organisation in an article about Terry White: the model
                # took the person's surname for a company.
                mentions[(field, i)] = Mention("person", person)
                continue
            country = item.country if isinstance(item, Place) else None
            name = longer.get(names.key(item.name), item.name) if item.id is None else item.name
            mentions[(field, i)] = Mention(
                kind, name if field == "organizations" else item.name, country, item.id
            )
    outcomes = _decide(resolver, mentions)
    lists: dict[str, list[Item]] = {field: [] for field in FIELDS}
    for field in FIELDS:
        for i, item in enumerate(getattr(briefing, field)):
            outcome = outcomes.get((field, i), item)
            if outcome == REMOVED:
                continue
            if isinstance(outcome, Entity):
                target = next(f for f, k in FIELDS.items() if k == outcome.kind)
                _add(lists[target], _as_item(outcome, item))
            else:
                _add(lists[field], item)
    spoken = {mentions[(f, i)].name: outcomes[(f, i)] for f, i in mentions if f == "people"}
    quotes = [_speaker(resolver, q, spoken, editable) for q in briefing.quotes]
    _add_speakers(resolver, quotes, lists["people"])
    ids = {i.id for items in lists.values() for i in items if i.id}
    resolver.index.note_together(ids)
    chosen = {at: o.id if isinstance(o, Entity) else None for at, o in outcomes.items()}
    return briefing.model_copy(update={**lists, "quotes": quotes}), chosen


def _people_by_key(briefing: Briefing) -> dict[str, str]:
    """The people of the briefing by key, full name and surname."""
    found: dict[str, str] = {}
    for person in briefing.people:
        name = names.person_name(person.name)
        if name is None:
            continue
        found.setdefault(names.key(name), person.name)
        if not names.is_bare(name):
            found.setdefault(names.surname(name), person.name)
    return found


def _named_in_headline(resolver: Resolver, title: str, name: str, field: str) -> str | None:
    """The full name the headline gives a surname the body writes alone: one the
    registry knows as a person's, or (for a person, under a headline written as a
    sentence) the headline's own."""
    if not names.is_bare(name) or name.isupper():
        return None
    index = resolver.index
    candidates = [
        c
        for c in (names.person_name(n) for n in headline_names.full_names(title, name))
        if c is not None and not names.is_bare(c)
    ]
    for candidate in candidates:
        loose = index.roots(index.by_loose.get(names.loose_key(candidate), []), "person")
        if index.by_name("person", candidate) or len(loose) == 1:
            return candidate
    if field == "people" and candidates and not headline_names.in_headline_case(title):
        return candidates[0]
    return None


def _organizations_by_tail(briefing: Briefing) -> dict[str, str]:
    """ "Navy" in a story that names the Indian Navy is the Indian Navy: an
    organisation's short name, by key, to the one full name of the story that is it
    with a place or nationality before it ("Indian", "U.S.", "Los Angeles"), or that
    is it followed by "of ..." ("Academy" for the Academy of Motion Picture Arts and
    Sciences)."""
    found: dict[str, set[str]] = {}
    for organization in briefing.organizations:
        words = organization.name.split()
        for i in range(1, len(words)):
            if names.is_place_word(" ".join(words[:i])):
                found.setdefault(names.key(" ".join(words[i:])), set()).add(organization.name)
        if head := org_names.head(organization.name):
            found.setdefault(head, set()).add(organization.name)  # "Academy": Academy of ...
    return {short: next(iter(full)) for short, full in found.items() if len(full) == 1}


def _decide(resolver: Resolver, mentions: dict[tuple[str, int], Mention]) -> dict[Any, Outcome]:
    """Clear cases first; then the ambiguous ones with what the clear ones tell, and
    again with what those decided tell, until a pass decides nothing more; only then
    is a name left unsure (or made a new entry).

    One pass is not enough: once written, a decided name carries its id, so the next
    run finds it clear from the start, and it tells the names left unsure more
    ("Edwards" decided as Gareth Edwards points "Robinson" to the Robinson named with
    him): the same article would give another briefing on a second ingest."""
    outcomes = {at: resolver.resolve(m, set(), create=False) for at, m in mentions.items()}
    pending = [at for at, outcome in outcomes.items() if outcome is None]
    create = False  # whether a pass may give up on a name: unsure, or a new entry
    while pending:
        context = {o.id for o in outcomes.values() if isinstance(o, Entity)}
        for at in pending:
            outcomes[at] = resolver.resolve(mentions[at], context, create)
        left = [at for at in pending if outcomes[at] is None or outcomes[at] == UNSURE]
        if len(left) == len(pending) and create:
            break  # nothing more to learn: these stay unsure
        create = len(left) == len(pending)
        pending = left
    return outcomes


def _as_item(entity: Entity, item: Item) -> Item:
    if entity.kind == "person":
        role = item.role if isinstance(item, Person) else None
        return Person(name=entity.name, role=role, id=entity.id)
    if entity.kind == "organization":
        written = item.as_written if isinstance(item, Organization | Place) else None
        if written is None and item.name != entity.name:
            written = item.name
        return Organization(name=entity.name, as_written=written, id=entity.id)
    place = item if isinstance(item, Place) else Place(name=entity.name, country=None)
    written = place.as_written or (place.name if place.name != entity.name else None)
    return place.model_copy(
        update={
            "name": entity.name,
            "country": entity.country or place.country,
            "as_written": written,
            "id": entity.id,
        }
    )


def _add(items: list[Item], item: Item) -> None:
    """One item per entity: a second name of it adds only what the first lacked."""
    for i, other in enumerate(items):
        if item.id is not None and other.id == item.id:
            if isinstance(other, Person) and isinstance(item, Person) and not other.role:
                items[i] = other.model_copy(update={"role": item.role})
            return
    items.append(item)


def _add_speakers(resolver: Resolver, quotes: list[Quote], people: list[Item]) -> None:
    """A speaker is one of the briefing's people: their dossier is found through them."""
    named = {p.name for p in people}
    for quote in quotes:
        if quote.speaker and quote.speaker not in named:
            found = resolver.index.by_name("person", quote.speaker)
            if found:
                _add(people, Person(name=found[0].name, role=quote.role, id=found[0].id))
                named.add(quote.speaker)


def _speaker(
    resolver: Resolver, quote: Quote, spoken: dict[str, Outcome], editable: Editable
) -> Quote:
    if not quote.speaker or not editable("quotes", quote):
        return quote
    outcome = spoken.get(quote.speaker)
    if outcome is None:
        outcome = resolver.resolve(Mention("person", quote.speaker), set())
    if outcome == REMOVED:
        return quote.model_copy(update={"speaker": None, "role": None})
    if isinstance(outcome, Entity) and outcome.kind == "person":
        return quote.model_copy(update={"speaker": outcome.name})
    return quote
