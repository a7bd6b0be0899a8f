"""What the placing promises about order: the same briefings give the same event files
whatever order their files were written in, and an ingest split into batches gives
what one ingest of them all gives when each batch's ids sort after the last batch's
(dated ids, ingested day by day). Over real BBC texts (../shared): business stories,
some of them twice, so that an order-dependent placing would show."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest

from generator import store
from generator.models import Briefing, Section, Source
from generator.store.event_sync import load_events, update_events
from generator.store.events import events_dir

BBC = Path(__file__).resolve().parents[2].parent / "shared/corpus/bbc"
GROUPS = 8  # stories the corpus carries twice (the same headline in two files)
OTHERS = 16  # and other business stories, the same kind of news


def bbc_briefings() -> list[Briefing]:
    """Business articles as briefings (headline and paragraphs): the first stories
    that appear twice, both files, and other business stories beside them, dated
    over a few days so the day window takes part."""
    paths = sorted((BBC / "business").glob("*.txt"))
    by_title: dict[str, list[Path]] = {}
    for path in paths:
        by_title.setdefault(read_lines(path)[0], []).append(path)
    twice = [p for group in by_title.values() if len(group) > 1 for p in group]
    chosen = sorted({*twice[: 2 * GROUPS], *paths[:OTHERS]})
    made = []
    for number, path in enumerate(chosen):
        lines = read_lines(path)
        day = dt.date(2005, 3, 1 + number % 3)
        made.append(
            Briefing(
                id=f"{day.isoformat()}-business-{path.stem}",
                title=lines[0],
                published=day,
                summary=lines[1],
                source=Source(path=str(path), sha256="0" * 64, format="text", words=9),
                sections=[Section(paragraphs=lines[1:])],
            )
        )
    return made


def read_lines(path: Path) -> list[str]:
    text = path.read_text(encoding="latin-1")
    return [x.strip() for x in text.split("\n") if x.strip()]


def event_files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(events_dir(folder).glob("*.yaml"))}


def placed(folder: Path, items: list[Briefing]) -> dict[str, bytes]:
    folder.mkdir(parents=True, exist_ok=True)
    for briefing in items:
        store.save(briefing, folder)
    update_events(folder)
    return event_files(folder)


@pytest.fixture(scope="module")
def items() -> list[Briefing]:
    if not BBC.is_dir():
        pytest.fail(f"the BBC corpus is missing: {BBC}")
    return bbc_briefings()


@pytest.fixture(scope="module")
def all_at_once(
    tmp_path_factory: pytest.TempPathFactory, items: list[Briefing]
) -> dict[str, bytes]:
    return placed(tmp_path_factory.mktemp("once") / "briefings", items)


def test_some_events_have_several_members(all_at_once: dict[str, bytes], items) -> None:  # type: ignore[no-untyped-def]
    assert 1 < len(all_at_once) < len(items)  # otherwise the order could not matter


def test_the_order_the_files_were_written_in_changes_nothing(
    tmp_path: Path, items: list[Briefing], all_at_once: dict[str, bytes]
) -> None:
    for seed in (1, 2):
        shuffled = list(items)
        random.Random(seed).shuffle(shuffled)
        assert placed(tmp_path / f"shuffled-{seed}" / "briefings", shuffled) == all_at_once


def test_batches_in_id_order_give_the_events_of_one_ingest(
    tmp_path: Path, items: list[Briefing], all_at_once: dict[str, bytes]
) -> None:
    ordered = sorted(items, key=lambda b: b.id)
    folder = tmp_path / "batches" / "briefings"
    for start in range(0, len(ordered), 11):
        placed(folder, ordered[start : start + 11])
    assert event_files(folder) == all_at_once


def test_batches_out_of_id_order_still_place_every_briefing_once(
    tmp_path: Path, items: list[Briefing]
) -> None:
    """The weaker promise when a later batch holds earlier ids: every briefing in
    exactly one event (where it lands may differ from one ingest of them all)."""
    folder = tmp_path / "late" / "briefings"
    ordered = sorted(items, key=lambda b: b.id)
    placed(folder, ordered[len(ordered) // 2 :])
    placed(folder, ordered[: len(ordered) // 2])
    members = [i for e in load_events(events_dir(folder)) for i in e.briefings]
    assert sorted(members) == sorted(b.id for b in items)
