"""Briefing YAML: deterministic, atomic, round-trips, and errors that say where."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import store
from generator.errors import InvalidBriefing
from generator.extract import extract
from generator.models import Briefing, Person, Quote, Source, Status
from generator.readers import read_source
from tests.conftest import SEED


def seed_briefing() -> Briefing:
    [article] = read_source(SEED, "articles/seed.txt")
    return store.stamp(extract(article), "test")


def test_dump_is_deterministic_and_round_trips(tmp_path: Path) -> None:
    briefing = seed_briefing()
    text = store.dump(briefing)
    assert text == store.dump(seed_briefing())
    assert text.startswith("# yaml-language-server: $schema=briefing.schema.json\n")
    path = store.save(briefing, tmp_path)
    assert path.name == f"{briefing.id}.yaml"
    assert store.load(path) == briefing
    assert store.load_roundtrip(path)[0] == briefing


def test_prose_is_folded_so_a_word_change_is_a_one_line_diff() -> None:
    briefing = seed_briefing()
    before = store.dump(briefing).splitlines()
    changed = briefing.model_copy(update={"summary": briefing.summary.replace("rare", "unusual")})
    after = store.dump(changed).splitlines()
    # folded prose stays within 90 columns; a one-line item ("- {name: ..., id: ...}")
    # may take up to the emitter's flow limit (96) after its dash
    assert max(len(line) for line in before if not line.startswith("- {")) <= 90
    assert max(len(line) for line in before) <= 98
    assert len(before) == len(after)
    assert sum(a != b for a, b in zip(before, after, strict=True)) <= 2  # the line and its digest


def test_ruamel_rewrites_our_layout_byte_for_byte(tmp_path: Path) -> None:
    """Merges go through ruamel to keep comments; it must not reformat the file."""
    briefing = seed_briefing().model_copy(
        update={
            "people": [Person(name="Kim Jong Un", role="North Korean leader")],
            "quotes": [Quote(text="growing possibility", speaker=None, role="official", section=3)],
            "tags": ["north-korea", "russia"],
        }
    )
    path = store.save(briefing, tmp_path)
    _, tree = store.load_roundtrip(path)
    out = io.StringIO()
    store.roundtrip_yaml().dump(tree, out)
    assert out.getvalue() == path.read_text()


def test_fold_matches_dump_layout(tmp_path: Path) -> None:
    briefing = seed_briefing()
    path = store.save(briefing, tmp_path)
    _, tree = store.load_roundtrip(path)
    tree["summary"] = store.fold(briefing.summary, 2)
    out = io.StringIO()
    store.roundtrip_yaml().dump(tree, out)
    assert out.getvalue() == path.read_text()


def test_edited_fields_are_detected() -> None:
    briefing = seed_briefing()
    assert store.edited_fields(briefing) == []
    edited = briefing.model_copy(update={"title": "A better headline"})
    assert store.edited_fields(edited) == ["title"]
    status_only = briefing.model_copy(update={"status": Status.review})
    assert store.edited_fields(status_only) == []


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "b.yaml"
    path.write_text(text)
    return path


def test_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    text = store.dump(seed_briefing()).replace("dateline: Seoul", "dateline: [Seoul")
    with pytest.raises(InvalidBriefing) as caught:
        store.load(write(tmp_path, text))
    assert "b.yaml" in str(caught.value) and caught.value.line is not None


def test_unknown_field_names_field_and_line(tmp_path: Path) -> None:
    text = store.dump(seed_briefing()).replace("summary:", "sumary:")
    with pytest.raises(InvalidBriefing) as caught:
        store.load(write(tmp_path, text))
    err = caught.value
    assert err.field == "sumary"
    assert text.splitlines()[err.line - 1].startswith("sumary:")


def test_wrong_type_names_field(tmp_path: Path) -> None:
    text = store.dump(seed_briefing()).replace("  words: 399", "  words: many")
    with pytest.raises(InvalidBriefing) as caught:
        store.load(write(tmp_path, text))
    assert caught.value.field == "source.words"
    assert text.splitlines()[caught.value.line - 1].strip() == "words: many"


def test_yaml_bomb_is_refused(tmp_path: Path) -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
        for p, c in zip("abcdefgh", "bcdefghi", strict=True)
    )
    with pytest.raises(InvalidBriefing, match="aliases"):
        store.load(write(tmp_path, bomb))


def test_not_a_mapping_and_not_utf8(tmp_path: Path) -> None:
    with pytest.raises(InvalidBriefing, match="mapping"):
        store.load(write(tmp_path, "- just\n- a list\n"))
    path = tmp_path / "latin.yaml"
    path.write_bytes(b"title: caf\xe9\n")
    with pytest.raises(InvalidBriefing, match="UTF-8"):
        store.load(path)


def test_schema_names_every_field() -> None:
    schema = store.schema_json()
    for name in ("schema", "summary", "key_points", "quotes", "editorial", "status"):
        assert f'"{name}"' in schema


prose = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300)


@settings(max_examples=150, deadline=None)
@given(
    title=prose.filter(lambda t: t.strip()),
    summary=prose,
    paragraphs=st.lists(prose, max_size=4),
    role=st.none() | prose,
)
def test_load_of_dump_is_identity(
    tmp_path_factory: pytest.TempPathFactory,
    title: str,
    summary: str,
    paragraphs: list[str],
    role: str | None,
) -> None:
    briefing = Briefing(
        id="x-1",
        title=title,
        summary=summary,
        source=Source(path="a.txt", sha256="0" * 64, format="text", words=1),
        sections=[{"heading": None, "paragraphs": paragraphs}],
        people=[Person(name="A B", role=role)],
    )
    path = store.save(briefing, tmp_path_factory.mktemp("h"))
    assert store.load(path) == briefing
    assert store.load_roundtrip(path)[0] == briefing
