"""A surname the body writes alone is the full name the headline gives it."""

from __future__ import annotations

from generator.identity import Registry
from generator.models import Briefing, Organization, Person, Source
from generator.resolve import Index, Resolver, resolve_briefing
from generator.resolve.headline_names import full_names, in_headline_case


def briefing(title: str, people: tuple[str, ...] = (), orgs: tuple[str, ...] = ()) -> Briefing:
    return Briefing(
        id="b",
        title=title,
        source=Source(path="b.txt", sha256="0" * 64, format="text", words=10),
        people=[Person(name=p) for p in people],
        organizations=[Organization(name=o) for o in orgs],
    )


def test_the_headline_gives_the_full_name_shortest_first_without_an_initial_first() -> None:
    assert full_names("Odile Brasseur's plan, explained", "Brasseur") == ["Odile Brasseur"]
    assert full_names("Club Signs Tomas Varga As Coach", "Varga") == [
        "Tomas Varga",
        "Signs Tomas Varga",
        "Club Signs Tomas Varga",
    ]
    assert full_names("owner Jan K. Mierzwa sells", "Mierzwa") == ["Jan K. Mierzwa"]
    assert full_names("Varga stays", "Varga") == []


def test_headline_case_is_every_long_word_capitalised() -> None:
    assert in_headline_case("Club Signs Tomas Varga As Coach")
    assert not in_headline_case("Tomas Varga signs for the club")


def test_a_bare_surname_under_a_sentence_headline_is_the_headlines_person() -> None:
    r = Resolver(Index(Registry()))
    done = resolve_briefing(
        r, briefing("Odile Brasseur, reef scientist, wins prize", people=("Brasseur",))
    )
    assert [(p.name, p.id) for p in done.people] == [("Odile Brasseur", "odile-brasseur")]


def test_under_a_headline_case_headline_only_a_known_person_is_taken() -> None:
    r = Resolver(Index(Registry()))
    unknown = resolve_briefing(r, briefing("Club Signs Tomas Varga As Coach", people=("Varga",)))
    assert [p.name for p in unknown.people] == ["Varga"]
    resolve_briefing(r, briefing("Coaches", people=("Tomas Varga",)))
    known = resolve_briefing(r, briefing("Club Signs Tomas Varga As Coach", orgs=("Varga",)))
    assert [(p.name, p.id) for p in known.people] == [("Tomas Varga", "tomas-varga")]
    assert known.organizations == []
