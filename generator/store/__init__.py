"""Briefing YAML on disk: the source of truth that people edit and review in git.

This package is the only code that reads or writes a briefing file; what the other
stages may use is exported here. Writing is deterministic (same briefing,
byte-identical file: model field order, block style, long text folded at word
boundaries so that a one-word correction is a one-line diff) and atomic. Reading
validates against the model and names the file, line and field of anything wrong.
ruamel.yaml round-trips editors' comments, which re-ingest must keep; PyYAML's C
loader reads briefings fast when only their values are needed.

    emit.py        the writer (our layout) and ruamel set up to keep it
    read.py        reading, validation, the one locator of a field's line and column
    stamp.py       the generator's digest of each field: the base of merges
    merge.py       re-ingest as a three-way merge
    patch.py       merged values written into the round-tripped YAML in place
    validation.py  `briefing validate`: every problem of a file (`diagnose`) and lints
    schema.py      the JSON Schema beside the briefings
    registry.py    the entity registry (entities.yaml): read, write keeping comments, schema
    registry_check.py  `briefing validate` on the registry: duplicate names, bad merges
"""

from __future__ import annotations

from pathlib import Path

from generator.files import write_atomic
from generator.models import Briefing
from generator.store.emit import (
    HEADER,
    SCHEMA_FILE,
    WRAP,
    dump,
    dump_tree,
    fold,
    fold_lines,
    plain,
    roundtrip_yaml,
)
from generator.store.read import (
    MAX_BRIEFING_BYTES,
    check,
    check_text,
    load,
    load_roundtrip,
    load_with_text,
    locate,
    not_a_mapping,
    read_text,
    roundtrip_tree,
    values,
)
from generator.store.registry import (
    REGISTRY_FILE,
    REGISTRY_SCHEMA_FILE,
    dump_registry,
    load_registry,
    registry_path,
    registry_schema_json,
    save_registry,
    write_registry_schema,
)
from generator.store.registry_check import registry_problems
from generator.store.schema import schema_json, write_schema
from generator.store.stamp import MACHINE_FIELDS, digest, edited_fields, stamp

__all__ = [
    "HEADER",
    "MACHINE_FIELDS",
    "MAX_BRIEFING_BYTES",
    "REGISTRY_FILE",
    "REGISTRY_SCHEMA_FILE",
    "SCHEMA_FILE",
    "WRAP",
    "check",
    "check_text",
    "digest",
    "dump",
    "dump_registry",
    "dump_tree",
    "edited_fields",
    "fold",
    "fold_lines",
    "load",
    "load_registry",
    "load_roundtrip",
    "load_with_text",
    "locate",
    "not_a_mapping",
    "plain",
    "read_text",
    "registry_path",
    "registry_problems",
    "registry_schema_json",
    "roundtrip_tree",
    "roundtrip_yaml",
    "save",
    "save_registry",
    "schema_json",
    "stamp",
    "values",
    "write_registry_schema",
    "write_schema",
]


def save(briefing: Briefing, folder: Path, text: str | None = None) -> Path:
    """`text`: the briefing's `dump`, when it was made already (in an ingest worker)."""
    path = folder / f"{briefing.id}.yaml"
    write_atomic(path, (dump(briefing) if text is None else text).encode("utf-8"))
    return path
