"""`briefing validate` for event files: schema errors at file:line:column, and the
membership rule (every briefing in one event, every member a briefing that exists)."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from generator.errors import InvalidBriefing
from generator.events.model import Event
from generator.models import Problem
from generator.store.events import EVENT_SCHEMA_FILE
from generator.store.read import field_name, locate, not_a_mapping, parse, read_text

INDEX_NAMES = frozenset({"index.json", EVENT_SCHEMA_FILE})


def is_event_file(path: Path) -> bool:
    """In an `events/` folder, or headed by the event schema line."""
    if path.parent.name == "events":
        return True
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            return EVENT_SCHEMA_FILE in handle.readline()
    except OSError:
        return False


def validate_events(files: list[Path]) -> list[Problem]:
    problems: list[Problem] = []
    owner: dict[str, Path] = {}
    for path in files:
        try:
            text = read_text(path)
            data = parse(path, text)
        except InvalidBriefing as err:
            problems.append(Problem(path, err.message, line=err.line, column=err.column))
            continue
        if not isinstance(data, dict):
            problems.append(Problem(path, not_a_mapping(data), line=1, column=1))
            continue
        try:
            event = Event.model_validate(data)
        except ValidationError as err:
            problems.extend(_schema(path, text, e) for e in err.errors())
            continue
        problems.extend(_membership(path, text, event, owner))
    return problems


def _schema(path: Path, text: str, error: ErrorDetails) -> Problem:
    loc = tuple(error["loc"])
    line, column = locate(text, loc)
    return Problem(path, error["msg"], line=line, column=column, field=field_name(loc))


def _membership(path: Path, text: str, event: Event, owner: dict[str, Path]) -> list[Problem]:
    found = []
    if path.name != f"{event.id}.yaml":
        line, column = locate(text, ("id",))
        found.append(Problem(path, f"must be named {event.id}.yaml", "error", line, column, "id"))
    if not event.briefings:
        found.append(Problem(path, "no briefings: ingest ignores this event", "warning"))
    briefings = path.parent.parent / "briefings"
    for i, member in enumerate(event.briefings):
        line, column = locate(text, ("briefings", i))
        name = f"briefings[{i}]"
        if member in owner:
            message = f"{member} is also in {owner[member].name}"
            found.append(Problem(path, message, "error", line, column, name))
        owner.setdefault(member, path)
        if briefings.is_dir() and not (briefings / f"{member}.yaml").is_file():
            found.append(Problem(path, f"no briefing {member}", "warning", line, column, name))
    return found
