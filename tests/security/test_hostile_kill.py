"""Nothing half-written: ingest and build killed with SIGKILL at random moments leave
every briefing either its old or its new complete version, and the next run
finishes the work. Two runs at once: one waits its turn or fails with the lock's
message, and nothing is corrupt."""

from __future__ import annotations

import random
import shutil
import signal
import time
from pathlib import Path

import pytest

from generator import store
from generator.config import Project
from generator.lock import project_lock
from tests.conftest import BBC, make_project
from tests.security.cli import briefing, start
from tests.security.conftest import approve_all

ARTICLES = 100
KILLS = 20
SEED = 20240601

pytestmark = pytest.mark.slow


def snapshot(folder: Path, pattern: str = "*.yaml") -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.glob(pattern)}


def restore(folder: Path, files: dict[str, bytes]) -> None:
    shutil.rmtree(folder)
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)


@pytest.fixture(scope="module")
def bbc_project(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """A project of a few hundred BBC articles, copied to a temp folder (never the repo)."""
    sources = sorted(BBC.rglob("*.txt"))[:: max(1, len(list(BBC.rglob("*.txt"))) // ARTICLES)]
    files = {f"{p.parent.name}/{p.name}": p.read_bytes() for p in sources[:ARTICLES]}
    return make_project(tmp_path_factory.mktemp("kill"), files)


def _rewrite_articles(project: Project) -> None:
    """The 'new' version of every article: one more paragraph, so every briefing changes."""
    for path in project.articles_dir.rglob("*.txt"):
        path.write_bytes(path.read_bytes() + b"\n\nA paragraph added by a later edition.\n")


def test_killed_runs_leave_old_or_new_briefings(bbc_project: Project) -> None:
    """Ingest kills start from the old briefings with every article changed; build
    kills start from the new briefings with the old pages, so that they land in the
    render and the MkDocs build rather than in extraction."""
    project, folder = bbc_project, bbc_project.briefings_dir
    assert briefing(project.root, "ingest").returncode == 0
    approve_all(project)  # the public site, and so the render, shows approved ones only
    assert briefing(project.root, "render").returncode == 0
    old, old_pages = snapshot(folder), _rendered(project)
    assert len(old) > ARTICLES * 0.9 and len(old_pages) > ARTICLES * 0.9
    _rewrite_articles(project)
    ingest_time = _timed(project, "ingest")
    new = snapshot(folder)
    assert set(new) == set(old) and all(new[n] != old[n] for n in old)
    restore(project.docs_dir / "briefings", old_pages)
    build_time = _timed(project, "build")
    new_pages = _rendered(project)

    rng = random.Random(SEED)
    killed = 0
    for i in range(KILLS):
        command = "ingest" if i % 2 == 0 else "build"
        if command == "ingest":  # extraction comes first; the writes come at the end
            restore(folder, old)
            delay = rng.uniform(0.4, 1.05) * ingest_time
        else:
            restore(project.docs_dir / "briefings", old_pages)
            delay = rng.uniform(0.0, 1.05) * build_time
        process = start(project.root, command)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.communicate()
        killed += process.returncode == -signal.SIGKILL
        where = f"kill {i} ({command} after {delay:.1f}s)"
        state = snapshot(folder)
        assert set(state) == set(old), f"{where}: files appeared or went"
        for name, data in state.items():
            assert data in (old[name], new[name]), f"{where}: {name} is torn"
            store.load(folder / name)
        for name, data in _rendered(project).items():
            assert data in (old_pages.get(name), new_pages.get(name)), f"{where}: page {name}"
    assert killed >= KILLS // 2, "most runs ended before the kill"

    restore(folder, old)
    finish = briefing(project.root, "build")
    assert finish.returncode == 0, finish.stderr
    assert snapshot(folder) == new
    assert _rendered(project) == new_pages
    assert not list(folder.glob(".*.tmp")), "a killed run's temporary files were left"
    assert (project.site_dir / "index.html").is_file()


def _timed(project: Project, command: str) -> float:
    began = time.monotonic()
    result = briefing(project.root, command)
    assert result.returncode == 0, result.stderr
    return time.monotonic() - began


def _rendered(project: Project) -> dict[str, bytes]:
    pages = project.docs_dir / "briefings"
    return snapshot(pages, "*.md") if pages.is_dir() else {}


def test_a_held_lock_stops_a_second_run_with_a_clear_message(bbc_project: Project) -> None:
    before = snapshot(bbc_project.briefings_dir)
    with project_lock(bbc_project.root):
        result = briefing(bbc_project.root, "ingest")
    assert result.returncode == 1
    assert "another briefing run (pid" in result.stderr and "wait for it" in result.stderr
    assert snapshot(bbc_project.briefings_dir) == before


def test_two_runs_at_once_do_not_corrupt_each_other(bbc_project: Project) -> None:
    folder = bbc_project.briefings_dir
    shutil.rmtree(folder)
    folder.mkdir()
    runs = [start(bbc_project.root, "ingest") for _ in range(2)]
    results = [(run.wait(timeout=600), run.stderr.read() if run.stderr else "") for run in runs]
    for run in runs:
        run.communicate()
    codes = [code for code, _ in results]
    assert 0 in codes, results
    for code, stderr in results:
        assert code == 0 or "another briefing run" in stderr, stderr
    for path in folder.glob("*.yaml"):
        store.load(path)
    again = briefing(bbc_project.root, "ingest")
    assert again.returncode == 0 and " 0 written" in again.stdout, again.stdout
