"""The briefing's JSON Schema, kept beside the briefings so editors' YAML plugins
complete and check fields."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from generator.files import write_if_changed
from generator.models import Briefing
from generator.store.emit import SCHEMA_FILE


def write_schema(folder: Path) -> Path:
    path = folder / SCHEMA_FILE
    write_if_changed(path, schema_json().encode("utf-8"))
    return path


def schema_json() -> str:
    return model_schema_json(Briefing, "Briefing")


def model_schema_json(model: type[BaseModel], title: str) -> str:
    """A reviewed file's JSON Schema as written beside it: one layout for every kind."""
    schema = model.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = title
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
