"""Resolving the entities of briefings against the registry: one identity per entity."""

from __future__ import annotations

from generator.identity import Entity, EntityStatus, Registry
from generator.models import Briefing, Organization, Person, Place, Quote, Source
from generator.resolve import Index, Resolver, consolidate, resolve_briefing


def briefing(n: int, people=(), orgs=(), places=(), quotes=()) -> Briefing:
    return Briefing(
        id=f"b{n}",
        title=f"Story {n}",
        source=Source(path=f"{n}.txt", sha256="0" * 64, format="text", words=10),
        people=[Person(name=p) for p in people],
        organizations=[Organization(name=o) for o in orgs],
        places=[Place(name=p, country=c) for p, c in places],
        quotes=list(quotes),
    )


def resolver(*entities: Entity) -> Resolver:
    return Resolver(Index(Registry(entities=list(entities))))


def ids(b: Briefing) -> list[tuple[str, str | None]]:
    return [(p.name, p.id) for p in [*b.people, *b.organizations, *b.places]]


def test_new_names_become_drafts_and_variants_find_them() -> None:
    r = resolver()
    first = resolve_briefing(r, briefing(1, people=["George W. Bush"]))
    second = resolve_briefing(r, briefing(2, people=["George W Bush", "George Bush"]))
    [(name, bush)] = ids(first)
    assert name == "George W. Bush" and r.index.entities[bush].status == EntityStatus.draft
    assert ids(second) == [("George W. Bush", bush)]  # one item, the canonical name
    assert "George Bush" in r.index.entities[bush].aliases


def test_context_keeps_two_people_of_one_surname_apart() -> None:
    r = resolver()
    for n in range(3):
        resolve_briefing(r, briefing(n, ["Gordon Brown", "Tony Blair"], ["Treasury"]))
        resolve_briefing(r, briefing(10 + n, ["Dan Brown"], ["Random House"]))
    politics = resolve_briefing(r, briefing(20, ["Brown", "Tony Blair"], ["Treasury"]))
    novels = resolve_briefing(r, briefing(21, ["Brown"], ["Random House"]))
    assert ("Gordon Brown", "gordon-brown") in ids(politics)
    assert ("Dan Brown", "dan-brown") in ids(novels)


def test_a_bare_surname_nothing_tells_apart_gets_no_identity() -> None:
    r = resolver()
    resolve_briefing(r, briefing(1, ["Gordon Brown"]))
    resolve_briefing(r, briefing(2, ["Dan Brown"]))
    unsure = resolve_briefing(r, briefing(3, ["Brown"]))
    assert ids(unsure) == [("Brown", None)]
    assert len(r.index.entities) == 2


def test_a_bare_surname_met_first_is_merged_into_the_full_name() -> None:
    r = resolver()
    resolve_briefing(r, briefing(1, ["Blair"], ["Labour Party"]))
    resolve_briefing(r, briefing(2, ["Tony Blair"], ["Labour Party"]))
    [merged] = consolidate(r)
    assert merged.name == "Blair" and merged.merged_into == "tony-blair"


def test_editors_decisions_are_followed() -> None:
    r = resolver(
        Entity(id="bill-clinton", kind="person", name="Bill Clinton"),
        Entity(
            id="william-clinton", kind="person", name="William Clinton", merged_into="bill-clinton"
        ),
        Entity(id="vote-blair", kind="person", name="Vote Blair", status="not-an-entity"),
        Entity(id="apple", kind="organization", name="Apple Inc", status="confirmed"),
    )
    said = Quote(text="Hello", speaker="William Clinton")
    done = resolve_briefing(r, briefing(1, ["William Clinton", "Vote Blair"], quotes=[said]))
    assert ids(done) == [("Bill Clinton", "bill-clinton")]
    assert done.quotes[0].speaker == "Bill Clinton"
    # the kind an editor set wins: a "person" Apple (by id, or by name) is the company
    hinted = briefing(2).model_copy(update={"people": [Person(name="Apple", id="apple")]})
    assert resolve_briefing(r, hinted).organizations == [
        Organization(name="Apple Inc", as_written="Apple", id="apple")
    ]
    assert ids(resolve_briefing(r, briefing(3, ["Apple Inc"]))) == [("Apple Inc", "apple")]


def test_initials_and_organisations_by_initials_or_club_name() -> None:
    r = resolver()
    resolve_briefing(r, briefing(1, ["Tommy Bowe"], ["Associated Press", "New Orleans Saints"]))
    later = resolve_briefing(r, briefing(2, ["T Bowe"], ["AP", "Saints"]))
    assert ids(later) == [
        ("Tommy Bowe", "tommy-bowe"),
        ("Associated Press", "associated-press"),
        ("New Orleans Saints", "new-orleans-saints"),
    ]


def test_places_of_one_name_in_two_countries_are_two() -> None:
    r = resolver()
    us = resolve_briefing(r, briefing(1, places=[("Georgia", "US")]))
    ge = resolve_briefing(r, briefing(2, places=[("Georgia", "GE")]))
    assert ids(us) == [("Georgia", "georgia-us")] and ids(ge) == [("Georgia", "georgia-ge")]


def test_a_surname_taken_for_a_company_is_the_person() -> None:
    r = resolver()
    done = resolve_briefing(r, briefing(1, ["Terry White"], ["White"]))
    assert ids(done) == [("Terry White", "terry-white")]


def test_an_editors_rename_keeps_the_old_name_as_alias() -> None:
    r = resolver(Entity(id="gordon-brown", kind="person", name="James Gordon Brown"))
    r.keep_old_name(r.index.entities["gordon-brown"], "Gordon Brown")
    done = resolve_briefing(r, briefing(1, ["Gordon Brown"]))
    assert ids(done) == [("James Gordon Brown", "gordon-brown")]


def test_a_surname_decided_tells_the_next_one_in_the_same_briefing() -> None:
    """ "Edwards" decided by the briefing's places is Gareth Edwards, and he points
    "Robinson" to Andy Robinson, named with him: decided in the same run, so that the
    briefing, resolved again with its ids, stays as it is (the BBC Wales squad story
    flipped on a second ingest)."""
    r = resolver()
    for n, names, places in [
        (1, ["Gareth Edwards"], [("Llanelli", "GB")]),
        (2, ["Jonathan Edwards"], [("London", "GB")]),
        (3, ["Andy Robinson"], [("Twickenham", "GB")]),
        (4, ["Jason Robinson"], [("Leeds", "GB")]),
        (5, ["Gareth Edwards"], [("Wales", "GB")]),
        (6, ["Andy Robinson", "Gareth Edwards"], []),
    ]:
        resolve_briefing(r, briefing(n, names, places=places))
    first = resolve_briefing(r, briefing(7, ["Edwards", "Robinson"], places=[("Wales", "GB")]))
    assert ("Gareth Edwards", "gareth-edwards") in ids(first)
    assert ("Andy Robinson", "andy-robinson") in ids(first)
    assert resolve_briefing(r, first) == first
