"""The spellings of one entity that differ by more than punctuation: a diminutive of
the given name, a country or region after a company's name, a nationality before a
person's, a short name of an organisation the story names in full, British and
American spelling. And the names that must stay apart."""

from __future__ import annotations

from generator.identity import Registry
from generator.models import Briefing, Organization, Person, Source
from generator.resolve import Index, Resolver, consolidate, resolve_briefing
from generator.resolve.given_names import same_given_name
from generator.resolve.names import key, org_core, person_name


def briefing(n: int, people: tuple[str, ...] = (), orgs: tuple[str, ...] = ()) -> Briefing:
    return Briefing(
        id=f"b{n}",
        title=f"Story {n}",
        source=Source(path=f"{n}.txt", sha256="0" * 64, format="text", words=10),
        people=[Person(name=p) for p in people],
        organizations=[Organization(name=o) for o in orgs],
    )


def one_id(r: Resolver, b: Briefing) -> str:
    resolved = resolve_briefing(r, b)
    [item] = [*resolved.people, *resolved.organizations]
    assert item.id is not None
    root = r.index.root(item.id)
    assert root is not None
    return root.id


def test_a_diminutive_of_the_given_name_is_the_same_person_both_ways() -> None:
    r = Resolver(Index(Registry()))
    full = one_id(r, briefing(1, people=("Theodore Quillfeather",)))
    assert one_id(r, briefing(2, people=("Ted Quillfeather",))) == full
    r = Resolver(Index(Registry()))
    short = one_id(r, briefing(1, people=("Bob Marchetti-Vance",)))
    assert one_id(r, briefing(2, people=("Robert Marchetti-Vance",))) == short


def test_two_different_given_names_of_one_surname_stay_apart() -> None:
    r = Resolver(Index(Registry()))
    hillary = one_id(r, briefing(1, people=("Hillary Quillfeather",)))
    assert one_id(r, briefing(2, people=("Bill Quillfeather",))) != hillary


def test_a_diminutive_shared_by_two_people_of_the_surname_decides_nothing() -> None:
    r = Resolver(Index(Registry()))
    a = one_id(r, briefing(1, people=("Alexander Pemberly",)))
    b = one_id(r, briefing(2, people=("Alexandra Pemberly",)))
    alex = one_id(r, briefing(3, people=("Alex Pemberly",)))
    assert a != b and alex not in (a, b)


def test_given_names_compare_a_name_with_its_diminutive_only() -> None:
    assert same_given_name("frederick", "fred") and same_given_name("fred", "frederick")
    assert same_given_name("william", "bill")
    assert not same_given_name("will", "fred")  # one length: not a name and its diminutive
    assert not same_given_name("bill", "hillary")
    assert not same_given_name("f", "frederick")


def test_a_country_or_region_after_a_company_name_is_the_company() -> None:
    r = Resolver(Index(Registry()))
    company = one_id(r, briefing(1, orgs=("Zentrix Mobile USA",)))
    assert one_id(r, briefing(2, orgs=("Zentrix Mobile",))) == company
    assert one_id(r, briefing(3, orgs=("Zentrix Mobile UK Ltd",))) == company
    r = Resolver(Index(Registry()))
    company = one_id(r, briefing(1, orgs=("Halvorsen",)))
    assert one_id(r, briefing(2, orgs=("Halvorsen Group",))) == company
    assert one_id(r, briefing(3, orgs=("Halvorsen Germany",))) == company


def test_a_country_that_is_part_of_the_name_is_kept() -> None:
    assert org_core("Bank of America") is None  # after "of"
    assert org_core("Air France") is None  # the country is who it is
    assert org_core("Papua New Guinea") is None  # a country's own name
    assert org_core("Quorvia International") == "quorvia"
    r = Resolver(Index(Registry()))
    air = one_id(r, briefing(1, orgs=("Air",)))
    assert one_id(r, briefing(2, orgs=("Air France",))) != air


def test_two_arms_of_one_name_in_two_countries_are_not_merged_with_each_other() -> None:
    r = Resolver(Index(Registry()))
    us = one_id(r, briefing(1, orgs=("Zentrix Mobile USA",)))
    uk = one_id(r, briefing(2, orgs=("Zentrix Mobile UK",)))
    assert us != uk


def test_a_nationality_before_a_name_is_not_part_of_it() -> None:
    assert person_name("Canadian Odile Brasseur") == "Odile Brasseur"
    assert person_name("French Montana") == "French Montana"  # two words: a name
    r = Resolver(Index(Registry()))
    person = one_id(r, briefing(1, people=("Odile Brasseur",)))
    assert one_id(r, briefing(2, people=("Canadian Odile Brasseur",))) == person


def test_a_person_taken_for_an_organisation_with_a_nationality_is_the_person() -> None:
    r = Resolver(Index(Registry()))
    first = one_id(r, briefing(1, orgs=("Canadian Odile Brasseur",)))
    person = one_id(r, briefing(2, people=("Odile Brasseur",)))
    consolidate(r)
    assert r.index.root(first) is r.index.entities[person]
    assert one_id(r, briefing(3, orgs=("Canadian Odile Brasseur",))) == person


def test_a_short_name_is_the_organisation_the_story_names_in_full() -> None:
    r = Resolver(Index(Registry()))
    resolve_briefing(r, briefing(1, orgs=("Chilean Coast Guard",)))
    resolve_briefing(r, briefing(2, orgs=("Peruvian Coast Guard",)))
    story = resolve_briefing(r, briefing(3, orgs=("Coast Guard", "Chilean Coast Guard")))
    assert [(o.name, o.id) for o in story.organizations] == [
        ("Chilean Coast Guard", "chilean-coast-guard")
    ]


def test_a_short_name_goes_where_the_story_context_points() -> None:
    r = Resolver(Index(Registry()))
    resolve_briefing(r, briefing(1, ["Ines Montalvo"], ["Chilean Coast Guard"]))
    resolve_briefing(r, briefing(2, ["Rafael Quispe"], ["Peruvian Coast Guard"]))
    story = resolve_briefing(r, briefing(3, ["Ines Montalvo"], ["Coast Guard"]))
    assert story.organizations[0].id == "chilean-coast-guard"
    unclear = resolve_briefing(r, briefing(4, orgs=("Coast Guard",)))
    assert unclear.organizations[0].id not in ("chilean-coast-guard", "peruvian-coast-guard")


def test_british_and_american_spellings_are_one_name() -> None:
    assert key("Larkspur Treatment Centre") == key("Larkspur Treatment Center")
    assert key("Ministry of Defence") == key("Ministry of Defense")
    assert key("Labour Party") != key("Labor Party")  # two parties, not two spellings


def test_a_short_name_met_before_the_full_one_joins_it_by_context() -> None:
    r = Resolver(Index(Registry()))
    early = one_id(r, briefing(1, orgs=("Coast Guard",)))
    resolve_briefing(r, briefing(2, ["Ines Montalvo"], ["Coast Guard"]))
    resolve_briefing(r, briefing(3, ["Ines Montalvo"], ["Chilean Coast Guard"]))
    resolve_briefing(r, briefing(4, ["Rafael Quispe"], ["Peruvian Coast Guard"]))
    consolidate(r)
    root = r.index.root(early)
    assert root is not None and root.id == "chilean-coast-guard"


def test_a_short_name_no_context_points_from_stays_its_own() -> None:
    r = Resolver(Index(Registry()))
    early = one_id(r, briefing(1, orgs=("Coast Guard",)))
    resolve_briefing(r, briefing(3, ["Ines Montalvo"], ["Chilean Coast Guard"]))
    resolve_briefing(r, briefing(4, ["Rafael Quispe"], ["Peruvian Coast Guard"]))
    consolidate(r)
    root = r.index.root(early)
    assert root is not None and root.id == early


def test_initials_several_names_spell_go_where_the_context_points() -> None:
    r = Resolver(Index(Registry()))
    resolve_briefing(r, briefing(1, ["Ines Montalvo"], ["Meridian Broadcasting"]))
    resolve_briefing(r, briefing(2, ["Rafael Quispe"], ["Marlowe Brewing"]))
    story = resolve_briefing(r, briefing(3, ["Ines Montalvo"], ["MB"]))
    assert story.organizations[0].id == "meridian-broadcasting"
    unclear = resolve_briefing(r, briefing(4, orgs=("MB",)))
    assert unclear.organizations[0].id not in ("meridian-broadcasting", "marlowe-brewing")
