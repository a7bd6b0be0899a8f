"""People's roles: a head of state or government with the country the article names."""

from __future__ import annotations

import pytest

from generator.extract.people import office_of_country
from tests.extract_helpers import briefing_of


def roles(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in briefing_of(text).people}


def test_a_demonym_before_the_title_names_the_country() -> None:
    # business/157
    assert roles(
        "The charges are seen by supporters as politically motivated and part of a drive by "
        "Russian President Vladimir Putin to rein in the country's super-rich business "
        "leaders, the so-called oligarchs."
    ) == {"Vladimir Putin": "President of Russia"}


def test_a_country_in_an_apposition_names_it() -> None:
    # tech/001
    assert roles(
        'In an effort to live up to its reputation in the 1990s as "an island of democracy", '
        "the Kyrgyz President, Askar Akaev, pushed through the law requiring the use of ink "
        "during the upcoming Parliamentary and Presidential elections."
    ) == {"Askar Akaev": "President of Kyrgyzstan"}


def test_a_country_name_before_the_title_and_countries_said_with_the() -> None:
    # business/487
    found = roles(
        "UK Prime Minister Tony Blair and South African President Thabo Mbeki are among the "
        "more than 20 government leaders and heads of state leaders attending the meeting."
    )
    assert found["Tony Blair"] == "Prime Minister of the United Kingdom"
    assert found["Thabo Mbeki"] == "President of South Africa"


def test_the_title_alone_stays_the_title() -> None:
    # business/106
    assert roles(
        "Prime Minister Tony Blair has yet to name the date of the election, but most pundits "
        "are betting on 5 May."
    ) == {"Tony Blair": "Prime Minister"}


def test_a_later_mention_with_the_country_completes_a_bare_title() -> None:
    # the seed, then business/157
    found = roles(
        "Kim Jong Un is set to meet with President Vladimir Putin, according to US officials.\n\n"
        "The charges are seen by supporters as part of a drive by Russian President Vladimir "
        "Putin to rein in the country's super-rich business leaders."
    )
    assert found["Vladimir Putin"] == "President of Russia"


def test_other_offices_keep_their_words() -> None:
    # business/034: Britain's chancellor is its finance minister, not its head of government
    assert roles(
        "A tie-up, seen as Rover's last chance to save its Longbridge plant, has been pushed "
        "by UK Chancellor Gordon Brown."
    ) == {"Gordon Brown": "UK Chancellor"}


@pytest.mark.parametrize(
    ("words", "office"),
    [
        ("Russian President", "President of Russia"),
        ("French president", "President of France"),
        ("North Korean leader", None),  # "leader" is any party's or group's
        ("Turkish premier", "Premier of Turkey"),
        ("US president", "President of the United States"),
        ("Dutch prime minister", "Prime Minister of the Netherlands"),
        ("Palestinian President", None),  # no state's name to give
        ("British film director", None),
    ],
)
def test_offices_of_countries(words: str, office: str | None) -> None:
    assert office_of_country(words.split()) == office
