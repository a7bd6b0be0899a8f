"""Which spellings of a name are one name."""

from __future__ import annotations

import pytest

from generator.resolve import names


def test_case_accents_and_punctuation_are_one_key() -> None:
    assert names.key("George W. Bush") == names.key("GEORGE W BUSH") == "george w bush"
    assert names.key("Kim Jong-un") == names.key("Kim Jong Un")
    assert names.key("José Manuel Barroso") == names.key("Jose Manuel Barroso")
    assert names.key("Intel Corp.") == names.key("Intel") == "intel"
    assert names.key("The Guardian") == "guardian"


def test_middle_names_initials_and_titles_share_a_loose_key() -> None:
    loose = names.loose_key("George Bush")
    assert names.loose_key("George W. Bush") == loose
    assert names.loose_key("President George W Bush Jr") == loose
    assert names.loose_key("Mr George Walker Bush") == loose
    assert names.loose_key("Laura Bush") != loose


def test_surnames_and_initials() -> None:
    assert names.is_bare("Blair") and names.is_bare("Mr Blair")
    assert not names.is_bare("Tony Blair")
    assert names.surname("Mr Tony Blair") == "blair"
    assert names.initial_key("Tommy Bowe") == names.initial_key("T Bowe") == "t bowe"
    assert names.is_initialled("JF Sullivan") and not names.is_initialled("Ed Sullivan")


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("CNN President Jonathan Klein", "Jonathan Klein"),
        ("President Vladimir Putin", "Vladimir Putin"),
        ("Mr Blair", "Blair"),
        ("Renaud Donnedieu de Vabres", "Renaud Donnedieu de Vabres"),
        ("- Grady Smith", "Grady Smith"),
    ],
)
def test_a_persons_name_without_what_is_glued_to_it(written: str, name: str) -> None:
    assert names.person_name(written) == name


@pytest.mark.parametrize(
    "written", ["Brown / Blair", "Brown and Mr Blair", "Drogba 107", "Anthony became Lopez"]
)
def test_what_cannot_be_a_persons_name(written: str) -> None:
    assert names.person_name(written) is None


def test_acronyms_and_tails_of_organisations() -> None:
    assert names.acronym("Associated Press") == names.acronym("AP") == "ap"
    assert names.acronym("Advanced Micro Devices Inc.") == "amd"
    assert names.acronym("Reuters") is None
    assert "saints" in names.tails("New Orleans Saints")
