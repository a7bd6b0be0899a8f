"""Places, organisations and people by context (issue 13): a place named with its state
or country is that one; directions are not places; a company is not a city; titles of
works are neither organisations nor people; names that cannot be one person are not."""

from __future__ import annotations

from generator.extract import gazetteer
from tests.extract_helpers import briefing_of


def _places(text: str) -> dict[str, str | None]:
    return {p.name: p.country for p in briefing_of(text).places}


def test_a_place_with_its_state_is_that_states() -> None:
    b = briefing_of("The former president flew to Palm Beach, Florida, on Friday.")
    places = {p.name: p for p in b.places}
    assert places["Palm Beach"].country == "US"
    assert places["Florida"].country == "US"
    # too small for the gazetteer: kept, in the state's country, for a reviewer to check
    assert places["Palm Beach"].unsure is not None


def test_a_place_with_its_country_is_that_countrys() -> None:
    places = _places("The summit was held in Birmingham, Alabama, last week.")
    assert places.get("Birmingham") == "US"


def test_st_petersburg_is_russias_unless_the_context_says_florida() -> None:
    assert _places("The president spoke in St Petersburg on Monday.") == {"Saint Petersburg": "RU"}
    assert _places("The storm hit St Petersburg, Florida, on Monday.").get("St Petersburg") in {
        None,
        "US",
    }
    assert gazetteer.lookup_within("St Petersburg", "Florida").country == "US"


def test_a_list_of_countries_is_no_qualified_place() -> None:
    places = _places("Exports to Germany, Britain and France fell by a tenth in March.")
    assert places == {"Germany": "DE", "United Kingdom": "GB", "France": "FR"}


def test_directions_are_not_places() -> None:
    places = _places("Relations between Russia and the West have cooled since the war began.")
    assert places == {"Russia": "RU"}


def test_a_car_maker_is_not_a_city() -> None:
    b = briefing_of(
        "Toyota recalled 1.2 million cars in Europe on Tuesday. Toyota's profits fell 10% "
        "in the last quarter."
    )
    assert "Toyota" not in {p.name for p in b.places}
    assert "Toyota" in {o.name for o in b.organizations}


def test_titles_of_works_are_neither_organisations_nor_people() -> None:
    b = briefing_of(
        "The film Lost Horizon, directed by Frank Capra, opened in New York. Broken Arrow, "
        "starring John Travolta, followed a month later."
    )
    names = {p.name for p in b.people} | {o.name for o in b.organizations}
    assert "Lost Horizon" not in names and "Broken Arrow" not in names
    assert {"Frank Capra", "John Travolta"} <= {p.name for p in b.people}


def test_coordinated_organisations_are_split() -> None:
    b = briefing_of("Shares in Vodafone, Siemens and Nokia fell after the report on Monday.")
    names = {o.name for o in b.organizations}
    assert "Vodafone, Siemens" not in names
    assert not any("," in name for name in names)


def test_names_that_cannot_be_one_person_are_not_people() -> None:
    b = briefing_of(
        "Posters saying Vote Blair went up in Sedgefield. The Brown / Blair feud went on.\n\n"
        "Hitler was born in Braunau am Inn in 1889.\n\n"
        "Reporting by Tom Hale and Ana Ruiz; Editing by Ken Wills"
    )
    names = {p.name for p in b.people}
    assert not any("/" in n or " and " in n or n.startswith("Vote") for n in names)
    assert "Inn" not in names
    assert not {"Tom Hale", "Ana Ruiz", "Ken Wills"} & names


def test_a_one_word_person_is_marked_unsure_and_a_full_name_is_not() -> None:
    b = briefing_of(
        '"The album is our best," said Sting, who met Paul McCartney in London. '
        '"It was fun," Mr McCartney told the BBC.'
    )
    unsure = {p.name: p.unsure for p in b.people}
    assert unsure.get("Sting") == "a one-word name"
    assert unsure.get("Paul McCartney") is None
