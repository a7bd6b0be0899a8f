"""Property tests: readers and the YAML store on anything at all.

A reader given any bytes either returns articles or raises `ReadError` naming the
file; the store writes any valid briefing so that both of its loaders read back the
same briefing; a briefings folder holding any text never stops an ingest.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markupsafe import escape

from generator import store
from generator.commands.ingest import scan_briefings
from generator.errors import InvalidBriefing, ReadError
from generator.models import Briefing, Status
from generator.readers import READERS, read_bytes
from generator.site.helpers import yaml_string
from tests.security import hostile

FUZZ = settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
# One suffix per reader function: a reader registered under two suffixes is one target.
SUFFIXES = sorted({id(reader): suffix for suffix, reader in sorted(READERS.items())}.values())

chars = st.characters(codec="utf-8", exclude_categories=("Cs",))
free_text = st.text(chars, max_size=60) | st.sampled_from(hostile.payloads())
line = st.text(chars, max_size=40)


def _check_read(suffix: str, raw: bytes) -> None:
    try:
        found = read_bytes(f"articles/fuzz{suffix}", raw, suffix)
    except ReadError as err:
        assert err.path == f"articles/fuzz{suffix}" and err.message
        return
    assert isinstance(found, list)


@pytest.mark.parametrize("suffix", SUFFIXES)
@FUZZ
@given(raw=st.binary(max_size=3000))
def test_readers_take_any_bytes(suffix: str, raw: bytes) -> None:
    _check_read(suffix, raw)


@pytest.mark.parametrize("suffix", SUFFIXES)
@FUZZ
@given(parts=st.lists(free_text | line, max_size=12), seps=st.sampled_from(["\n", "\n\n", " "]))
def test_readers_take_any_text(suffix: str, parts: list[str], seps: str) -> None:
    _check_read(suffix, seps.join(parts).encode("utf-8"))


@pytest.mark.parametrize("suffix", SUFFIXES)
@FUZZ
@given(
    parts=st.lists(free_text, min_size=1, max_size=6),
    bom=st.sampled_from(["utf-16", "utf-8-sig", "utf-32", "cp1252"]),
)
def test_readers_take_any_encoding(suffix: str, parts: list[str], bom: str) -> None:
    _check_read(suffix, "\n\n".join(parts).encode(bom, errors="replace"))


# ---------------------------------------------------------------- the store

maybe = lambda s: st.none() | s  # noqa: E731
nonempty = free_text.filter(lambda t: t.strip())
locator = {"section": maybe(st.integers(1, 50)), "paragraph": maybe(st.integers(1, 50))}
slug = st.from_regex(r"\A[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,4}\Z")


def _dict(**fields: Any) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(fields)


briefing_data = _dict(
    id=slug,
    status=st.sampled_from(list(Status)),
    title=nonempty,
    dateline=maybe(free_text),
    published=maybe(st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1))),
    source=_dict(
        path=nonempty,
        sha256=st.from_regex(r"\A[0-9a-f]{64}\Z"),
        format=st.sampled_from(["text", "markdown", "html", "feed"]),
        entry=maybe(free_text),
        outlet=maybe(free_text),
        url=maybe(free_text),
        byline=maybe(free_text),
        language=maybe(free_text),
        words=st.integers(0, 10**6),
    ),
    summary=free_text,
    key_points=st.lists(_dict(text=nonempty, **locator), max_size=3),
    sections=st.lists(
        _dict(heading=maybe(free_text), paragraphs=st.lists(free_text, max_size=3)),
        max_size=3,
    ),
    people=st.lists(_dict(name=nonempty, role=maybe(free_text)), max_size=3),
    organizations=st.lists(_dict(name=nonempty, as_written=maybe(free_text)), max_size=2),
    places=st.lists(
        _dict(
            name=nonempty,
            country=maybe(st.from_regex(r"\A[A-Z]{2}\Z")),
            kind=maybe(st.sampled_from(["country", "city", "region"])),
            as_written=maybe(free_text),
        ),
        max_size=2,
    ),
    quotes=st.lists(
        _dict(text=nonempty, speaker=maybe(free_text), role=maybe(free_text), **locator),
        max_size=3,
    ),
    attributions=st.lists(_dict(source=nonempty, claim=nonempty, **locator), max_size=2),
    dates=st.lists(
        _dict(
            text=nonempty,
            date=maybe(st.from_regex(r"\A\d{4}(-\d{2}(-\d{2})?)?\Z")),
            refers_to=maybe(free_text),
        ),
        max_size=2,
    ),
    tags=st.lists(slug, max_size=4),
    editorial=_dict(
        why_it_matters=free_text,
        assessment=free_text,
        confidence=maybe(st.sampled_from(["low", "moderate", "high"])),
        reviewers=st.lists(free_text, max_size=3),
        approved=maybe(st.dates()),
    ),
    generator=maybe(
        _dict(
            version=line,
            fields=st.dictionaries(line, line | st.lists(line, max_size=2), max_size=3),
        )
    ),
)


@FUZZ
@given(data=briefing_data)
def test_load_of_dump_is_the_briefing(tmp_path: Path, data: dict[str, Any]) -> None:
    briefing = Briefing.model_validate(data)
    path = store.save(briefing, tmp_path)
    assert store.load(path) == briefing
    assert store.load_roundtrip(path)[0] == briefing
    assert store.dump(store.load(path)) == path.read_text(encoding="utf-8")


@FUZZ
@given(text=st.text(chars, max_size=400) | st.sampled_from(hostile.payloads()))
def test_any_briefing_text_is_refused_cleanly(tmp_path: Path, text: str) -> None:
    """Hand-edited YAML: whatever is in the file, an error names it, nothing crashes."""
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        store.load(path)
    except InvalidBriefing as err:
        assert err.path == str(path)
    problems = scan_briefings(tmp_path)[2]
    assert all(p.path == path for p in problems)


@pytest.mark.parametrize(
    "text",
    [
        "generator: [1]\nsource: {path: a, sha256: b}\nid: x\n",
        "generator: oops\nsource: {path: a, sha256: b}\nid: x\n",
        "source: {path: [1], sha256: b}\nid: x\n",
        "source: {path: a, sha256: b, entry: {x: 1}}\nid: x\n",
        "id: x\nsource: 5\n",
        "[" * 5000 + "]" * 5000,
        "a: " + "{b: " * 5000 + "1" + "}" * 5000,
        "a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nd: [*c, *c, *c]\n",
    ],
)
def test_odd_briefings_do_not_stop_a_scan(tmp_path: Path, text: str) -> None:
    path = tmp_path / "odd.yaml"
    path.write_text(text, encoding="utf-8")
    problems = scan_briefings(tmp_path)[2]
    assert all(p.path == path for p in problems)
    with pytest.raises(InvalidBriefing):
        store.load(path)


@FUZZ
@given(text=st.text(chars, max_size=200) | st.sampled_from(hostile.payloads()))
def test_front_matter_values_read_back_as_escaped_html(text: str) -> None:
    assert yaml.safe_load(f"title: {yaml_string(text)}\n") == {"title": str(escape(text))}
