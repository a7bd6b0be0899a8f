"""Pagefind's records of the briefings, and its build from Python (real binary)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from generator.events.model import Event
from generator.models import (
    Attribution,
    Briefing,
    KeyPoint,
    Person,
    Place,
    Quote,
    Section,
    Source,
    Status,
)
from generator.site.catalog import country_name
from generator.site.events import EventView, event_views
from generator.site.search import (
    TITLE_WEIGHT,
    SearchUnavailable,
    briefing_filters,
    briefing_record,
    event_filters,
    event_record,
    site_records,
    write_index,
)

HOSTILE = '<script>alert(1)</script>" data-x="'


def briefing(**update: object) -> Briefing:
    base = Briefing(
        id="a-briefing",
        title="Talks in Moscow",
        status=Status.published,
        source=Source(path="a.txt", sha256="0" * 64, format="text", words=3, outlet="BBC"),
        people=[Person(name="Vladimir Putin"), Person(name="Vladimir Putin")],
        places=[
            Place(name="Moscow", country="RU", kind="city"),
            Place(name="Russia", country="RU", kind="country"),
        ],
        tags=["russia"],
    )
    return base.model_copy(update=update)


def test_filters_name_each_value_once() -> None:
    filters = briefing_filters(briefing())
    assert filters["person"] == ["Vladimir Putin"]
    assert filters["place"] == ["Moscow"]  # a country is a country, not a place
    assert len(filters["country"]) == 1 and filters["outlet"] == ["BBC"]
    assert filters["status"] == ["published"] and filters["kind"] == ["briefing"]


def test_article_text_in_a_record_is_only_text() -> None:
    record = briefing_record(briefing(title=HOSTILE, people=[Person(name=HOSTILE)])).html
    assert "<script>" not in record and 'data-x="' not in record
    assert "&lt;script&gt;" in record


def test_a_record_holds_what_a_reader_searches_for_then_the_article_text() -> None:
    found = briefing(
        summary="Leaders met for a second day.",
        key_points=[KeyPoint(text="Arms talks advanced.", section=1, paragraph=1)],
        quotes=[Quote(text="We will meet again", speaker="Vladimir Putin")],
        attributions=[Attribution(source="US officials", claim="a deal is near")],
        sections=[Section(paragraphs=["An armoured train crossed the border."])],
    )
    text = briefing_record(found).html
    for wanted in (
        "Talks in Moscow",  # the title
        "Leaders met for a second day.",  # the bottom line
        "Arms talks advanced.",  # a key point
        "Vladimir Putin: We will meet again",  # a quote and its speaker
        "US officials: a deal is near",  # who claims what
        "Moscow, Russia",  # the places
        f"<p>{country_name('RU')}</p>",  # the places' countries, by name
        "<p>russia</p>",  # the tags
    ):
        assert wanted in text, wanted
    assert text.index("Arms talks advanced.") < text.index("An armoured train crossed")  # last


def test_pagefind_writes_a_bundle_with_the_filters(tmp_path: Path) -> None:
    assert write_index(tmp_path, [briefing_record(briefing())]) == 1
    entry = json.loads((tmp_path / "pagefind" / "pagefind-entry.json").read_text())
    assert entry["languages"]["en"]["page_count"] == 1
    assert (tmp_path / "pagefind" / "pagefind.js").is_file()


def test_a_binary_that_cannot_run_is_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "pagefind"
    broken.write_text("not a program")
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(broken))
    with pytest.raises(SearchUnavailable, match="Pagefind could not run"):
        write_index(tmp_path / "site", [briefing_record(briefing())])


def event_view(members: list[Briefing], title: str = "Talks go on in Moscow") -> EventView:
    event = Event(
        id="talks-in-moscow",
        title=title,
        summary="The talks went on for a second day.",
        briefings=[b.id for b in members],
    )
    (view,) = event_views([event], members)
    return view


def test_an_event_is_found_by_its_title_and_its_members_filters() -> None:
    kyiv = briefing(
        id="b-kyiv",
        people=[Person(name="Volodymyr Zelensky")],
        places=[Place(name="Kyiv", country="UA", kind="city")],
        source=briefing().source.model_copy(update={"outlet": "AP"}),
        published=dt.date(2024, 3, 5),
    )
    view = event_view([briefing(), kyiv])
    filters = event_filters(view)
    assert filters["kind"] == ["event"] and filters["event"] == ["Talks go on in Moscow"]
    assert filters["person"] == ["Vladimir Putin", "Volodymyr Zelensky"]
    assert filters["outlet"] == ["AP", "BBC"] and filters["place"] == ["Kyiv", "Moscow"]
    assert filters["month"] == ["2024-03"] and filters["status"] == ["published"]
    record = event_record(view)
    assert record.url == "/events/talks-in-moscow/"
    assert f'data-pagefind-weight="{TITLE_WEIGHT}"' in record.html.split("Talks go on")[0]
    assert "second day" in record.html

    urls = [r.url for r in site_records([briefing(), kyiv], [view], directory_urls=False)]
    assert urls == [
        "/briefings/a-briefing.html",
        "/briefings/b-kyiv.html",
        "/events/talks-in-moscow.html",
    ]
    first = next(site_records([briefing()], [view]))
    assert (
        'data-pagefind-filter="event[data-value]" data-value="Talks go on in Moscow"' in first.html
    )


def test_event_text_in_a_record_is_only_text() -> None:
    record = event_record(event_view([briefing()], title=HOSTILE)).html
    assert "<script>" not in record and 'data-x="' not in record
    assert "&lt;script&gt;" in record
