"""The event stage's pure functions over briefings built in the test."""

from __future__ import annotations

import datetime as dt
import itertools
import subprocess
import sys
from pathlib import Path

from generator.events import Clustering, compose, features, find_copies
from generator.events.model import Event
from generator.models import Briefing, KeyPoint, Person, Place, Section, Source
from generator.store.event_validation import validate_events
from generator.store.events import dump_event, fresh_event, load_event
from tests.conftest import checkout_env, make_project


def briefing(
    id: str, title: str, text: str, people=(), places=(), outlet=None, day=None
) -> Briefing:  # type: ignore[no-untyped-def]
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    return Briefing(
        id=id,
        title=title,
        published=dt.date.fromisoformat(day) if day else None,
        source=Source(path=f"a/{id}.txt", sha256="0" * 64, format="text", words=9, outlet=outlet),
        summary=paragraphs[0],
        key_points=[KeyPoint(text=p, section=1, paragraph=i + 1) for i, p in enumerate(paragraphs)],
        sections=[Section(paragraphs=paragraphs)],
        people=[Person(name=n) for n in people],
        places=[Place(name=n, kind="city") for n in places],
    )


REID_1 = briefing(
    "reid-1",
    "Tara Reid checks into rehab",
    "Actress Tara Reid entered the Promises "
    "rehab centre in Malibu, her representative said.\nReid, 33, starred in American Pie.",
    ["Tara Reid"],
    ["Malibu"],
    "People",
    "2008-09-23",
)
REID_2 = briefing(
    "reid-2",
    "Tara Reid enters Promises rehab in Malibu",
    "Tara Reid has checked into the "
    "Promises rehab centre in Malibu, her spokesman confirmed.\nThe actress is 33.",
    ["Tara Reid"],
    ["Malibu"],
    "AP",
    "2008-09-24",
)
LOHAN = briefing(
    "lohan",
    "Lindsay Lohan checks into rehab",
    "Lindsay Lohan left the Betty Ford centre and "
    "checked into a rehab facility in Malibu, her lawyer said.",
    ["Lindsay Lohan"],
    ["Malibu"],
    "Access",
    "2013-06-13",
)
QUAKE = briefing(
    "quake",
    "Earthquake hits Peru",
    "An earthquake of magnitude 6 hit southern Peru on Monday.",
    [],
    ["Arequipa"],
)


def events_of(items: list[Briefing]) -> dict[str, str]:
    clustering = Clustering()
    return {b.id: clustering.place(features(b)) for b in sorted(items, key=lambda b: b.id)}


def test_same_story_joins_and_same_kind_of_story_does_not() -> None:
    found = events_of([REID_1, REID_2, LOHAN, QUAKE])
    assert found["reid-1"] == found["reid-2"]
    assert found["lohan"] != found["reid-1"]  # another rehab check-in, years later
    assert len({found["lohan"], found["reid-1"], found["quake"]}) == 3


def test_the_events_do_not_depend_on_the_order_of_the_files() -> None:
    items = [REID_1, REID_2, LOHAN, QUAKE]
    results = {tuple(sorted(events_of(list(p)).items())) for p in itertools.permutations(items)}
    assert len(results) == 1


def test_a_clustering_saved_and_read_back_places_as_the_original() -> None:
    clustering = Clustering()
    for b in (REID_1, LOHAN, QUAKE):
        clustering.place(features(b))
    again = Clustering.from_dict(clustering.to_dict())
    assert again.place(features(REID_2)) == clustering.place(features(REID_2)) == "reid-1"


def test_copies_are_found_and_the_original_is_the_first_report() -> None:
    copy = REID_1.model_copy(update={"id": "reid-copy"})
    assert find_copies([copy, REID_1, REID_2]) == {"reid-copy": "reid-1"}


def test_key_points_carry_their_sources_and_rank_corroborated_points_first() -> None:
    values = compose([REID_1, REID_2, LOHAN])
    first = values["key_points"][0]
    assert values["summary"]
    assert len(first.sources) >= 2 or "Reid" in values["summary"]
    for point in values["key_points"]:
        assert point.briefing in point.sources
    assert values["outlets"] == ["AP", "Access", "People"]
    people = {e.name: e.sources for e in values["entities"] if e.kind == "person"}
    assert people["Tara Reid"] == 2


def test_disagreeing_figures_are_listed_with_their_sources() -> None:
    a = briefing("a", "Bus crash", "A bus crash killed 12 people near Lima on Sunday.")
    b = briefing("b", "Bus crash in Peru", "The crash of a bus near Lima killed 15 people.")
    (disagreement,) = compose([a, b])["disagreements"]
    assert disagreement.about == "people"
    assert [(c.value, c.sources) for c in disagreement.claims] == [("12", ["a"]), ("15", ["b"])]


def test_an_event_file_is_deterministic_and_reads_back(tmp_path: Path) -> None:
    event = fresh_event("reid-1", ["reid-1", "reid-2"], compose([REID_1, REID_2]))
    text = dump_event(event)
    assert text == dump_event(
        fresh_event("reid-1", ["reid-1", "reid-2"], compose([REID_2, REID_1]))
    )
    (tmp_path / "reid-1.yaml").write_text(text)
    assert load_event(tmp_path / "reid-1.yaml") == event


def test_validate_reports_a_briefing_in_two_events_and_schema_errors(tmp_path: Path) -> None:
    folder = tmp_path / "events"
    folder.mkdir()
    for event_id in ("one", "two"):
        (folder / f"{event_id}.yaml").write_text(dump_event(Event(id=event_id, briefings=["b"])))
    (folder / "bad.yaml").write_text("id: bad\nkey_points: nine\n")
    messages = [str(p) for p in validate_events(sorted(folder.glob("*.yaml")))]
    assert any("bad.yaml:2:" in m and "key_points" in m for m in messages)
    assert any("two.yaml:" in m and "b is also in one.yaml" in m for m in messages)


def test_the_validate_command_checks_the_event_files(tmp_path: Path) -> None:
    root = tmp_path / "project"
    make_project(root)
    (root / "events").mkdir()
    (root / "events" / "x.yaml").write_text("id: y\nbriefings: [b]\n")
    result = subprocess.run(
        [sys.executable, "-m", "generator", "validate", "-C", str(root)],
        capture_output=True,
        text=True,
        env=checkout_env(),
    )
    assert result.returncode == 1
    assert "x.yaml" in result.stdout + result.stderr
    assert "must be named y.yaml" in result.stdout + result.stderr
