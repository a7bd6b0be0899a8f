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
