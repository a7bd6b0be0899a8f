"""The entity registry on disk: `entities.yaml` at the project root, in git beside the
briefings, with its JSON Schema (`entities.schema.json`) beside it.

One file, not a folder of files: editors merge and rename by moving a line within it,
and a pull request shows a correction as one diff. Written like a briefing:
deterministic (entries in their order, new ones at the end; only fields that have a
value) and atomic. A file an editor has commented keeps its comments: the new values
go into the round-tripped tree (ruamel) in place. A file as the generator writes it
is rewritten from the values, which is much faster on a corpus of thousands of entries.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from generator.errors import InvalidBriefing, InvalidRegistry
from generator.files import write_atomic, write_if_changed
from generator.identity import Entity, Registry
from generator.store.emit import dump_tree, flow_style, roundtrip_yaml
from generator.store.read import field_name, locate, not_a_mapping, parse
from generator.store.schema import model_schema_json

REGISTRY_FILE = "entities.yaml"
REGISTRY_SCHEMA_FILE = "entities.schema.json"
REGISTRY_HEADER = f"# yaml-language-server: $schema={REGISTRY_SCHEMA_FILE}\n"
MAX_REGISTRY_BYTES = 64 * 1024 * 1024
ALWAYS = ("id", "kind", "name", "status")  # written even when they are the default


def registry_path(root: Path) -> Path:
    return root / REGISTRY_FILE


def read_registry_text(path: Path) -> str | None:
    """The file's text, or None when the project has no registry yet."""
    try:
        if path.stat().st_size > MAX_REGISTRY_BYTES:
            raise InvalidRegistry(path, f"too large: over {MAX_REGISTRY_BYTES:,} bytes")
        return path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        return None
    except UnicodeDecodeError as err:
        raise InvalidRegistry(path, f"not UTF-8: {err.reason} at byte {err.start}") from None
    except OSError as err:
        raise InvalidRegistry(path, f"cannot read: {err.strerror or err}") from None


def load_registry(path: Path) -> Registry:
    """The registry, validated; an empty one when the file does not exist."""
    text = read_registry_text(path)
    if text is None:
        return Registry()
    return registry_from_text(path, text)


def registry_from_text(path: Path, text: str) -> Registry:
    try:
        data = parse(path, text)
    except InvalidBriefing as err:
        raise InvalidRegistry(path, err.message, err.line, err.column) from None
    if data is None:
        return Registry()
    if not isinstance(data, dict):
        raise InvalidRegistry(path, not_a_mapping(data), line=1)
    try:
        return Registry.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        loc = tuple(first["loc"])
        line, column = locate(text, loc)
        more = f" (and {err.error_count() - 1} more)" if err.error_count() > 1 else ""
        raise InvalidRegistry(
            path, f"{first['msg']}{more}", line, column, field_name(loc)
        ) from None


def entity_values(entity: Entity) -> dict[str, Any]:
    """An entry's fields in model order: those with a value, and always its identity."""
    values = entity.model_dump(mode="json")
    return {k: v for k, v in values.items() if k in ALWAYS or v not in (None, [], "")}


def dump_registry(registry: Registry) -> str:
    lines = [REGISTRY_HEADER.rstrip("\n"), f"schema: {registry.schema_version}", "entities:"]
    if not registry.entities:
        lines[-1] = "entities: []"
    for entity in registry.entities:
        first = True
        for key, value in entity_values(entity).items():
            lines.append(f"{'- ' if first else '  '}{key}: {_scalar(value)}")
            first = False
    return "\n".join(lines) + "\n"


@lru_cache(maxsize=65536)
def _cached(value: str) -> str:
    return flow_style(value)


def _scalar(value: Any) -> str:
    if isinstance(value, list):
        return flow_style(value)
    return _cached(value) if isinstance(value, str) else flow_style(value)


def save_registry(path: Path, registry: Registry) -> bool:
    """Write the registry if it changed; True when the file was written. An editor's
    comments and layout are kept."""
    text = dump_registry(registry)
    old = read_registry_text(path)
    if old is not None and old != text and old != dump_registry(registry_from_text(path, old)):
        text = _patched(path, old, registry)
    if old == text:
        return False
    registry_from_text(path, text)  # never write a registry that does not read back
    write_atomic(path, text.encode("utf-8"))
    return True


def _patched(path: Path, old: str, registry: Registry) -> str:
    """The new values set into the editor's file, entry by entry, key by key."""
    tree = roundtrip_yaml().load(old)
    if not isinstance(tree, CommentedMap):
        raise InvalidRegistry(path, not_a_mapping(tree), line=1)
    entries = tree.get("entities")
    if not isinstance(entries, CommentedSeq):
        entries = tree["entities"] = CommentedSeq()
    by_id = {e.get("id"): e for e in entries if isinstance(e, CommentedMap)}
    for entity in registry.entities:
        values = entity_values(entity)
        node = by_id.get(entity.id)
        if node is None:
            node = CommentedMap()
            entries.append(node)
        for key in [k for k in node if k not in values]:
            del node[key]
        for key, value in values.items():
            if node.get(key) != value:
                node[key] = _flow(value)
    return dump_tree(tree)


def _flow(value: Any) -> Any:
    if isinstance(value, list):
        seq = CommentedSeq(value)
        seq.fa.set_flow_style()
        return seq
    return value


def registry_schema_json() -> str:
    return model_schema_json(Registry, "Entity registry")


def write_registry_schema(root: Path) -> Path:
    path = root / REGISTRY_SCHEMA_FILE
    write_if_changed(path, registry_schema_json().encode("utf-8"))
    return path
