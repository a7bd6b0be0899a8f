"""No path escapes: whatever ids, titles, file names, names and links say, every file
a run writes is under briefings/, the docs folder or site/."""

from __future__ import annotations

from pathlib import Path

import yaml

from generator.readers import READERS
from generator.site.parse_cache import CACHE_DIR
from generator.store.events import events_dir
from generator.store.registry import REGISTRY_SCHEMA_FILE, registry_path
from tests.conftest import make_project
from tests.security.cli import briefing

ESCAPES = [
    "../../etc/x",
    "../../../../../../tmp/escaped",
    "/etc/passwd",
    "/tmp/escaped-absolute",
    "C:\\Windows\\system32\\x",
    "\\\\server\\share\\x",
    "CON",
    "nul",
    "..",
    ".",
    "~/.bashrc",
    "．．／．．／etc／x",  # fullwidth full stops and solidus: NFKC makes them ../../etc/x
    "\u2215etc\u2215x",  # division slash
    "..\u2044..\u2044x",  # fraction slash
    "x" * 300,
]


def articles() -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for i, name in enumerate(ESCAPES):
        body = f"{name}\n\nThe council said on Monday that {name} was a path. Item {i}.\n"
        files[f"title-{i:02d}.txt"] = body.encode("utf-8")
    for name in ("CON.txt", "aux.txt", "NUL.text", "com1.txt", "x" * 240 + ".txt",
                 "．．／etc.txt", "..txt", "-rf.txt"):  # fmt: skip
        files[name] = f"A headline\n\nSome text about {name} here.\n".encode()
    if ".xml" in READERS:
        items = "".join(
            f"<item><title>Entry {i}</title><link>{e}</link><guid>{e}</guid>"
            f"<description>Text of entry {i} about the council.</description></item>"
            for i, e in enumerate(["../../etc/x", "/etc/passwd", "file:///etc/passwd"])
        )
        files["feed.xml"] = (
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>../../x</title>'
            f"<link>../../etc</link>{items}</channel></rss>"
        ).encode()
    return files


def named_briefing(i: int, name: str) -> dict[str, object]:
    """A hand-written briefing naming people, organisations and places `name`."""
    return {
        "schema": 1,
        "id": f"path-names-{i:02d}",
        "title": name,
        "source": {"path": name, "sha256": f"{i:064x}", "format": "text", "words": 1,
                   "url": name, "entry": name},
        "people": [{"name": name, "role": name}],
        "organizations": [{"name": name}],
        "places": [{"name": name, "country": "GB"}],
        "quotes": [{"text": "Quoted.", "speaker": name}],
    }  # fmt: skip


def files_under(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file() or p.is_symlink()}


def test_nothing_is_written_outside_the_project_folders(tmp_path: Path) -> None:
    root = tmp_path / "root"
    project = make_project(root / "p", articles())
    outside = root / "outside" / "x.txt"
    outside.parent.mkdir(parents=True)
    outside.write_text("Outside headline\n\nAn article kept outside the project.\n")
    for i, name in enumerate(ESCAPES):
        path = project.briefings_dir / f"path-names-{i:02d}.yaml"
        path.write_text(yaml.safe_dump(named_briefing(i, name), allow_unicode=True))
    before = files_under(root)
    watched_tmp = set(Path("/tmp").glob("escaped*"))

    first = briefing(project.root, "build")
    assert first.returncode == 0, first.stderr
    second = briefing(project.root, "ingest", str(outside), str(project.articles_dir))
    assert second.returncode == 0, second.stderr
    assert briefing(project.root, "build").returncode == 0

    # the project's own folders: its briefings and events (beside them), the docs and
    # site it builds, and the parse and render cache; nothing else, nothing outside
    allowed = [
        project.briefings_dir,
        events_dir(project.briefings_dir),
        project.docs_dir,
        project.site_dir,
        project.root / CACHE_DIR,
    ]
    # and at its root: the lock, the entity registry and the registry's schema
    project_files = {
        project.root / ".briefing.lock",
        registry_path(project.root),
        project.root / REGISTRY_SCHEMA_FILE,
    }
    new = files_under(root) - before
    assert new, "the runs wrote nothing"
    strays = [
        p for p in new
        if not any(p.resolve().is_relative_to(a.resolve()) for a in allowed)
        and p not in project_files
    ]  # fmt: skip
    assert not strays, strays
    assert not [p for p in new if p.is_symlink()]
    assert set(Path("/tmp").glob("escaped*")) == watched_tmp
    events = list(events_dir(project.briefings_dir).glob("*.yaml"))
    assert events, "the build wrote no event files"
    for path in [*project.briefings_dir.glob("*.yaml"), *events]:
        assert len(path.name.encode()) <= 128 and path.name.isascii(), path.name
        assert path.stem.lower() not in {"con", "nul", "aux", "com1", "prn"}
