"""`briefing validate` on the entity registry: what the schema cannot say is wrong.

Two entries that claim one name (a duplicate alias: which one is "Bush"?), a merge
into an id the registry does not have, into an entry of another kind, into itself
by a loop, or of an entry also marked "not an entity"; and briefings that carry an
id the registry does not know. Each problem at the file, line and field it concerns.
"""

from __future__ import annotations

from pathlib import Path

from generator.errors import InvalidRegistry
from generator.identity import Entity, EntityStatus, Registry
from generator.models import Problem
from generator.resolve import key
from generator.store.read import Loc, field_name, locate
from generator.store.registry import load_registry, read_registry_text

MAX_MERGE_DEPTH = 16


def registry_problems(path: Path) -> tuple[Registry | None, list[Problem]]:
    """The registry (None if unreadable) and every problem found in it."""
    try:
        registry = load_registry(path)
    except InvalidRegistry as err:
        return None, [Problem(path, err.message, "error", err.line, err.column, err.field)]
    text = read_registry_text(path) or ""
    found = [_at(path, text, loc, msg) for loc, msg in registry_lints(registry)]
    return registry, found


def registry_lints(registry: Registry) -> list[tuple[Loc, str]]:
    entities = registry.entities
    by_id: dict[str, int] = {}
    found: list[tuple[Loc, str]] = []
    for i, entity in enumerate(entities):
        if entity.id in by_id:
            found.append((("entities", i, "id"), f"duplicate id {entity.id!r}"))
        by_id.setdefault(entity.id, i)
    for i, entity in enumerate(entities):
        if entity.merged_into is not None:
            message = _merge_problem(entity, entities, by_id)
            if message:
                found.append((("entities", i, "merged_into"), message))
    found.extend(_duplicate_names(entities, by_id))
    return found


def _merge_problem(entity: Entity, entities: list[Entity], by_id: dict[str, int]) -> str | None:
    target_id = entity.merged_into
    if target_id not in by_id:
        return f"merged into {target_id!r}, which is not in the registry"
    target = entities[by_id[target_id]]
    if target.kind != entity.kind:
        return f"merged into {target_id!r}, a {target.kind}, but this is a {entity.kind}"
    if entity.status == EntityStatus.not_an_entity:
        return "marked not-an-entity and merged: choose one"
    seen = [entity.id]
    for _ in range(MAX_MERGE_DEPTH):
        if target.merged_into is None or target.merged_into not in by_id:
            return None  # a merge into nowhere is reported on its own entry
        seen.append(target.id)
        if target.merged_into in seen:
            return f"merges that go round in a loop: {' -> '.join([*seen, target.merged_into])}"
        target = entities[by_id[target.merged_into]]
    return f"merges too deep to follow (over {MAX_MERGE_DEPTH})"


def root_of(entity: Entity, entities: list[Entity], by_id: dict[str, int]) -> str:
    for _ in range(MAX_MERGE_DEPTH):
        if entity.merged_into is None or entity.merged_into not in by_id:
            return entity.id
        entity = entities[by_id[entity.merged_into]]
    return entity.id


def _duplicate_names(entities: list[Entity], by_id: dict[str, int]) -> list[tuple[Loc, str]]:
    """A name (by key) that two entities claim; places of one name in two countries
    are two places, and entries merged into one are one entity."""
    claimed: dict[tuple[str, str, str | None], tuple[str, str]] = {}
    found: list[tuple[Loc, str]] = []
    for i, entity in enumerate(entities):
        root = root_of(entity, entities, by_id)
        country = entity.country if entity.kind == "place" else None
        for n, name in enumerate(entity.names):
            slot = (entity.kind, key(name), country)
            other = claimed.setdefault(slot, (root, entity.id))
            if other[0] != root:
                loc: Loc = ("entities", i, "name") if n == 0 else ("entities", i, "aliases", n - 1)
                found.append((loc, f"{name!r} also names {other[1]!r}: one name, two entities"))
    return found


def _at(path: Path, text: str, loc: Loc, message: str) -> Problem:
    line, column = locate(text, loc)
    return Problem(path, message, "error", line, column, field_name(loc))
