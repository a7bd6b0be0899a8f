"""The built site in Debian's chromium: loads clean, stays local, searches, links."""

from __future__ import annotations

from collections import deque
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit
from urllib.request import urlopen

import pytest
from playwright.sync_api import Page, expect

from generator.models import Briefing
from generator.site.engine import build_site
from tests.conftest import SEED, make_project
from tests.sitekit import approved_seed

pytestmark = pytest.mark.browser


def watch(page: Page) -> tuple[list[str], list[str]]:
    """Console errors and the URL of every request the page makes."""
    errors: list[str] = []
    requests: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("request", lambda request: requests.append(request.url))
    return errors, requests


def search(page: Page, words: str) -> None:
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(words)


def test_home_loads_without_errors_or_other_hosts(page: Page, server: str, artifacts: Path) -> None:
    errors, requests = watch(page)
    page.goto(server, wait_until="networkidle")
    expect(page.locator("h1")).to_have_text("Daily Brief")
    page.screenshot(path=str(artifacts / "home.png"), full_page=True)
    search(page, "Seoul")  # starts the search worker and loads the index, too
    expect(page.locator(".md-search-result__item").first).to_be_visible()
    assert errors == []
    hosts = {urlsplit(url).netloc for url in requests if not url.startswith(("data:", "blob:"))}
    assert hosts == {urlsplit(server).netloc}, requests


def test_search_finds_the_seed_and_its_page_leads_to_the_dossier(
    page: Page, server: str, seed_site: tuple[Briefing, Path], artifacts: Path
) -> None:
    seed, _ = seed_site
    page.goto(server)
    search(page, "Vladivostok")
    result = page.locator(".md-search-result__item", has_text=seed.title).first
    expect(result).to_be_visible()
    result.locator("a").first.click()
    expect(page.locator("h1").first).to_have_text(seed.title)
    page.screenshot(path=str(artifacts / "seed.png"), full_page=True)
    page.get_by_role("link", name="Kim Jong Un", exact=True).first.click()
    expect(page.locator("h1").first).to_have_text("Kim Jong Un")
    links = page.get_by_role("link", name=seed.title)  # itself; its event of one report is it
    expect(links).to_have_count(1)
    hrefs = links.evaluate_all("l => l.map(a => new URL(a.href).pathname.split('/')[1])")
    assert hrefs == ["briefings"]


def test_titles_rank_first(page: Page, server: str, seed_site: tuple[Briefing, Path]) -> None:
    seed, _ = seed_site
    page.goto(server)
    search(page, "Kim Jong Un Russia")
    first = page.locator(".md-search-result__item").first
    expect(first).to_contain_text(seed.title)


class Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        wanted = {"a": "href", "link": "href", "script": "src", "img": "src"}.get(tag)
        for name, value in attrs:
            if name == wanted and value:
                self.links.append(value)


def test_crawl_every_internal_link_resolves(server: str, seed_site: tuple[Briefing, Path]) -> None:
    """Follow every link from the home page, over HTTP, as a reader would: every link
    answers, and every page of the site is reached."""
    seen: set[str] = {server}
    queue = deque([server])
    while queue:
        url = queue.popleft()
        with urlopen(url, timeout=10) as response:
            assert response.status == 200, url
            if "html" not in response.headers.get("Content-Type", ""):
                continue
            parser = Anchors()
            parser.feed(response.read().decode("utf-8"))
        for link in parser.links:
            target = urldefrag(urljoin(url, link)).url
            if target.startswith(server) and target not in seen:
                seen.add(target)
                queue.append(target)
    pages = {u.removeprefix(server) for u in seen if u.endswith("/")}
    site = seed_site[1]
    folders = {p.parent.relative_to(site).as_posix() for p in site.rglob("index.html")}
    assert pages == {"" if folder == "." else f"{folder}/" for folder in folders}
    assert "people/kim-jong-un/" in pages


def test_offline_copy_searches_from_file_urls(page: Page, tmp_path: Path) -> None:
    project = make_project(tmp_path / "offline", {SEED.name: SEED.read_bytes()})
    seed = approved_seed(project)
    build_site(project, offline=True)
    errors, requests = watch(page)
    page.goto((project.site_dir / "index.html").as_uri())
    search(page, "Vladivostok")
    expect(page.locator(".md-search-result__item", has_text=seed.title).first).to_be_visible()
    assert errors == []
    assert all(url.startswith(("file:", "data:", "blob:", "about:")) for url in requests)
