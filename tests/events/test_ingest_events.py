"""Events after `briefing ingest` of plain-text articles, in a real git repository: the
contract of the event files, and an editor's merge and move surviving re-ingest."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from generator.store.event_sync import INDEX_FILE
from generator.store.events import load_event
from tests.conftest import checkout_env, make_project
from tests.events import stories

FIRST = {
    "chile-1.txt": stories.CHILE_1,
    "chile-2.txt": stories.CHILE_2,
    "chile-copy.txt": stories.CHILE_COPY,
    "summit-1.txt": stories.SUMMIT_1,
    "summit-2.txt": stories.SUMMIT_2,
    "japan.txt": stories.JAPAN,
    "football.txt": stories.FOOTBALL,
}


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, env=checkout_env())


def ingest(root: Path) -> None:
    result = run(sys.executable, "-m", "generator", "ingest", "-C", str(root), cwd=root)
    assert result.returncode == 0, result.stderr + result.stdout


def git(root: Path, *args: str) -> str:
    result = run("git", *args, cwd=root)
    assert result.returncode == 0, result.stderr
    return result.stdout


def briefing_of(root: Path) -> dict[str, str]:
    """Article file name -> its briefing id."""
    found = {}
    for path in (root / "briefings").glob("*.yaml"):
        data = yaml.safe_load(path.read_text())
        found[Path(data["source"]["path"]).name] = data["id"]
    return found


def events(root: Path) -> dict[str, list[str]]:
    """Event id -> members, from the event files."""
    return {
        p.stem: load_event(p).briefings
        for p in sorted((root / "events").glob("*.yaml"))
        if load_event(p).briefings
    }


def event_of(root: Path, briefing_id: str) -> str:
    return next(e for e, ids in events(root).items() if briefing_id in ids)


def test_ingest_writes_events_and_keeps_an_editors_merge_and_move(tmp_path: Path) -> None:
    root = tmp_path / "project"
    make_project(root, {f"articles/{name}": text for name, text in FIRST.items()})
    ingest(root)
    ids = briefing_of(root)
    members = events(root)

    # every briefing is in exactly one event
    listed = [i for group in members.values() for i in group]
    assert sorted(listed) == sorted(ids.values())
    # the same story from three sources is one event; the copy is marked as a copy
    chile = event_of(root, ids["chile-1.txt"])
    assert event_of(root, ids["chile-2.txt"]) == chile
    assert event_of(root, ids["chile-copy.txt"]) == chile
    assert event_of(root, ids["summit-1.txt"]) == event_of(root, ids["summit-2.txt"])
    # another earthquake, elsewhere, is another event; so is the football
    assert event_of(root, ids["japan.txt"]) != chile
    assert (
        len(
            {
                chile,
                event_of(root, ids["summit-1.txt"]),
                event_of(root, ids["japan.txt"]),
                event_of(root, ids["football.txt"]),
            }
        )
        == 4
    )

    event = load_event(root / "events" / f"{chile}.yaml")
    assert [(c.briefing, c.copy_of) for c in event.copies] == [
        (ids["chile-copy.txt"], ids["chile-1.txt"])
    ]
    assert event.title and event.summary
    assert event.key_points and all(p.sources for p in event.key_points)
    assert set(event.outlets) >= {"Reuters", "AP"}
    people = {e.name: e.sources for e in event.entities if e.kind == "person"}
    assert people.get("Gabriel Boric", 0) >= 2
    toll = {d.about: {c.value: c.sources for c in d.claims} for d in event.disagreements}
    assert toll["people"]["12"] == [ids["chile-1.txt"]]  # the copy is not a second source
    assert toll["people"]["15"] == [ids["chile-2.txt"]]
    assert (root / "events" / "event.schema.json").is_file()
    assert (root / "events" / INDEX_FILE).is_file()

    git(root, "init", "-q")
    git(root, "-c", "user.name=t", "-c", "user.email=t@e", "add", "-A")
    git(root, "-c", "user.name=t", "-c", "user.email=t@e", "commit", "-qm", "first ingest")

    # The editor merges the football event into the summit's (a decision, right or
    # wrong) and moves the AP report of the quake into the Japanese quake's event.
    summit, football = event_of(root, ids["summit-1.txt"]), event_of(root, ids["football.txt"])
    japan = event_of(root, ids["japan.txt"])
    _edit_members(root, summit, lambda m: [*m, ids["football.txt"]])
    (root / "events" / f"{football}.yaml").unlink()
    _edit_members(root, chile, lambda m: [i for i in m if i != ids["chile-2.txt"]])
    _edit_members(root, japan, lambda m: [*m, ids["chile-2.txt"]])
    git(root, "-c", "user.name=e", "-c", "user.email=e@e", "commit", "-qam", "editor's events")

    (root / "articles" / "chile-3.txt").write_text(stories.CHILE_3)
    (root / "articles" / "election.txt").write_text(stories.ELECTION)
    ingest(root)
    ids = briefing_of(root)
    after = events(root)
    assert sorted(i for g in after.values() for i in g) == sorted(ids.values())
    assert ids["football.txt"] in after[summit]  # the merge stands
    assert football not in after
    assert ids["chile-2.txt"] in after[japan]  # the move stands
    assert event_of(root, ids["chile-3.txt"]) == chile  # the new report joins its story
    assert event_of(root, ids["election.txt"]) not in {chile, summit, japan}
    changed = git(root, "status", "--porcelain", "events/")
    assert f"events/{chile}.yaml" in changed


def _edit_members(root: Path, event_id: str, change) -> None:  # type: ignore[no-untyped-def]
    """What an editor does in the file: rewrite the `briefings:` list."""
    path = root / "events" / f"{event_id}.yaml"
    data = yaml.safe_load(path.read_text())
    data["briefings"] = change(data["briefings"])
    path.write_text(
        "# yaml-language-server: $schema=event.schema.json\n"
        + yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    )
