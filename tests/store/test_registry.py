"""The entity registry on disk: deterministic, atomic, comments kept, checked by
`briefing validate` at file and line."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from generator import store
from generator.cli import app
from generator.errors import InvalidRegistry
from generator.identity import Entity, Registry

BUSH = Entity(id="george-w-bush", kind="person", name="George W Bush", aliases=["George Bush"])
GEORGIA = Entity(id="georgia-us", kind="place", name="Georgia", country="US")


def test_written_deterministically_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / store.REGISTRY_FILE
    registry = Registry(entities=[BUSH, GEORGIA])
    assert store.save_registry(path, registry)
    text = path.read_text(encoding="utf-8")
    assert text == store.dump_registry(registry)
    assert "  aliases: [George Bush]\n" in text and "country: US" in text
    assert "description" not in text  # only fields with a value
    assert store.load_registry(path) == registry
    assert not store.save_registry(path, registry)  # unchanged: not written again


def test_a_missing_registry_is_empty(tmp_path: Path) -> None:
    assert store.load_registry(tmp_path / store.REGISTRY_FILE) == Registry()


def test_an_editors_comments_survive_a_write(tmp_path: Path) -> None:
    path = tmp_path / store.REGISTRY_FILE
    store.save_registry(path, Registry(entities=[BUSH]))
    text = path.read_text(encoding="utf-8").replace(
        "name: George W Bush\n", "name: George W Bush  # 43rd president\n"
    )
    path.write_text("# the desk's registry\n" + text, encoding="utf-8")
    grown = Registry(entities=[BUSH, GEORGIA])
    assert store.save_registry(path, grown)
    written = path.read_text(encoding="utf-8")
    assert "# the desk's registry" in written and "# 43rd president" in written
    assert store.load_registry(path) == grown


def test_a_broken_registry_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / store.REGISTRY_FILE
    path.write_text(
        "schema: 1\nentities:\n- id: x\n  kind: person\n  name: X\n  status: maybe\n",
        encoding="utf-8",
    )
    with pytest.raises(InvalidRegistry) as caught:
        store.load_registry(path)
    assert caught.value.line == 6 and caught.value.field == "entities[0].status"


def test_validate_reports_duplicate_names_and_bad_merges(tmp_path: Path) -> None:
    path = tmp_path / store.REGISTRY_FILE
    entities = [
        BUSH,
        Entity(id="bush-sr", kind="person", name="George H W Bush", aliases=["George Bush"]),
        Entity(id="a", kind="person", name="A", merged_into="nobody"),
        Entity(id="b", kind="person", name="B", merged_into="georgia-us"),
        Entity(id="c", kind="person", name="C", merged_into="d"),
        Entity(id="d", kind="person", name="D", merged_into="c"),
        GEORGIA,
        Entity(id="georgia-ge", kind="place", name="Georgia", country="GE"),  # not a duplicate
    ]
    store.save_registry(path, Registry(entities=entities))
    _, problems = store.registry_problems(path)
    messages = {(p.line, p.field, p.message) for p in problems}
    assert (
        12,
        "entities[1].aliases[0]",
        "'George Bush' also names 'george-w-bush': one name, two entities",
    ) in messages
    text = "\n".join(str(p) for p in problems)
    assert "merged into 'nobody', which is not in the registry" in text
    assert "merged into 'georgia-us', a place, but this is a person" in text
    assert "merges that go round in a loop: c -> d" in text
    assert "Georgia" not in text


def test_briefing_validate_checks_the_registry(seed_project) -> None:  # type: ignore[no-untyped-def]
    root = seed_project.root
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", "-C", str(root)]).exit_code == 0
    path = store.registry_path(root)
    first = store.load_registry(path).entities[0]
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(f"- id: {first.id}\n", f"- id: {first.id}\n  merged_into: nowhere\n", 1),
        encoding="utf-8",
    )
    result = runner.invoke(app, ["validate", "-C", str(root)])
    assert result.exit_code == 1
    assert f"{store.REGISTRY_FILE}:5:3: error: entities[0].merged_into" in result.output
    assert "merged into 'nowhere', which is not in the registry" in result.output


def test_an_item_without_an_id_keeps_the_digest_it_had_before_ids() -> None:
    """Briefings stamped before items carried ids: their items' edits stay edits."""
    before = {"name": "Ann Lee", "role": "chief engineer"}
    assert store.digest({**before, "id": None}) == store.digest(before)
    assert store.digest({**before, "id": "ann-lee"}) != store.digest(before)
