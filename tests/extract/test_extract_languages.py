"""Every article's language is detected; French is extracted with spaCy's French
model, other languages keep their text and metadata with no entities (real models;
fixtures in tests/data/languages/ written in each agency's style)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.extract import extract_many
from generator.extract.language import detect_language
from generator.models import Briefing
from generator.readers import read_source
from tests.extract_helpers import article_of

LANGUAGES = Path("tests/data/languages")


@pytest.fixture(scope="module")
def briefings() -> dict[str, Briefing]:
    names = ["fr-afp.txt", "de-dpa.txt", "es-efe.txt"]
    articles = [read_source(LANGUAGES / n, f"articles/{n}")[0] for n in names]
    return dict(zip(names, extract_many(articles, [None] * 3), strict=True))


def test_languages_are_detected() -> None:
    for name, language in [("fr-afp.txt", "fr"), ("de-dpa.txt", "de"), ("es-efe.txt", "es")]:
        assert detect_language(read_source(LANGUAGES / name, name)[0]) == language
    english = article_of("The council agreed the repairs on Monday at a cost of two million.")
    assert detect_language(english) == "en"


def test_a_text_too_short_to_tell_is_in_its_declared_language_or_english() -> None:
    assert detect_language(article_of("Rain fell.")) == "en"
    from dataclasses import replace

    assert detect_language(replace(article_of("Il pleut."), language="fr-FR")) == "fr"


def test_a_french_article_yields_french_people_places_quotes_and_dates(
    briefings: dict[str, Briefing],
) -> None:
    b = briefings["fr-afp.txt"]
    assert b.source.language == "fr"
    people = [p.name for p in b.people]
    assert {"Emmanuel Macron", "Gabriel Attal", "Élisabeth Borne"} <= set(people)
    assert "Macron" not in people  # the surname joins the full name
    places = {p.name for p in b.places}
    assert {"Marseille", "Matignon"} <= places
    assert "Commission européenne" in {o.name for o in b.organizations}
    [quote] = b.quotes
    assert quote.text.startswith("Nous devons aller plus vite")
    assert quote.speaker == "Gabriel Attal" and (quote.section, quote.paragraph) == (1, 2)
    dates = {d.text: d.date for d in b.dates}
    assert dates["11 janvier 2024"] == "2024-01-11"
    assert "5 mars" in dates  # no article date: kept unresolved
    assert b.summary.startswith("Le président Emmanuel Macron a annoncé")
    assert b.dateline == "Paris" and b.source.outlet == "AFP"


@pytest.mark.parametrize(("name", "language"), [("de-dpa.txt", "de"), ("es-efe.txt", "es")])
def test_other_languages_keep_text_and_metadata_and_no_entities(
    briefings: dict[str, Briefing], name: str, language: str
) -> None:
    b = briefings[name]
    assert b.source.language == language
    assert b.title and b.summary and len(b.sections[0].paragraphs) == 3
    assert b.summary.split()[0] in {"Der", "El"}  # the text as written, dateline left out
    assert not (b.people or b.places or b.organizations or b.quotes or b.dates)
    assert not b.attributions and not b.key_points
    assert b.source.outlet in {"dpa", "EFE"}
