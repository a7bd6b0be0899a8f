"""Two happenings of one kind told in close words: the people the headline and lede
name tell them apart (PARTICIPANT_PENALTY), and reports of one happening that quote
different officials still join."""

from __future__ import annotations

from pathlib import Path

from benchmarks.ecb_data import article_text
from generator.events import Clustering, features
from generator.events.cluster import PARTICIPANT_PENALTY
from generator.extract import extract_many
from generator.models import Briefing, Person, Section, Source
from generator.readers import read_source

ECB = Path(__file__).resolve().parents[2].parent / "shared/corpus/ecbplus/ECB+"
FIGHT = (
    "Wladimir Klitschko stopped {opponent} in the sixth round on Saturday to keep his "
    "heavyweight title belts, and the challenger never recovered from a right hand."
)
MORE = "{official} said the champion would fight again in the spring, {opponent} said nothing."


def fight(id: str, opponent: str, official: str) -> Briefing:
    lede = FIGHT.format(opponent=opponent)
    more = MORE.format(official=official, opponent=opponent.split()[-1])
    return Briefing(
        id=id,
        title=f"Klitschko stops {opponent.split()[-1]}",
        source=Source(path=f"a/{id}.txt", sha256="0" * 64, format="text", words=40),
        summary=lede,
        sections=[Section(paragraphs=[lede, more])],
        people=[Person(name="Wladimir Klitschko"), Person(name=opponent), Person(name=official)],
    )


def placed(*items: Briefing) -> dict[str, str]:
    clustering = Clustering()
    return {b.id: clustering.place(features(b)) for b in items}


def test_the_lede_names_who_the_story_is_about() -> None:
    briefing = fight("a", "Hasim Rahman", "Bernd Boente")
    assert features(briefing).central == {"klitschko", "rahman"}  # not the official below
    assert "boente" in features(briefing).names


def test_a_different_challenger_in_close_words_is_another_fight() -> None:
    """Same champion, same words: the challenger each lede names, absent from the
    other text, moves the score down by the penalty (the real fights below stay
    apart by it)."""
    clustering = Clustering()
    clustering.place(features(fight("a", "Hasim Rahman", "Bernd Boente")))
    event = clustering.profile("a")
    other = clustering.score(features(fight("b", "Tony Thompson", "Bernd Boente")), event)
    same = clustering.score(features(fight("b", "Hasim Rahman", "Bernd Boente")), event)
    assert same - other >= PARTICIPANT_PENALTY


def test_reports_of_one_fight_quoting_different_officials_join() -> None:
    """Only the people the head names count: an official quoted further down that the
    other report does not name is no evidence of another happening."""
    found = placed(
        fight("a", "Hasim Rahman", "Bernd Boente"), fight("b", "Hasim Rahman", "Tom Loeffler")
    )
    assert found["b"] == "a"


def test_a_newcomer_naming_the_events_person_is_not_penalised() -> None:
    """One side leading with a person the other lacks is not enough: the newcomer that
    mentions the event's challenger anywhere joins, whoever else its head names."""
    first = fight("a", "Hasim Rahman", "Bernd Boente")
    second = fight("b", "Hasim Rahman", "Bernd Boente")
    lede = "Emanuel Steward watched " + second.sections[0].paragraphs[0]
    second = second.model_copy(
        update={
            "sections": [Section(paragraphs=[lede, second.sections[0].paragraphs[1]])],
            "people": [*second.people, Person(name="Emanuel Steward")],
        }
    )
    assert "steward" in features(second).central
    assert placed(first, second)["b"] == "a"


def test_two_real_klitschko_fights_stay_apart_and_one_fights_reports_join(
    tmp_path: Path,
) -> None:
    """ECB+ topic 7 read and extracted as ingest does (real spaCy): two reports of the
    Rahman fight (2008) join; the report of the Thompson fight (2012), whose words are
    as close, starts its own event."""
    names = ["7_10ecb", "7_8ecb", "7_10ecbplus"]
    articles = []
    for name in names:
        path = tmp_path / f"{name}.txt"
        path.write_text(article_text(ECB / "7" / f"{name}.xml"), encoding="utf-8")
        articles.append(read_source(path, path.name)[0])
    ids = ["rahman-report-1", "rahman-report-2", "thompson-report"]
    found = placed(*extract_many(articles, ids))
    assert found["rahman-report-2"] == "rahman-report-1"
    assert found["thompson-report"] == "thompson-report"
