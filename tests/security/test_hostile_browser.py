"""The hostile site in a real browser: Debian's chromium through Playwright.

Every page is loaded over HTTP (as a web server would serve it, so the theme's
search works) with handlers that record any dialog, any console error, any
uncaught exception, any navigation away from the page and any request to another
host. The search box is then fed queries that match the payloads, so the theme's
search results (rendered in the browser from the index) are attacked too.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Error as PlaywrightError

from tests.conftest import PATIENCE_MS
from tests.security.conftest import HostileSite

QUERIES = ["alert", "script", "onerror", "javascript", "svg", "img", "7*7", "iframe"]

pytestmark = pytest.mark.browser


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: Any) -> None:
        pass


@contextlib.contextmanager
def serve(folder: Path) -> Iterator[str]:
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def served(hostile_site: HostileSite) -> Iterator[str]:
    with serve(hostile_site.site) as base:
        yield base


@pytest.fixture(scope="module")
def browser(chromium: Any) -> Any:
    """The session's one chromium (tests/conftest.py): two Playwright drivers cannot
    run in one process."""
    return chromium


class Watch:
    """Everything a page did that a payload could have made it do."""

    def __init__(self, page: Any, origin: str) -> None:
        self.events: list[str] = []
        self.expected_url = ""
        self.origin = origin
        page.on("dialog", self._dialog)
        page.on("console", self._console)
        page.on("pageerror", lambda err: self.events.append(f"uncaught exception: {err}"))
        page.on("framenavigated", self._navigated)
        page.on("popup", lambda popup: self.events.append(f"popup: {popup.url}"))
        page.route("**/*", self._route)

    def _dialog(self, dialog: Any) -> None:
        self.events.append(f"dialog {dialog.type}: {dialog.message}")
        dialog.dismiss()

    def _console(self, message: Any) -> None:
        if message.type in ("error", "assert"):
            self.events.append(f"console {message.type}: {message.text}")

    def _navigated(self, frame: Any) -> None:
        if frame.parent_frame is not None:
            self.events.append(f"a frame loaded {frame.url}")

    def _route(self, route: Any) -> None:
        """Navigations are judged by their requests: the theme rewrites its own URL
        in place (history.replaceState), which is not a navigation."""
        request, url = route.request, route.request.url
        if request.is_navigation_request() and url != self.expected_url:
            self.events.append(f"navigation to {url}")
            route.abort()
        elif url.startswith(self.origin):
            route.continue_()
        else:
            self.events.append(f"request to {url}")
            route.abort()

    def visit(self, page: Any, url: str) -> list[str]:
        self.events.clear()
        self.expected_url = url
        try:
            page.goto(url, wait_until="load")
            page.wait_for_timeout(50)  # let load-time handlers (onerror, onfocus) fire
        except PlaywrightError as err:  # a navigation of the page's own interrupted it
            self.events.append(f"loading failed: {err.message.splitlines()[0]}")
        return list(self.events)


def site_urls(site: Path, base: str) -> list[str]:
    urls = []
    for page in sorted(site.rglob("*.html")):
        rel = page.relative_to(site).as_posix()
        urls.append(base + (rel.removesuffix("index.html") if rel.endswith("index.html") else rel))
    return urls


DOSSIERS = ("people/", "organizations/", "places/", "tags/", "countries/")
DOSSIERS_PER_KIND = 12


def pages_to_load(site: Path, base: str) -> list[str]:
    """Every page except dossiers, and a spread of dossiers of every kind: there are
    hundreds of them, all from one template, and every one is checked statically by
    test_hostile_xss; loading them all would take minutes."""
    urls = site_urls(site, base)
    chosen = [u for u in urls if not u.removeprefix(base).startswith(DOSSIERS)]
    for kind in DOSSIERS:
        of_kind = [u for u in urls if u.removeprefix(base).startswith(kind)]
        step = max(1, len(of_kind) // DOSSIERS_PER_KIND)
        chosen += of_kind[::step]
    return chosen


CONTROLS = {
    "dialog.html": "<img src=x onerror=alert(1)>",
    "console.html": "<script>console.error('x')</script>",
    "exception.html": "<script>throw new Error('boom')</script>",
    "refresh.html": '<meta http-equiv="refresh" content="0;url=elsewhere.html">',
    "remote.html": '<img src="http://192.0.2.1/x.png">',
    "frame.html": '<iframe srcdoc="<p>x</p>"></iframe>',
}


def test_the_watch_sees_what_a_payload_does(tmp_path: Path, browser: Any) -> None:
    """A control: each page here does one of the things the site must never do."""
    for name, body in CONTROLS.items():
        (tmp_path / name).write_text(f"<!doctype html><html><body>{body}</body></html>")
    page = browser.new_page()
    with serve(tmp_path) as base:
        watch = Watch(page, base)
        for name in CONTROLS:
            assert watch.visit(page, base + name), f"{name} went unnoticed"
    page.close()


def test_no_page_runs_a_payload(hostile_site: HostileSite, served: str, browser: Any) -> None:
    page = browser.new_page()
    watch = Watch(page, served)
    urls = pages_to_load(hostile_site.site, served)
    assert len(urls) > 40
    found = {url: events for url in urls if (events := watch.visit(page, url))}
    assert not found, "\n".join(f"{url}: {events}" for url, events in list(found.items())[:20])
    page.close()


def test_search_results_run_no_payload(
    hostile_site: HostileSite, served: str, browser: Any
) -> None:
    page = browser.new_page()
    watch = Watch(page, served)
    assert not watch.visit(page, served)
    meta = page.locator(".md-search-result__meta")
    box = page.locator("input[data-md-component=search-query]")
    box.click()
    # Typed only once the search worker is ready: a query filled in while the theme
    # says "Initializing" is never run, and the wait below would outlast any patience.
    page.wait_for_function(
        "() => /Type to start/i.test("
        "document.querySelector('.md-search-result__meta')?.textContent || '')",
        timeout=PATIENCE_MS,
    )
    shown: dict[str, str] = {}
    for query in QUERIES:
        box.fill("")
        box.press_sequentially(query)
        page.wait_for_function(
            "() => !/Initializing|Type to start/i.test("
            "document.querySelector('.md-search-result__meta')?.textContent || 'Initializing')",
            timeout=PATIENCE_MS,
        )
        page.wait_for_timeout(200)
        assert not watch.events, (query, meta.inner_text(), watch.events)
        shown[query] = page.inner_text(".md-search-result")
    # the payloads were on screen, as text: the search did show them
    assert "alert" in shown["alert"] and "script" in shown["script"], shown
    page.close()


def test_search_highlight_runs_no_payload(
    hostile_site: HostileSite, served: str, browser: Any
) -> None:
    """The theme highlights a search term in the page it opens (`?h=`)."""
    page = browser.new_page()
    watch = Watch(page, served)
    pages = [u for u in site_urls(hostile_site.site, served) if "/briefings/" in u][:6]
    for url in pages:
        for query in ("script", "onerror", "alert"):
            target = f"{url}?h={query}"
            assert not watch.visit(page, target), (target, watch.events)
    page.close()
