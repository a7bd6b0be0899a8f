"""Event files, `events/<event-id>.yaml`: written in the briefing layout (deterministic,
folded prose, atomic), read with file, line and field of anything wrong, and
re-generated as a three-way merge with people's edits, reusing the briefings' merge.

`briefings` (the membership), `status` and `editorial` belong to people: the
generator only adds newly placed briefings to `briefings`, so an editor's move,
merge or split stands. The other fields are the generator's, merged field by field
(item by item for lists) against the digests in the `generator:` stamp.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from generator.errors import InvalidBriefing
from generator.events.model import EVENT_MACHINE_FIELDS, Event
from generator.files import write_atomic, write_if_changed
from generator.models import Problem, Stamp
from generator.store.emit import dump_tree, dump_values, plain_values, roundtrip_yaml
from generator.store.merge import merge_items, merge_value
from generator.store.patch import set_field
from generator.store.read import field_name, locate, not_a_mapping, parse, read_text
from generator.store.schema import model_schema_json
from generator.store.stamp import digest

EVENT_SCHEMA_FILE = "event.schema.json"
EVENT_HEADER = f"# yaml-language-server: $schema={EVENT_SCHEMA_FILE}\n"
EVENTS_VERSION = "events-1"


def events_dir(briefings_dir: Path) -> Path:
    """Beside the briefings folder: `events/`."""
    return briefings_dir.parent / "events"


def event_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.yaml"))


def dump_event(event: Event) -> str:
    """By the briefings' emitter: one layout for every reviewed file."""
    return dump_values(plain_values(event), EVENT_HEADER)


def load_event(path: Path) -> Event:
    text = read_text(path)
    return check_event(path, parse(path, text), text)


def check_event(path: Path, data: Any, text: str) -> Event:
    if not isinstance(data, dict):
        raise InvalidBriefing(path, not_a_mapping(data), line=1)
    try:
        event = Event.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        line, column = locate(text, tuple(first["loc"]))
        more = f" (and {err.error_count() - 1} more)" if err.error_count() > 1 else ""
        raise InvalidBriefing(
            path, f"{first['msg']}{more}", line=line, column=column, field=field_name(first["loc"])
        ) from None
    if path.name != f"{event.id}.yaml":
        raise InvalidBriefing(path, f"the file of event {event.id!r} must be named {event.id}.yaml")
    return event


def stamp_event(values: dict[str, Any]) -> Stamp:
    """Digests of the machine fields as the generator writes them (JSON values)."""
    fields: dict[str, str | list[str]] = {}
    for name in EVENT_MACHINE_FIELDS:
        value = values[name]
        fields[name] = [digest(v) for v in value] if isinstance(value, list) else digest(value)
    return Stamp(version=EVENTS_VERSION, fields=fields)


def fresh_event(event_id: str, members: list[str], machine: dict[str, Any]) -> Event:
    draft = Event.model_validate({"id": event_id, "briefings": members, **machine})
    values = draft.model_dump(mode="json", by_alias=True)
    return draft.model_copy(update={"generator": stamp_event(values)})


def reconcile_event(path: Path, existing: Event, fresh: Event) -> tuple[str | None, list[Problem]]:
    """The event file's new text (None: unchanged) and the conflicts, as warnings."""
    mine, theirs = plain_values(existing), plain_values(fresh)
    # A file a person made (a split) has no stamp: its empty fields are the generator's to fill.
    base = (
        existing.generator.fields
        if existing.generator
        else {name: digest(mine[name]) for name in EVENT_MACHINE_FIELDS if mine[name] in ("", None)}
    )
    merged: dict[str, Any] = {}
    plans: dict[str, Any] = {}
    problems: list[Problem] = []
    for name in EVENT_MACHINE_FIELDS:
        digests = base.get(name)
        if isinstance(mine[name], list):
            plan, conflicts = merge_items(
                name, digests if isinstance(digests, list) else [], mine[name], theirs[name]
            )
            merged[name], plans[name] = [s.value for s in plan], plan
            clean = not conflicts
        else:
            merged[name], clean = merge_value(
                digests if isinstance(digests, str) else None, mine[name], theirs[name]
            )
        if not clean:
            problems.append(
                Problem(
                    path,
                    "edited by a person and changed by the generator; the person's value kept",
                    "warning",
                    field=name,
                )
            )
    merged["briefings"] = theirs["briefings"]
    merged["generator"] = theirs["generator"]
    original = read_text(path)
    if original == dump_event(existing):
        text = dump_event(Event.model_validate({**mine, **merged}))
    else:
        tree = roundtrip_yaml().load(original)
        for name, value in merged.items():
            set_field(tree, name, mine[name], value, list(theirs), plans.get(name))
        text = dump_tree(tree)
        check_event(path, parse(path, text), text)
    return (None if text == original else text), problems


def save_event(folder: Path, event_id: str, text: str) -> Path:
    path = folder / f"{event_id}.yaml"
    write_atomic(path, text.encode("utf-8"))
    return path


def write_event_schema(folder: Path) -> Path:
    path = folder / EVENT_SCHEMA_FILE
    write_if_changed(path, model_schema_json(Event, "Event").encode("utf-8"))
    return path
