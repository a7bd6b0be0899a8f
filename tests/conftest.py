"""Shared fixtures: a real project in a temp folder, and the shared corpus."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser

from generator.config import Project, load_project

REPO = Path(__file__).resolve().parent.parent
SHARED = Path("../shared")
SEED = SHARED / "seed" / "000_f8178e955944c9a2.txt"
BBC = SHARED / "corpus" / "bbc"
HTML_PAGES = SHARED / "corpus" / "html-readability"


def checkout_env() -> dict[str, str]:
    """For `python -m generator` subprocesses: this checkout's code first (the venv's
    editable install may point at another worktree), plain and unwrapped messages."""
    return {**os.environ, "PYTHONPATH": str(REPO), "NO_COLOR": "1", "COLUMNS": "400"}


@pytest.fixture(scope="session", autouse=True)
def _run_from_repo(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The corpus is read through the relative path ../shared, from the repository."""
    os.chdir(REPO)
    assert SHARED.is_dir(), "the shared corpus must sit beside the repository as ../shared"


def make_project(root: Path, articles: dict[str, str | bytes] | None = None) -> Project:
    """A briefing project like the repository's own: mkdocs.yml, folders, articles."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    for folder in ("articles", "briefings", "templates", "rendered"):
        (root / folder).mkdir(exist_ok=True)
    for name, content in (articles or {}).items():
        path = root / "articles" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return load_project(root)


@pytest.fixture
def project_factory(tmp_path: Path) -> Callable[..., Project]:
    def factory(articles: dict[str, str | bytes] | None = None, name: str = "project") -> Project:
        return make_project(tmp_path / name, articles)

    return factory


@pytest.fixture
def seed_project(project_factory: Callable[..., Project]) -> Project:
    return project_factory({SEED.name: SEED.read_bytes()})


# Debian's chromium, for the tests marked `browser`. One Playwright for the whole
# session: Playwright's sync API refuses to start while another instance runs in
# the same thread, so every browser test shares this one (never a download).
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


# How long a browser test waits for something a working site always does (a page to
# load, Material's search worker to build its index). A wait never fails a test for
# being slow, only for never happening: five minutes is beyond any loaded machine,
# and a test that passes returns as soon as the condition holds.
PATIENCE_MS = 300_000


@pytest.fixture(scope="session")
def chromium() -> Iterator[Browser]:
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=PATIENCE_MS)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        patient(browser)
        yield browser
        browser.close()


def patient(browser: Browser) -> None:
    """Every page and context the tests open waits PATIENCE_MS, not Playwright's 30 s."""
    new_page, new_context = browser.new_page, browser.new_context

    def page(*args: Any, **kwargs: Any) -> Any:
        opened = new_page(*args, **kwargs)
        opened.set_default_timeout(PATIENCE_MS)
        return opened

    def context(*args: Any, **kwargs: Any) -> Any:
        opened = new_context(*args, **kwargs)
        opened.set_default_timeout(PATIENCE_MS)
        return opened

    browser.new_page = page  # type: ignore[method-assign]
    browser.new_context = context  # type: ignore[method-assign]
