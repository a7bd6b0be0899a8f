"""The seed article's briefing has what issue 3 asks of it."""

from __future__ import annotations

import pytest

from generator.models import Briefing
from tests.extract_helpers import seed_briefing


@pytest.fixture(scope="module")
def seed() -> Briefing:
    return seed_briefing()


def test_four_people_with_their_roles(seed: Briefing) -> None:
    roles = {p.name: p.role for p in seed.people}
    assert roles == {
        "Kim Jong Un": "North Korean leader",
        "Vladimir Putin": "President",
        "Adrienne Watson": "White House National Security Council spokeswoman",
        "Recep Tayyip Erdogan": "Turkish leader",
    }


def test_places_carry_iso_codes(seed: Briefing) -> None:
    codes = {p.name: p.country for p in seed.places}
    assert codes["Vladivostok"] == "RU"  # the model tags it as a person
    assert codes["Sochi"] == "RU"
    assert codes["Turkey"] == "TR"  # from "Turkish leader"
    assert codes["United Kingdom"] == "GB"  # written "Britain"
    assert codes["Seoul"] == "KR" and codes["Pyongyang"] == "KP"
    written = {p.name: p.as_written for p in seed.places}
    assert written["United Kingdom"] == "Britain" and written["Turkey"] == "Turkish"


def test_organisations_are_normalised_and_none_come_from_headings(seed: Briefing) -> None:
    names = [o.name for o in seed.organizations]
    assert names == [
        "White House National Security Council",
        "New York Times",
        "UN Security Council",
        "Unification Ministry (South Korea)",
    ]
    assert not any("Armament" in n or "Sanctions" in n for n in names)


def test_both_quotes_with_their_speakers(seed: Briefing) -> None:
    watson, ministry = seed.quotes
    assert watson.text == "arms negotiations between Russia and the DPRK are actively advancing"
    assert watson.speaker == "Adrienne Watson"
    assert (watson.section, watson.paragraph) == (1, 1)
    assert ministry.text == "growing possibility"
    assert ministry.speaker is None
    assert ministry.role == "official from Seoul\u2019s unification ministry"
    assert (ministry.section, ministry.paragraph) == (3, 1)


def test_attributions_to_officials_the_times_analysts_and_experts(seed: Briefing) -> None:
    sources = [a.source for a in seed.attributions]
    assert {"US officials", "The New York Times", "analysts", "experts"} <= set(sources)
    times = next(a for a in seed.attributions if a.source == "The New York Times")
    assert times.claim.startswith("Putin is seeking artillery shells and antitank missiles")


def test_dates_without_false_ones_from_may(seed: Briefing) -> None:
    dates = {d.text: d for d in seed.dates}
    assert set(dates) == {"later this month", "February 2022"}
    assert dates["February 2022"].date == "2022-02"
    assert dates["February 2022"].refers_to == "Russia\u2019s invasion"


def test_three_to_five_key_points_with_locators(seed: Briefing) -> None:
    assert 3 <= len(seed.key_points) <= 5
    for point in seed.key_points:
        section = seed.sections[point.section - 1]
        assert point.text.split()[0] in section.paragraphs[point.paragraph - 1]
    assert point.text not in seed.summary


def test_generated_headline_and_tags(seed: Briefing) -> None:
    assert seed.title == "North Korean leader Kim Jong Un set to visit Russia to meet Putin"
    assert {"sanctions", "arms-trade"} <= set(seed.tags)
    assert not {"russia", "north-korea", "kim-jong-un", "putin"} & set(seed.tags)  # dossiers


def test_output_is_deterministic(seed: Briefing) -> None:
    assert seed_briefing().model_dump() == seed.model_dump()
