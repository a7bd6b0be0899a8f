"""The clustering's signals, each on briefings built in the test: the days a text
names, the registry's ids, and the postings that pick the events worth scoring."""

from __future__ import annotations

import pytest

from generator.events import Clustering, features
from generator.events.cluster import DATE_BONUS, DATE_PENALTY, ENTITY_CAP, THRESHOLD
from generator.models import Briefing, DateMention, Person, Section, Source

TEXT = (
    "Gunmen holding hostages in the embassy released four of them on {day}, "
    "police said, as negotiators from the ministry talked through the night."
)


def report(id: str, day_text: str, date: str | None, people=("Ali Hassan",), ids=None) -> Briefing:  # type: ignore[no-untyped-def]
    paragraph = TEXT.format(day=day_text)
    person_ids = ids or [None] * len(people)
    return Briefing(
        id=id,
        title="Hostages freed in embassy siege",
        source=Source(path=f"a/{id}.txt", sha256="0" * 64, format="text", words=9),
        summary=paragraph,
        sections=[Section(paragraphs=[paragraph])],
        people=[Person(name=n, id=i) for n, i in zip(people, person_ids, strict=True)],
        dates=[DateMention(text=day_text, date=date)] if date else [],
    )


def placed(*items: Briefing) -> dict[str, str]:
    clustering = Clustering()
    return {b.id: clustering.place(features(b)) for b in items}


def test_reports_naming_the_same_day_join() -> None:
    found = placed(
        report("a", "March 3, 2009", "2009-03-03"), report("b", "March 4, 2009", "2009-03-04")
    )
    assert found["b"] == "a"


def test_named_days_move_the_score_a_bounded_step() -> None:
    clustering = Clustering()
    clustering.place(features(report("a", "March 3, 2009", "2009-03-03")))
    event = clustering.profile("a")
    apart = clustering.score(features(report("b", "March 3, 2009", "2013-05-02")), event)
    undated = clustering.score(features(report("b", "March 3, 2009", None)), event)
    close = clustering.score(features(report("b", "March 3, 2009", "2009-03-05")), event)
    assert apart == pytest.approx(undated - DATE_PENALTY)
    assert close == pytest.approx(undated + DATE_BONUS)


def other_story(id: str, people: tuple[str, ...]) -> Briefing:
    paragraph = "The council approved the budget for new schools and roads after a long vote."
    return Briefing(
        id=id,
        title="Council approves budget",
        source=Source(path=f"a/{id}.txt", sha256="0" * 64, format="text", words=9),
        summary=paragraph,
        sections=[Section(paragraphs=[paragraph])],
        people=[Person(name=n) for n in people],
    )


def test_shared_names_add_at_most_the_cap() -> None:
    """Names in common are evidence around the text's score, never the score: the same
    people in two texts about different things do not make one event."""
    people = ("Ali Hassan", "Sara Malik", "John Reed")
    clustering = Clustering()
    clustering.place(features(report("a", "Friday", None, people)))
    event = clustering.profile("a")
    named = clustering.score(features(other_story("b", people)), event)
    unnamed = clustering.score(features(other_story("b", ())), event)
    assert 0 < named - unnamed <= ENTITY_CAP + 1e-9
    assert named < THRESHOLD
    assert placed(report("a", "Friday", None, people), other_story("b", people))["b"] == "b"


def test_a_month_or_year_is_not_a_day_to_compare() -> None:
    found = placed(report("a", "March 3, 2009", "2009-03-03"), report("b", "in 2013", "2013"))
    assert found["b"] == "a"


def test_the_registry_id_makes_two_names_one_participant() -> None:
    named = report("a", "Friday", None, ["Tony Blair"], ["tony-blair"])
    same = report("b", "Friday", None, ["Mr Blair"], ["tony-blair"])
    other = report("c", "Friday", None, ["Mr Blair"], None)
    assert features(named).entities == features(same).entities
    assert features(named).entities != features(other).entities


def test_only_events_sharing_a_name_or_telling_word_are_candidates() -> None:
    clustering = Clustering()
    clustering.place(features(report("a", "Friday", None)))
    unrelated = Briefing(
        id="z",
        title="Chelsea win the cup",
        source=Source(path="a/z.txt", sha256="0" * 64, format="text", words=9),
        summary="Chelsea beat Arsenal two goals to one at Wembley.",
        sections=[Section(paragraphs=["Chelsea beat Arsenal two goals to one at Wembley."])],
    )
    assert clustering.candidates(features(report("b", "Friday", None))) == {"a"}
    assert clustering.candidates(features(unrelated)) == set()
