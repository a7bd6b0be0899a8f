"""The event's bottom line and key points: multi-document, extractive, traceable."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.events import compose, find_copies
from generator.events.summary import (
    MAX_CANDIDATES,
    SOURCE_BONUS,
    Candidate,
    Group,
    candidates,
    ranked,
    standalone,
    summarise,
    weight,
)
from generator.extract import extract_many
from generator.models import Briefing, KeyPoint, Section, Source
from generator.readers import read_source
from tests.events import stories


def report(id: str, paragraphs: list[str], points: list[int] = ()) -> Briefing:  # type: ignore[assignment]
    """A briefing whose bottom line is its first paragraph; `points` are the indexes of
    the paragraphs its own extraction chose as key points."""
    return Briefing(
        id=id,
        title=f"Report {id}",
        source=Source(path=f"a/{id}.txt", sha256="0" * 64, format="text", words=9),
        summary=paragraphs[0],
        key_points=[KeyPoint(text=paragraphs[i], section=1, paragraph=i + 1) for i in points],
        sections=[Section(paragraphs=paragraphs)],
    )


HARBOUR = "Dock workers in Rotterdam extended their strike for a third week on Monday."
PAY_A = "The union said employers had refused its demand for a seven percent pay rise."
PAY_B = "Employers have refused the union's demand for a seven percent rise in pay, it said."
FERRY = "A ferry company said its evening crossing to Hull would leave on time on Tuesday."
BACKGROUND = "The city's first harbour was dug in the fourteenth century beside the river Rotte."


def traced(point: object, members: list[Briefing]) -> bool:
    """Whether the point's words are in the paragraph it names."""
    briefing = next(b for b in members if b.id == point.briefing)  # type: ignore[attr-defined]
    section = briefing.sections[point.section - 1]  # type: ignore[attr-defined]
    return point.text in section.paragraphs[point.paragraph - 1]  # type: ignore[attr-defined]


def test_a_point_two_reports_tell_ranks_first_though_neither_chose_it() -> None:
    first = report("a", [HARBOUR, FERRY, PAY_A], points=[1])
    second = report("b", [HARBOUR, PAY_B, BACKGROUND], points=[2])
    _, points = summarise([first, second], {})
    assert points[0].sources == ["a", "b"]
    assert "seven percent" in points[0].text
    assert all(traced(p, [first, second]) for p in points if p.section)


def test_a_copy_does_not_count_as_a_second_source() -> None:
    original = report("a", [HARBOUR, FERRY, PAY_A, BACKGROUND])
    copy = original.model_copy(update={"id": "a-copy"})
    other = report("b", [HARBOUR, PAY_B])
    copies = find_copies([original, copy, other])
    assert copies == {"a-copy": "a"}
    _, points = summarise([original, copy, other], copies)
    assert "seven percent" in points[0].text  # two sources, where FERRY has a copy's two


def test_among_points_told_alike_the_one_closest_to_the_story_comes_first() -> None:
    lone = report(
        "a",
        [
            HARBOUR,
            BACKGROUND,
            "Dock workers at Rotterdam's container terminals said the strike would go on.",
        ],
    )
    bottom, points = summarise([lone], {})
    assert bottom == HARBOUR
    assert [p.text for p in points] == [lone.sections[0].paragraphs[2], BACKGROUND]


def told_by(sources: list[str], central: float, order: int) -> Group:
    first = Candidate(f"point {order}", sources[0], 1, 1, order)
    members = [Candidate(f"point {order}", s, 1, 1, order) for s in sources]
    return Group(first, members, central)


def test_sources_are_a_bounded_bonus_beside_closeness_to_the_story() -> None:
    """Equally close, the point two sources tell ranks first; a side remark two reports
    share does not outrank the story's core told by one; a copy adds nothing."""
    core = told_by(["a"], central=0.5, order=0)
    shared = told_by(["a", "b"], central=0.5, order=1)
    side = told_by(["a", "b"], central=0.2, order=2)
    copied = told_by(["a", "a-copy"], central=0.5, order=3)
    copies = {"a-copy": "a"}
    order = ranked([core, side, copied, shared], copies)
    assert order == [shared, core, copied, side]
    assert weight(shared, copies) - weight(core, copies) == pytest.approx(SOURCE_BONUS)
    four = told_by(["a", "b", "c", "d"], central=0.5, order=4)
    assert weight(four, {}) - weight(shared, {}) == pytest.approx(SOURCE_BONUS)  # logarithmic


def test_the_bottom_line_is_not_repeated_among_the_points() -> None:
    first = report("a", [HARBOUR, PAY_A], points=[0])
    second = report("b", [HARBOUR.replace("Monday", "Tuesday"), FERRY])
    bottom, points = summarise([first, second], {})
    assert bottom in (HARBOUR, second.summary)
    assert not any("third week" in p.text for p in points)


def test_a_sentence_stands_as_a_point_only_whole_and_readable() -> None:
    quote = 'The union leader said: "We will stay out until the employers talk to us.'
    assert standalone(quote, '"Nobody wants a long strike," she added.')
    assert not standalone(quote, "She said nothing more.")
    assert not standalone("The strike goes on.", "")
    assert standalone(PAY_A, "")


def test_an_event_of_many_members_reads_a_bounded_number_of_sentences() -> None:
    members = [
        report(f"r{i:03}", [f"{HARBOUR[:-1]} at berth {i}.", PAY_A, FERRY, BACKGROUND])
        for i in range(300)
    ]
    found = candidates(members)
    assert len(found) == MAX_CANDIDATES
    assert {c.briefing for c in found if c.section is None} == {b.id for b in members}


def test_the_event_of_two_real_reports_leads_with_what_both_say(tmp_path: Path) -> None:
    """Read and extracted as ingest does (real spaCy): the top point is carried by
    both reports and names its paragraph; the same members in another order give the
    same event."""
    paths = []
    for name, text in (("chile-1", stories.CHILE_1), ("chile-2", stories.CHILE_2)):
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    articles = [read_source(p, p.name)[0] for p in paths]
    members = list(extract_many(articles, ["chile-1", "chile-2"]))
    event = compose(members)
    assert event == compose(members[::-1])
    assert event["summary"] in (members[0].summary, members[1].summary)
    top = event["key_points"][0]
    assert top.sources == ["chile-1", "chile-2"]
    assert all(traced(p, members) for p in event["key_points"] if p.section)
