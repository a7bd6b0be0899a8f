"""Pagefind's records of the briefings, and its build from Python (real binary)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.models import Briefing, Person, Place, Source, Status
from generator.site.search import SearchUnavailable, briefing_filters, briefing_record, write_index

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
