"""Browser fixtures: the built seed site, and the site of the event test stories
(built as `briefing build` does, Pagefind's index included), each served once per
session on 127.0.0.1, and Debian's chromium.

Playwright drives the system's /usr/bin/chromium (installed by `scripts/setup --dev`);
it never downloads a browser of its own.
"""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from generator.commands.build import build
from generator.models import Briefing
from generator.site.engine import build_site
from tests.conftest import REPO, SEED, make_project
from tests.events.sitekit import approved_stories
from tests.sitekit import approved_seed

ARTIFACTS = REPO / "test-artifacts"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Briefing, Path]:
    project = make_project(tmp_path_factory.mktemp("browser"), {SEED.name: SEED.read_bytes()})
    seed = approved_seed(project)
    build_site(project)
    return seed, project.site_dir


def serve(site: Path) -> Iterator[str]:
    """A built site over HTTP on 127.0.0.1, in a thread; yields its base URL."""
    handler = functools.partial(QuietHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    thread.join()


@pytest.fixture(scope="session")
def server(seed_site: tuple[Briefing, Path]) -> Iterator[str]:
    yield from serve(seed_site[1])


@pytest.fixture(scope="session")
def stories_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The test stories ingested into events, approved, and built by `briefing build`
    (the engine's site, then Pagefind's index of briefings and events)."""
    project = approved_stories(tmp_path_factory.mktemp("events") / "project")
    report = build(project)
    assert not report.failed and not report.warnings, report.warnings
    yield from serve(report.site)


@pytest.fixture
def page(chromium: Browser) -> Iterator[Page]:
    """A fresh context (no cache, no cookies) in the session's chromium."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
