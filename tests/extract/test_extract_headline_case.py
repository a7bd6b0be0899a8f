"""A headline repeated in the body, in headline case, does not set where names end:
only the names running text confirms are kept (real spaCy)."""

from __future__ import annotations

from generator.extract.headline_case import in_headline_case
from generator.extract.nlp import pipeline
from tests.extract_helpers import briefing_of

BODY = (
    "Norvane Launches Folding Tablet In Brazil\n\n"
    "The electronics maker Norvane said on Tuesday that its folding tablet would go on "
    "sale in Brazil next month. Chief executive Odile Brasseur told reporters the "
    "device had taken four years to design."
)


def names(text: str) -> set[str]:
    b = briefing_of(text)
    return {i.name for i in [*b.people, *b.organizations, *b.places]}


def test_a_name_cut_wrong_in_a_headline_case_line_is_not_kept() -> None:
    found = names(BODY)
    assert not any("Launches" in n or "Tablet" in n for n in found)
    assert "Odile Brasseur" in found and "Brazil" in found


def test_a_name_only_a_headline_case_line_gives_is_not_kept_and_running_text_is() -> None:
    found = names("Statement By Marguerite Okonjo-Lindqvist On Reef Closures\n\n" + BODY)
    assert "Marguerite Okonjo-Lindqvist" not in found
    sentence = "Marguerite Okonjo-Lindqvist, the reef authority's director, spoke on Monday."
    assert "Marguerite Okonjo-Lindqvist" in names(BODY + "\n\n" + sentence)


def test_headline_case_is_a_capitalised_line_without_a_full_stop() -> None:
    nlp = pipeline()
    assert in_headline_case(nlp("Biologists Call on Regulators to Overturn Rules"))
    assert not in_headline_case(nlp("Weitz is represented by Alex Kohner of Morris."))
    assert not in_headline_case(nlp("Odile Brasseur Said So."))  # a sentence, stopped
    assert not in_headline_case(nlp("Odile Brasseur"))  # a name alone, not a headline
