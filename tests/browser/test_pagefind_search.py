"""The search page over HTTP: Pagefind's index from the site's own bundle, narrowed
by filters. A small site where only some briefings name both Putin and Russia."""

from __future__ import annotations

import functools
import http.server
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, Route

from generator import store
from generator.commands.build import build
from generator.models import Briefing, Person, Place
from generator.site.catalog import country_name
from tests.browser.conftest import QuietHandler
from tests.conftest import PATIENCE_MS, SEED, make_project
from tests.sitekit import reviewed_seed

pytestmark = pytest.mark.browser

PUTIN = Person(name="Vladimir Putin")
MACRON = Person(name="Emmanuel Macron")
RUSSIA = Place(name="Moscow", country="RU", kind="city")
FRANCE = Place(name="Paris", country="FR", kind="city")


def variant(seed: Briefing, slug: str, people: list[Person], places: list[Place]) -> Briefing:
    return seed.model_copy(
        update={"id": slug, "title": f"Briefing {slug}", "people": people, "places": places}
    )


@pytest.fixture(scope="module")
def filtered_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[set[str], Path]:
    """The seed (Putin, Russia) and three others; returns the ids naming both."""
    project = make_project(tmp_path_factory.mktemp("pagefind"), {SEED.name: SEED.read_bytes()})
    seed = reviewed_seed(project)
    others = [
        variant(seed, "putin-in-paris", [PUTIN], [FRANCE]),
        variant(seed, "macron-in-moscow", [MACRON], [RUSSIA]),
        variant(seed, "putin-in-moscow", [MACRON, PUTIN], [RUSSIA, FRANCE]),
    ]
    for briefing in others:
        store.save(briefing, project.briefings_dir)
    report = build(project)
    assert not report.failed and not report.warnings, report.warnings
    # The second build finds the same records: it copies the kept bundle, indexes
    # nothing, and the tests below search that copy.
    manifest = project.root / ".briefing-cache" / "pagefind" / "manifest.json"
    kept = manifest.stat().st_mtime_ns
    report = build(project)
    assert not report.failed and not report.warnings, report.warnings
    assert manifest.stat().st_mtime_ns == kept
    assert (report.site / "pagefind" / "pagefind.js").is_file()
    return {seed.id, "putin-in-moscow"}, report.site


@pytest.fixture(scope="module")
def site_server(filtered_site: tuple[set[str], Path]) -> Iterator[str]:
    handler = functools.partial(QuietHandler, directory=str(filtered_site[1]))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    thread.join()


def results(page: Page) -> set[str]:
    links = page.locator("#briefing-search .bs-results a")
    return {urlsplit(h).path.split("/")[-2] for h in links.evaluate_all("l => l.map(a => a.href)")}


ALL_SHOWN = """(searching) => {
  const root = document.getElementById("briefing-search");
  const found = parseInt(root.querySelector(".bs-status").textContent, 10);
  const shown = root.querySelectorAll(".bs-results li").length;
  return root.dataset.shown === searching && shown === found;
}"""


def search(page: Page, words: str) -> set[str]:
    """The ids the page shows for `words`, once every result of the search of exactly
    these words is shown (the first is shown before the others have come)."""
    page.fill("input[name=q]", words)
    searching = page.evaluate("document.getElementById('briefing-search').dataset.searching")
    page.wait_for_function(ALL_SHOWN, arg=searching)
    return results(page)


def test_one_person_and_one_country_give_only_the_briefings_naming_both(
    page: Page, site_server: str, filtered_site: tuple[set[str], Path]
) -> None:
    both, _ = filtered_site
    hosts: set[str] = set()
    page.on("request", lambda r: hosts.add(urlsplit(r.url).netloc))
    page.goto(site_server + "search/")
    page.wait_for_selector("[data-filter=person]")
    page.select_option("select[data-filter=kind]", "briefing")  # not their events
    page.fill("[data-filter=person]", "Vladimir Putin")
    page.wait_for_function("document.querySelectorAll('.bs-results li').length == 3")
    page.fill("[data-filter=country]", country_name("RU"))
    page.wait_for_function("document.querySelectorAll('.bs-results li').length == 2")
    assert results(page) == both
    assert hosts == {urlsplit(site_server).netloc}  # the bundle is the site's own


def test_words_find_the_seed_by_its_title_first(
    page: Page, site_server: str, filtered_site: tuple[set[str], Path]
) -> None:
    page.goto(site_server + "search/")
    page.wait_for_selector("[data-filter=person]")
    page.select_option("select[data-filter=kind]", "briefing")  # not their events
    assert len(search(page, "Vladivostok")) == 4  # every variant keeps the seed's key points
    page.fill("input[name=q]", "putin-in-paris")
    page.select_option("select[name=sort]", "")
    page.wait_for_function("document.querySelectorAll('.bs-results li').length >= 1")
    first = page.locator(".bs-results li a").first.text_content()
    assert first == "Briefing putin-in-paris"


def test_the_first_result_shows_from_its_own_fragment_before_the_others_load(
    page: Page, site_server: str
) -> None:
    """The first result's fragment is fetched alone, and shown as soon as it has
    come; the others are asked for then, and each is shown as it comes, in rank
    order: a slow fragment for the last result does not hold back the first ones."""
    held: list[Route] = []
    page.route("**/*.pf_fragment", lambda route: held.append(route))  # each waits for us

    def wait_for_held(count: int) -> None:
        deadline = time.monotonic() + PATIENCE_MS / 1000
        while len(held) < count and time.monotonic() < deadline:
            page.wait_for_timeout(50)
        assert len(held) == count

    page.goto(site_server + "search/")
    page.wait_for_selector("[data-filter=person]")
    page.select_option("select[data-filter=kind]", "briefing")  # not their events
    page.fill("input[name=q]", "Vladivostok")  # in all four briefings
    wait_for_held(1)
    page.wait_for_timeout(300)
    assert len(held) == 1  # the others wait for the first
    held[0].continue_()
    page.wait_for_function("document.querySelectorAll('.bs-results li').length == 1")
    assert page.locator(".bs-status").text_content() == "4 results found"
    wait_for_held(4)
    for route in held[1:3]:
        route.continue_()
    page.wait_for_function("document.querySelectorAll('.bs-results li').length == 3")
    held[3].continue_()
    page.wait_for_function("document.querySelectorAll('.bs-results li').length == 4")


def test_a_quickly_typed_query_shows_its_own_results_not_a_prefix(
    page: Page, site_server: str
) -> None:
    page.goto(site_server + "search/")
    page.wait_for_selector("[data-filter=person]")
    page.select_option("select[name=sort]", "")
    page.locator("input[name=q]").press_sequentially("putin-in-paris")
    search = page.evaluate("document.getElementById('briefing-search').dataset.searching")
    page.wait_for_function(
        f"document.getElementById('briefing-search').dataset.shown === '{search}'"
    )
    page.wait_for_timeout(500)  # any older search finishing late must not replace it
    first = page.locator(".bs-results li a").first.text_content()
    assert first == "Briefing putin-in-paris"


def test_a_reader_finds_a_briefing_by_what_it_says_names_and_its_article_text(
    page: Page, site_server: str, filtered_site: tuple[set[str], Path]
) -> None:
    """The index holds the briefing and its article: the variants keep the seed's
    bottom line, key points, quotes, editors' notes and article text, not its
    people and places."""
    seed = (filtered_site[0] - {"putin-in-moscow"}).pop()
    everyone = {seed, "putin-in-paris", "macron-in-moscow", "putin-in-moscow"}
    page.goto(site_server + "search/")
    page.wait_for_selector("[data-filter=person]")
    page.select_option("select[data-filter=kind]", "briefing")  # not their events
    assert search(page, "Macron") == {"macron-in-moscow", "putin-in-moscow"}  # whom it names
    assert search(page, "Kingdom") == {seed}  # where (the article says "Britain")
    assert search(page, "France") == {"putin-in-paris", "putin-in-moscow"}  # Paris's country
    assert search(page, "DPRK actively advancing") == everyone  # a quote
    assert search(page, "Vladivostok") == everyone  # a key point
    assert search(page, "prolong") == everyone  # why it matters
    assert search(page, "counteroffensive") == everyone  # a word only in the article
    assert search(page, "zzyzzyva") == set()
    assert page.locator(".bs-status").text_content() == "0 results found"


def test_the_page_searches_once_before_anything_is_typed(page: Page, site_server: str) -> None:
    """A search warms Pagefind's WebAssembly up while the filters load, so the
    reader's first query costs what a later one does: an index chunk is fetched
    with nothing typed, and no result is shown for it."""
    chunks: list[str] = []
    page.on("request", lambda r: chunks.append(r.url) if r.url.endswith(".pf_index") else None)
    page.goto(site_server + "search/")
    page.wait_for_selector("#briefing-search[data-warm=done]")
    assert chunks
    assert page.locator("input[name=q]").input_value() == ""
    assert page.locator(".bs-results li").count() == 0
    assert page.locator(".bs-status").text_content() == "Type words, or choose a filter."
