"""When the rendered Markdown is already what a render would write: a no-op build
renders nothing.

A render's output depends on the visible briefings (the digest of each file, from
the parse cache), the event files (a briefing's page names its event), the templates
(the project's and the built-in ones), mkdocs.yml, the code that renders, whether it
is a preview, and the day (a page may say "today"). Their digest (the stamp) is kept
beside the files written, each with its size and modification time as the render
left it; when the stamp matches and every file is still that file, the render is
skipped. Anything else (a changed briefing or event, a page deleted or replaced,
another template) renders again, and then only the pages whose bytes changed are
rewritten.

The state is written after the pages, atomically, and removed before a render
writes any: a run killed in between leaves no state, so the next run renders.

A second stamp, over every source file's name and digest (visible or not), lets a
no-op build skip before it loads a single briefing: the digests come from each
file's stat (file_digests.py), so nothing is read or unpickled. It is kept only
after a render without problems, so a broken file is reported on every build.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from generator.config import Project
from generator.files import write_atomic
from generator.site.parse_cache import CACHE_DIR


def inputs(project: Project, preview: bool, templates: Path) -> str:
    """The digest of what a render depends on besides the briefings and events."""
    digest = hashlib.sha256()
    digest.update(f"{preview}\n{dt.date.today().isoformat()}\n".encode())
    digest.update(repr(project).encode() + project.config_file.read_bytes())
    for folder in (project.templates_dir, templates, Path(str(resources.files("generator.site")))):
        for path in sorted(folder.rglob("*")) if folder.is_dir() else []:
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def fingerprint(inputs: str, digests: Iterable[str]) -> str:
    """A render's stamp: its `inputs` and the digests of its sources, in order."""
    digest = hashlib.sha256(inputs.encode())
    for item in digests:
        digest.update(b"\0" + item.encode())
    return digest.hexdigest()


def _state_file(project: Project, preview: bool) -> Path:
    return project.root / CACHE_DIR / f"render-{'preview' if preview else 'public'}.json"


def unchanged(project: Project, preview: bool, stamp: str, kind: str = "stamp") -> list[str] | None:
    """The files of the last render when `stamp` matches its stamp of that `kind`
    ("stamp", or "sources": every source file) and each file is still the one it
    left (same size and modification time)."""
    try:
        state = json.loads(_state_file(project, preview).read_text(encoding="utf-8"))
        files = {str(rel): list(mark) for rel, mark in state["files"].items()}
        if state.get(kind) != stamp:
            return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    docs = project.docs_dir
    return sorted(files) if all(_mark(docs / rel) == files[rel] for rel in files) else None


def record(
    project: Project, preview: bool, stamp: str, files: Iterable[str], sources: str | None
) -> None:
    """Remember this render, once its files are on disk: each as it is now, so the
    state never vouches for a page it did not leave there. The other kind's state is
    dropped, as both share docs_dir. `sources`: the stamp of every source file, None
    when the render had problems."""
    _state_file(project, not preview).unlink(missing_ok=True)
    path = _state_file(project, preview)
    path.parent.mkdir(parents=True, exist_ok=True)
    marks = {rel: _mark(project.docs_dir / rel) for rel in sorted(files)}
    data = json.dumps({"stamp": stamp, "sources": sources, "files": marks}).encode()
    write_atomic(path, data, durable=False)


def _mark(path: Path) -> list[int] | None:
    """What tells a file from another in its place: size and modification time."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return [stat.st_size, stat.st_mtime_ns]


def forget(project: Project, preview: bool) -> None:
    _state_file(project, preview).unlink(missing_ok=True)
