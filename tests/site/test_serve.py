"""`briefing serve` rebuilds when a briefing changes: the plugin re-renders on each
build, and waits while another briefing run holds the project."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import ExitStack
from pathlib import Path

from generator.commands.ingest import ingest
from generator.config import Project
from generator.lock import project_lock
from tests.conftest import PATIENCE_MS, checkout_env


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def wait_for(url: str, needle: str, touch: Path | None = None) -> str:
    """Wait until the page shows `needle`. `touch`: a file whose change should show;
    it is touched again every few seconds, for a file watcher that had not started yet
    when it was first written (a slow machine must not fail the test)."""
    deadline = time.monotonic() + PATIENCE_MS / 1000
    last, touched = "", time.monotonic()
    while time.monotonic() < deadline:
        try:
            last = fetch(url)
            if needle in last:
                return last
        except OSError:
            pass
        if touch is not None and time.monotonic() - touched > 5:
            touch.touch()
            touched = time.monotonic()
        time.sleep(0.5)
    raise AssertionError(f"{needle!r} never appeared at {url}; last page: {last[:300]!r}")


def approved_seed(project: Project) -> Path:
    """The seed's briefing, approved: the public site shows approved briefings only."""
    ingest(project, [project.articles_dir])
    [path] = project.briefings_dir.glob("*.yaml")
    path.write_text(
        path.read_text()
        .replace("status: draft", "status: approved")
        .replace("reviewers: []", "reviewers: [desk]")
        .replace("approved: null", "approved: 2026-11-28")
    )
    return path


def briefing_page(port: int, path: Path) -> str:
    """The briefing's own page: the home page is the daily brief of events, whose
    titles do not follow an edit of a briefing's title."""
    return f"http://127.0.0.1:{port}/briefings/{path.stem}/"


def test_serve_reloads_on_a_changed_briefing(seed_project: Project) -> None:
    path = approved_seed(seed_project)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", "--address", f"127.0.0.1:{port}"],
        cwd=seed_project.root,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=checkout_env(),
    )
    try:
        page = briefing_page(port, path)
        wait_for(page, "North Korean leader")
        time.sleep(2)  # the file watcher starts after the first build is served
        original = path.read_text()
        path.write_text(
            original.replace(
                "title: North Korean leader", "title: Edited while serving - North Korean leader"
            )
        )
        wait_for(page, "Edited while serving", touch=path)
    finally:
        server.terminate()
        server.wait(timeout=20)


def shows(url: str, needle: str) -> bool:
    """Whether the page shows `needle` now; a page asked for during a rebuild is
    answered when the rebuild is done, so a rebuild that waits looks like a timeout."""
    try:
        return needle in fetch(url)
    except OSError:
        return False


def wait_for_line(log: Path, needle: str, count: int) -> None:
    deadline = time.monotonic() + PATIENCE_MS / 1000
    while time.monotonic() < deadline:
        if log.read_text().count(needle) >= count:
            return
        time.sleep(0.2)
    raise AssertionError(f"{needle!r} not logged {count} times:\n{log.read_text()[-2000:]}")


def test_serve_does_not_render_while_another_run_holds_the_project(
    seed_project: Project, tmp_path: Path
) -> None:
    """As `briefing ingest` in another terminal: serve waits for it, first build and
    rebuilds alike, and then shows what it wrote."""
    path = approved_seed(seed_project)
    port = free_port()
    page = briefing_page(port, path)
    log = tmp_path / "serve.log"
    waiting = "is working on this project; waiting for it to finish"
    other_run = ExitStack()
    other_run.enter_context(project_lock(seed_project.root))
    with log.open("w") as output:  # the child keeps its own descriptor
        server = subprocess.Popen(
            [sys.executable, "-m", "generator", "serve", "--address", f"127.0.0.1:{port}"],
            cwd=seed_project.root,
            stdout=output,
            stderr=subprocess.STDOUT,
            env=checkout_env(),
        )
    try:
        wait_for_line(log, waiting, 1)
        time.sleep(2)
        assert not shows(page, "North Korean leader")  # nothing built, nothing served
        other_run.close()
        wait_for(page, "North Korean leader")
        wait_for_line(log, "Watching paths for changes", 1)  # after the first build
        with project_lock(seed_project.root):
            path.write_text(path.read_text().replace("title: North", "title: Edited - North"))
            wait_for_line(log, waiting, 2)
            time.sleep(2)
            assert not shows(page, "Edited - North")
        wait_for(page, "Edited - North", touch=path)
    finally:
        other_run.close()
        server.terminate()
        server.wait(timeout=20)


def test_serve_preview_shows_drafts(seed_project: Project) -> None:
    ingest(seed_project, [seed_project.articles_dir])  # the seed stays a draft
    [path] = seed_project.briefings_dir.glob("*.yaml")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", "--preview", "--address", f"127.0.0.1:{port}"],
        cwd=seed_project.root,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=checkout_env(),
    )
    try:
        page = wait_for(briefing_page(port, path), "North Korean leader")
        assert "Draft: not in the public site" in page  # the preview's banner
    finally:
        server.terminate()
        server.wait(timeout=20)
