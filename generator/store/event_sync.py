"""Keeping `events/` in step with `briefings/` after an ingest.

Every briefing is in exactly one event. The event files are the truth about
membership (people move briefings, merge and split events there); `events/index.json`
is derived from them (the clustering's profiles, and each file's size and time so an
unchanged file is not read again): deleting it costs one rebuild from the files.
Briefings in no event are placed in sorted id order; events that gained members,
or whose members were re-written, are composed again and merged with people's edits.
"""

from __future__ import annotations

import json
import os
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import InvalidBriefing
from generator.events import Clustering, compose, features
from generator.events.model import Event
from generator.files import write_if_changed
from generator.models import Briefing, Problem
from generator.store.events import (
    dump_event,
    event_files,
    events_dir,
    fresh_event,
    load_event,
    reconcile_event,
    save_event,
    write_event_schema,
)
from generator.store.read import load

INDEX_FILE = "index.json"
# Briefings kept in memory between placing and composing, at most: a parsed briefing
# holds about 30 KiB, so 4,096 of them added 120 MiB to a large run's peak
# (benchmarks/ingest_memory.py); a daily run places far fewer than this.
KEPT_BRIEFINGS = 512


@dataclass(slots=True)
class EventsReport:
    written: list[str] = field(default_factory=list)
    placed: dict[str, str] = field(default_factory=dict)  # briefing id -> event id
    problems: list[Problem] = field(default_factory=list)


@dataclass(slots=True)
class Briefings:
    """The briefings of one run, each read once: placing reads a briefing and composing
    its event reads it again, and parsing YAML is the costliest step of both. At most
    KEPT_BRIEFINGS are kept (the oldest read are dropped first), so memory stays
    bounded however many briefings a run places."""

    folder: Path
    report: EventsReport
    kept: dict[str, Briefing | None] = field(default_factory=dict)

    def get(self, briefing_id: str) -> Briefing | None:
        if briefing_id in self.kept:
            return self.kept[briefing_id]
        found = _briefing(self.folder, briefing_id, self.report)
        if len(self.kept) >= KEPT_BRIEFINGS:
            del self.kept[next(iter(self.kept))]
        self.kept[briefing_id] = found
        return found


@dataclass(slots=True)
class State:
    """The events as the files say, and the clustering built from them."""

    folder: Path
    clustering: Clustering
    stats: dict[str, list[int]]
    members: dict[str, list[str]]
    briefings: Briefings


def update_events(briefings: Path, rewritten: Collection[str] = ()) -> EventsReport:
    """Place every briefing that is in no event; compose again the events that changed."""
    report = EventsReport()
    folder = events_dir(briefings)
    folder.mkdir(parents=True, exist_ok=True)
    state = sync(folder, Briefings(briefings, report), report)
    present = briefing_ids(briefings)
    rewritten = set(rewritten)  # once: not once per event, which is quadratic at scale
    dirty = {e for e, ids in state.members.items() if not rewritten.isdisjoint(ids)}
    for event_id, ids in list(state.members.items()):
        if gone := [i for i in ids if i not in present]:
            state.members[event_id] = [i for i in ids if i not in gone]
            dirty.add(event_id)
    assigned = {i for ids in state.members.values() for i in ids}
    for briefing_id in sorted(present - assigned):
        briefing = state.briefings.get(briefing_id)
        if briefing is None:
            continue
        event_id = state.clustering.place(features(briefing))
        state.members.setdefault(event_id, []).append(briefing_id)
        report.placed[briefing_id] = event_id
        dirty.add(event_id)
    for event_id in sorted(dirty):
        _write(state, event_id, report)
    _save_index(state)
    write_event_schema(folder)
    return report


def briefing_ids(folder: Path) -> set[str]:
    """The ids of the briefing files, from one directory listing (no Path per file:
    with ten thousand briefings, globbing costs more than placing one)."""
    return {name[: -len(".yaml")] for name in os.listdir(folder) if name.endswith(".yaml")}


def sync(folder: Path, briefings: Briefings, report: EventsReport) -> State:
    """The index brought up to date with the event files: a file that changed is read
    again and, if its members changed, its profile is rebuilt from them."""
    index = _read_index(folder / INDEX_FILE)
    clustering = Clustering.from_dict(index.get("clustering", {}))
    old_stats: dict[str, list[int]] = index.get("files", {})
    state = State(folder, clustering, {}, {}, briefings)
    seen: dict[str, str] = {}
    for path in event_files(folder):
        stat = path.stat()
        mark = [stat.st_mtime_ns, stat.st_size]
        event_id = path.stem
        profile = clustering.members(event_id)
        if old_stats.get(event_id) == mark and profile is not None:
            ids = profile
        else:
            try:
                ids = list(load_event(path).briefings)
            except InvalidBriefing as err:
                report.problems.append(_about(path, err))
                ids = profile or []
                mark = []
        ids = _exclusive(path, ids, seen, report)
        state.stats[event_id] = mark
        state.members[event_id] = ids
        if profile != ids:
            clustering.drop(event_id)
            if ids:
                loaded = [b for i in ids if (b := briefings.get(i))]
                clustering.add(event_id, [features(b) for b in loaded])
    for event_id in [e for e in list(clustering.events) if e not in state.members]:
        clustering.drop(event_id)  # its file was deleted: its briefings go back to placing
    for event_id in [e for e, ids in state.members.items() if not ids]:
        clustering.drop(event_id)  # emptied by an editor (merged into another)
    return state


def _exclusive(path: Path, ids: list[str], seen: dict[str, str], report: EventsReport) -> list[str]:
    """A briefing listed by two events stays in the first (by file name), reported."""
    kept = []
    for briefing_id in ids:
        if briefing_id in seen:
            report.problems.append(
                Problem(
                    path,
                    f"{briefing_id} is also in event {seen[briefing_id]}; "
                    "a briefing belongs to one event",
                    field="briefings",
                )
            )
            continue
        seen[briefing_id] = path.stem
        kept.append(briefing_id)
    return kept


def _write(state: State, event_id: str, report: EventsReport) -> None:
    ids = state.members[event_id]
    members = [b for i in ids if (b := state.briefings.get(i))]
    if not members:
        return
    fresh = fresh_event(event_id, ids, compose(members))
    path = state.folder / f"{event_id}.yaml"
    if path.exists():
        try:
            text, problems = reconcile_event(path, load_event(path), fresh)
        except InvalidBriefing as err:
            report.problems.append(_about(path, err))
            return
        report.problems.extend(problems)
    else:
        text = dump_event(fresh)
    if text is not None:
        save_event(state.folder, event_id, text)
        report.written.append(event_id)
    stat = path.stat()
    state.stats[event_id] = [stat.st_mtime_ns, stat.st_size]


def _briefing(folder: Path, briefing_id: str, report: EventsReport) -> Briefing | None:
    try:
        return load(folder / f"{briefing_id}.yaml")
    except InvalidBriefing:
        return None  # ingest and validate report the briefing itself


def _about(path: Path, err: InvalidBriefing) -> Problem:
    return Problem(path, err.message, line=err.line, column=err.column, field=err.field)


def _read_index(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # derived data: rebuilt from the event files
    return data if isinstance(data, dict) else {}


def _save_index(state: State) -> None:
    """Only when it changed: a run with nothing new leaves every file as it was."""
    data = {"clustering": state.clustering.to_dict(), "files": dict(sorted(state.stats.items()))}
    text = json.dumps(data, separators=(",", ":"))
    write_if_changed(state.folder / INDEX_FILE, text.encode())


def load_events(folder: Path) -> list[Event]:
    """Every readable event with members, for the site and the book (sorted by id)."""
    found = []
    for path in event_files(folder):
        try:
            event = load_event(path)
        except InvalidBriefing:
            continue  # validate reports it
        if event.briefings:
            found.append(event)
    return found
