"""Where names begin and end, and what kind they are, read from the words around them
(generator/extract/person_cues.py, entities.py, organizations.py, org_patterns.py).
Each test is a sentence written for the rule, not a line of the corpus."""

from __future__ import annotations

from generator.models import Briefing
from tests.extract_helpers import briefing_of


def people(b: Briefing) -> list[str]:
    return [p.name for p in b.people]


def orgs(b: Briefing) -> list[str]:
    return [o.name for o in b.organizations]


def test_an_occupation_before_a_one_word_name_makes_it_a_person() -> None:
    b = briefing_of(
        "Parents tried to stop rapper Nelly performing in the city. Nelly has sold more "
        "than 30 million records."
    )
    assert "Nelly" in people(b)
    assert "Nelly" not in orgs(b)
    assert next(p.role for p in b.people if p.name == "Nelly") == "rapper"


def test_an_occupation_opening_the_sentence_is_not_part_of_the_name() -> None:
    b = briefing_of("Rapper Tom Barker remains the favourite to win the series.")
    assert people(b) == ["Tom Barker"]


def test_honours_after_a_name_are_dropped_and_make_it_a_person() -> None:
    b = briefing_of(
        "The new chairman of the Law Society, Peter Hallam QC warned that the courts "
        "would struggle."
    )
    assert "Peter Hallam" in people(b)
    assert not any("QC" in name for name in [*people(b), *orgs(b)])


def test_a_party_the_model_reads_as_a_person_is_the_party() -> None:
    b = briefing_of("Lib Dem transport spokesman Gary Hollis said the plan was flawed.")
    assert "Lib Dem" not in people(b)
    assert "Liberal Democrats" in orgs(b)


def test_a_newspaper_written_with_the_is_found() -> None:
    b = briefing_of("The Daily Herald survey suggests most voters are undecided.")
    assert "Daily Herald" in orgs(b)


def test_a_capital_the_inside_a_sentence_is_part_of_the_name() -> None:
    b = briefing_of(
        "The Guardian said the talks had failed. The minister told The Guardian that "
        "they would resume."
    )
    assert orgs(b) == ["The Guardian"]


def test_an_acronym_in_brackets_names_the_body_before_it() -> None:
    b = briefing_of(
        "The rules are set by the National Chart Authority (NCA). The NCA board met on "
        "Tuesday and agreed a delay."
    )
    assert orgs(b) == ["National Chart Authority"]
