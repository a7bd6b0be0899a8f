"""`briefing serve` rebuilds when a briefing changes: the plugin re-renders on each build."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request

from generator.config import Project
from generator.ingest import ingest
from tests.conftest import checkout_env


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def wait_for(url: str, needle: str, seconds: float = 60) -> str:
    deadline = time.monotonic() + seconds
    last = ""
    while time.monotonic() < deadline:
        try:
            last = fetch(url)
            if needle in last:
                return last
        except OSError:
            pass
        time.sleep(0.5)
    raise AssertionError(f"{needle!r} never appeared at {url}; last page: {last[:300]!r}")


def test_serve_reloads_on_a_changed_briefing(seed_project: Project) -> None:
    ingest(seed_project, [seed_project.articles_dir])
    [path] = seed_project.briefings_dir.glob("*.yaml")
    approved = (
        path.read_text()
        .replace("status: draft", "status: approved")
        .replace("reviewers: []", "reviewers: [desk]")
        .replace("approved: null", "approved: 2026-11-28")
    )
    path.write_text(approved)  # the public site shows approved briefings only
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", "--address", f"127.0.0.1:{port}"],
        cwd=seed_project.root,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=checkout_env(),
    )
    try:
        home = f"http://127.0.0.1:{port}/"
        wait_for(home, "North Korean leader")
        time.sleep(2)  # the file watcher starts after the first build is served
        original = path.read_text()
        path.write_text(
            original.replace(
                "title: North Korean leader", "title: Edited while serving - North Korean leader"
            )
        )
        wait_for(home, "Edited while serving")
    finally:
        server.terminate()
        server.wait(timeout=20)
