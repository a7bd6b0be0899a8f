"""Organisations whose names the shape of ordinary words hides (issue 13, item 3, branch
orgs4): a brand word of letters and digits ("ITV1", "1Xtra", "4Cast"). The sentences are
written for these tests, not taken from the annotated sets."""

from __future__ import annotations

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
