"""People, places and organisations: each correction with a real sentence."""

from __future__ import annotations

from generator.extract import gazetteer
from generator.extract.organizations_data import canonical_organization
from tests.extract_helpers import briefing_of


def test_a_city_the_model_calls_a_person_is_a_place() -> None:
    b = briefing_of(
        "Reports suggest that Kim Jong Un may travel to Vladivostok, on Russia\u2019s Pacific "
        "coast, by armored train, which is not far from North Korea, to meet with Putin."
    )
    assert ("Vladivostok", "RU") in [(p.name, p.country) for p in b.places]
    assert "Vladivostok" not in [p.name for p in b.people]


def test_a_demonym_before_an_office_names_the_country() -> None:
    b = briefing_of(
        "Putin spoke during a press conference with Turkish leader Recep Tayyip Erdogan in Sochi."
    )
    assert ("Turkey", "TR", "Turkish") in [(p.name, p.country, p.as_written) for p in b.places]


def test_a_nationality_is_not_a_place() -> None:
    # entertainment/383
    b = briefing_of(
        "British film director Sir Alan Parker has been made an officer in the Order of Arts "
        "and Letters."
    )
    assert "United Kingdom" not in [p.name for p in b.places]
    assert [(p.name, p.role) for p in b.people] == [("Alan Parker", "British film director")]


def test_country_names_are_normalised() -> None:
    assert gazetteer.lookup("Britain").name == "United Kingdom"
    assert gazetteer.lookup("the United States").country == "US"
    assert gazetteer.lookup("DPRK").name == "North Korea"
    assert gazetteer.country_of_demonym("Welsh").country == "GB"


def test_short_mentions_join_the_full_name() -> None:
    # entertainment/383: "Mr de Vabres" is Renaud Donnedieu de Vabres.
    b = briefing_of(
        "Sir Alan received his decoration in Paris on Wednesday from French Culture Minister "
        'Renaud Donnedieu de Vabres. "You have explored the possibilities of film with an '
        'immense talent," Mr de Vabres said as he presented the award.'
    )
    assert "Renaud Donnedieu de Vabres" in [p.name for p in b.people]
    assert "de Vabres" not in [p.name for p in b.people]
    assert b.quotes[0].speaker == "Renaud Donnedieu de Vabres"


def test_role_in_an_apposition_after_the_name() -> None:
    # politics/001
    b = briefing_of(
        "But David Frost, director general of the British Chambers of Commerce, warned that "
        "many small firms could be hit by the move."
    )
    roles = {p.name: p.role for p in b.people}
    assert roles == {"David Frost": "director general of the British Chambers of Commerce"}


def test_organisation_aliases_are_one_body() -> None:
    assert canonical_organization("the EU") == "European Union"
    assert canonical_organization("EU") == canonical_organization("European Union")
    assert canonical_organization("Tories") == "Conservative Party"


def test_acronym_joins_its_full_name_in_the_same_article() -> None:
    # business/091
    b = briefing_of(
        "Standard & Poor's has classed Russian bonds as investment grade. S&P said the solidity "
        "of government finances outweighed the risk."
    )
    assert [o.name for o in b.organizations] == ["Standard & Poor's"]


def test_a_lowercase_ministry_is_an_organisation_with_its_country() -> None:
    b = briefing_of(
        "Furthermore, an official from Seoul\u2019s unification ministry emphasized the risk."
    )
    assert [o.name for o in b.organizations] == ["Unification Ministry (South Korea)"]


def test_headings_are_not_read_for_entities() -> None:
    b = briefing_of(
        "Seoul: Kim Jong Un is set to visit Russia later this month.\n"
        "Possible Armament Exchange\n"
        "The New York Times reported that Putin is seeking artillery shells."
    )
    assert [o.name for o in b.organizations] == ["New York Times"]


def test_the_full_name_in_an_appositive_wins() -> None:
    b = briefing_of(
        "The European Union's climate commissioner, Anders Holm, said the talks would resume."
    )
    assert [(p.name, p.role) for p in b.people] == [
        ("Anders Holm", "European Union climate commissioner")
    ]
    assert [(a.source, a.claim) for a in b.attributions] == [
        ("Anders Holm", "The talks would resume")
    ]


def test_president_stays_a_role_not_part_of_the_name() -> None:
    b = briefing_of("Kim is set to meet with President Vladimir Putin, according to US officials.")
    assert ("Vladimir Putin", "President") in [(p.name, p.role) for p in b.people]


def test_organisations_named_by_their_frame() -> None:
    # the repo's sample article (articles/2026-11-27-rotterdam-port-strike.md)
    b = briefing_of(
        '"We are not against new cranes," said Niek van Dijk, a spokesman for the FNV union.\n\n'
        "Shipping lines including Maersk said they were diverting some vessels to Antwerp "
        "and Hamburg. The Dutch economy ministry said it was monitoring the situation.\n\n"
        "Analysts at ING estimate that each day of disruption costs the Dutch economy about "
        "50 million euros."
    )
    names = sorted(o.name for o in b.organizations)
    assert names == ["Economy Ministry (Netherlands)", "FNV", "ING", "Maersk"]
    written = {o.name: o.as_written for o in b.organizations}
    assert written["Economy Ministry (Netherlands)"] == "Dutch economy ministry"
    sources = [a.source for a in b.attributions]
    assert "Dutch economy ministry" in sources  # the case as written


def test_a_union_glued_to_its_leader_is_split() -> None:
    # politics/357
    b = briefing_of(
        "But general secretary of the public services union Unison Dave Prentis criticised "
        "the plans."
    )
    assert "Dave Prentis" in [p.name for p in b.people]
    assert "Unison" in [o.name for o in b.organizations]


def test_a_product_named_after_its_maker_is_not_an_organisation() -> None:
    # tech/326
    b = briefing_of(
        "DVDs will be harder to copy thanks to new anti-piracy measures devised by copy "
        "protection firm Macrovision. Macrovision says its new RipGuard technology will thwart "
        "most, but not all, DVD ripping. Macrovision said RipGuard would also prevent against "
        '"rent, rip and return".\n'
    )
    names = [o.name for o in b.organizations]
    assert "Macrovision" in names and "RipGuard" not in names


def test_a_country_in_an_organisation_name_does_not_make_it_a_place() -> None:
    # business/453
    b = briefing_of("The US Federal Reserve said output from factories rose in the US.")
    assert "Federal Reserve" in [o.name for o in b.organizations]


def test_port_of_a_city_and_city_states() -> None:
    b = briefing_of(
        "Dock workers at the port of Rotterdam extended their strike. Shipping lines said "
        "they were diverting some vessels to Antwerp and Hamburg, a message to Washington."
    )
    kinds = {p.name: (p.country, p.kind) for p in b.places}
    assert kinds["Rotterdam"] == ("NL", "city")
    assert kinds["Hamburg"] == ("DE", "city")
    assert kinds["Washington"] == ("US", "city")
