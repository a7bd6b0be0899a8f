"""Organisations whose names the shape of ordinary words hides (issue 13, item 3, branch
orgs4): a brand word of letters and digits ("ITV1", "1Xtra", "4Cast"). The sentences are
written for these tests, not taken from the annotated sets."""

from __future__ import annotations

from generator.extract.nlp import pipeline
from generator.extract.org_acronyms import defined_short_name
from generator.extract.org_shapes import brand_word
from generator.models import Briefing
from tests.extract_helpers import briefing_of


def orgs(b: Briefing) -> list[str]:
    return [o.name for o in b.organizations]


def test_a_word_of_letters_and_digits_with_a_capital_is_a_brand_not_a_figure() -> None:
    assert all(brand_word(w) for w in ("ITV1", "1Xtra", "4Cast", "BBC2"))
    assert not any(brand_word(w) for w in ("10m", "5bn", "1990s", "2004", "4km", "21st"))


def test_a_broadcaster_named_with_a_digit_is_kept() -> None:
    b = briefing_of('Mr Ortega told ITV1\'s Sunday programme: "We will not move."')
    assert "ITV1" in orgs(b)


def test_a_brand_word_after_a_frame_for_a_firm_is_an_organisation() -> None:
    b = briefing_of(
        '"Prices fell overnight," said Ann Lowe, senior market strategist at 7Trade.\n\n'
        "Tom Reed, a presenter on the BBC's music station 2Beat, played the record."
    )
    assert {"7Trade", "2Beat"} <= set(orgs(b))


def test_figures_with_units_are_no_organisation() -> None:
    b = briefing_of("The firm Harlow Mills made 10m pounds in the 1990s and 5bn since.")
    assert orgs(b) == ["Harlow Mills"]


def test_a_capitalised_word_in_brackets_after_a_body_is_its_short_name() -> None:
    b = briefing_of(
        "Exports rose, the state-run Peruvian Mining Board (Pemibo) reported on Monday.\n\n"
        "Pemibo expects prices to fall next year."
    )
    assert orgs(b) == ["Peruvian Mining Board"]


def test_initials_in_brackets_say_where_a_cut_name_ends() -> None:
    b = briefing_of(
        '"Sales are booming," said Ann Ford, head of the International Council of '
        "Shipping Brokers (ICSB), on Tuesday."
    )
    assert "International Council of Shipping Brokers" in orgs(b)
    assert "International Council" not in orgs(b)


def test_an_aside_in_brackets_is_no_short_name() -> None:
    assert defined_short_name_of("The club Fulham (London) won.") is None


def defined_short_name_of(text: str) -> tuple[str, str] | None:
    doc = pipeline()(text)
    span = next(e for e in doc.ents if e.text == "Fulham")
    found = defined_short_name(span)
    return None if found is None else (found[0].text, found[1])


def test_a_clubs_last_word_alone_is_that_club() -> None:
    b = briefing_of(
        "Paul Moss will stay at Bristol Rovers next season.\n\n"
        '"I want to stay at Rovers because I have improved here," he said.'
    )
    assert orgs(b) == ["Bristol Rovers"]
