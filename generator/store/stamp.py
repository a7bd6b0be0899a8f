"""The generator's stamp: a digest of each field it wrote (one per item for lists),
the base of the three-way merge that keeps people's edits on re-ingest."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from generator.models import Briefing, Stamp

# Fields the generator makes; everything else (status, editorial) belongs to people.
MACHINE_FIELDS = (
    "title",
    "dateline",
    "published",
    "source",
    "summary",
    "key_points",
    "sections",
    "people",
    "organizations",
    "places",
    "quotes",
    "attributions",
    "dates",
    "tags",
)


# Keys added to the briefing model after briefings were stamped: left out of a digest
# while empty, so that adding one does not make every existing briefing's field look
# edited by a person (and the generator's new values conflicts) on the next ingest.
ADDED_KEYS = frozenset({"ingested"})


def digest(value: Any) -> str:
    """A short digest of a value. Keys the model gained after briefings were stamped
    (the source's `ingested`, an item's registry `id`) are left out while empty, so
    that adding one does not make every existing briefing's field look edited by a
    person (and the generator's new values conflicts) on the next ingest."""
    if isinstance(value, dict):
        value = {
            k: v
            for k, v in value.items()
            if not (v is None and (k in ADDED_KEYS or (k == "id" and "name" in value)))
        }
    canonical = json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:12]


def stamp(briefing: Briefing, version: str) -> Briefing:
    """Record what the generator wrote, field by field (item by item for lists)."""
    values = briefing.model_dump(mode="json", by_alias=True)
    fields: dict[str, str | list[str]] = {}
    for name in MACHINE_FIELDS:
        value = values[name]
        fields[name] = [digest(v) for v in value] if isinstance(value, list) else digest(value)
    return briefing.model_copy(update={"generator": Stamp(version=version, fields=fields)})


def edited_fields(briefing: Briefing) -> list[str]:
    """Machine-made fields a person has changed since the generator wrote them."""
    if briefing.generator is None:
        return list(MACHINE_FIELDS)
    current = stamp(briefing, briefing.generator.version).generator
    assert current is not None
    return [
        name
        for name in MACHINE_FIELDS
        if current.fields.get(name) != briefing.generator.fields.get(name)
    ]
