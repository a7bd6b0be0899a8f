"""The Pagefind search page at scale (`python benchmarks/search.py --pagefind N`)."""

from __future__ import annotations

import contextlib
import json
import shutil
import tempfile
import time
from collections import Counter
from pathlib import Path

from playwright.sync_api import Page, Response, sync_playwright

from benchmarks.corpus_briefings import corpus_briefings
from benchmarks.search import ARGS, CHROMIUM, serve
from generator.commands.build import build
from generator.config import load_project
from generator.site.search import BUNDLE_DIR, briefing_filters, briefing_record, write_index

SEED = Path("../shared/seed/000_f8178e955944c9a2.txt")
CONFIG = Path(__file__).resolve().parent.parent / "mkdocs.yml"


def site_with_index(root: Path, count: int) -> tuple[Path, tuple[str, str]]:
    """The seed site, built now (its search page and script are the product's own),
    serving an index of `count` briefings; the most frequent (person, country) pair
    for the filtered query. The index is made once in root/index-N and reused: for
    10,000 briefings it takes many minutes, measuring again should not."""
    project = root / "project"
    shutil.rmtree(project, ignore_errors=True)
    for folder in ("articles", "briefings", "templates", "rendered"):
        (project / folder).mkdir(parents=True)
    (project / "mkdocs.yml").write_text(CONFIG.read_text())
    (project / "articles" / SEED.name).write_bytes(SEED.read_bytes())
    site = build(load_project(project)).site
    bundle = root / f"index-{count}"
    if not (bundle / "pair.json").is_file():
        made = _index(bundle, count)
        (bundle / "pair.json").write_text(json.dumps(made))
    else:
        print(f"pagefind: the index of {count} briefings kept in {bundle}", flush=True)
    shutil.rmtree(site / BUNDLE_DIR)
    (site / BUNDLE_DIR).symlink_to((bundle / BUNDLE_DIR).resolve(), target_is_directory=True)
    person, country = json.loads((bundle / "pair.json").read_text())
    return site, (person, country)


def _index(bundle: Path, count: int) -> tuple[str, str]:
    """Pagefind's bundle of `count` BBC briefings in bundle/pagefind/."""
    made = [b for b, _ in corpus_briefings(min(count, 2225))]
    records, pairs = [], Counter[tuple[str, str]]()
    for n in range(count):
        briefing = made[n % len(made)]
        if n >= len(made):
            briefing = briefing.model_copy(update={"id": f"{briefing.id}-r{n // len(made)}"})
        records.append(briefing_record(briefing))
        filters = briefing_filters(briefing)
        pairs.update((p, c) for p in filters.get("person", []) for c in filters.get("country", []))
    start = time.perf_counter()
    write_index(bundle, records)
    size = sum(f.stat().st_size for f in (bundle / BUNDLE_DIR).rglob("*") if f.is_file())
    print(
        f"pagefind: {count} briefings indexed in {time.perf_counter() - start:.1f} s, "
        f"bundle {size / 1e6:.1f} MB",
        flush=True,
    )
    return pairs.most_common(1)[0][0]


class Transfer:
    """Bytes of every response body, counted from `start()`."""

    def __init__(self, page: Page) -> None:
        self.bytes = 0
        self.counting = False
        page.on("response", self._count)

    def _count(self, response: Response) -> None:
        if self.counting:
            with contextlib.suppress(Exception):  # a redirect has no body
                self.bytes += len(response.body())

    def start(self) -> None:
        self.bytes, self.counting = 0, True


# In the page, so that Playwright's round trips are not counted: when the last
# keystroke's input event fired, and when each search (data-searching, set by
# search.js on every input) showed its first result (data-shown).
CLOCK = """() => {
  const root = document.getElementById("briefing-search");
  window.benchClock = { typed: 0, shown: {} };
  document.addEventListener("input", () => { window.benchClock.typed = performance.now(); }, true);
  new MutationObserver(() => {
    window.benchClock.shown[root.dataset.shown] = performance.now();
  }).observe(root, { attributes: true, attributeFilter: ["data-shown"] });
}"""


def first_result(
    page: Page, transfer: Transfer, fill: list[tuple[str, str]]
) -> tuple[float, float, int]:
    """Milliseconds from the last keystroke to the first result of the query typed
    (an intermediate prefix's results do not count), measured in the page; seconds
    from the first keystroke, measured here; bytes transferred meanwhile."""
    page.evaluate(CLOCK)
    transfer.start()
    start = time.perf_counter()
    for selector, value in fill:
        page.locator(selector).press_sequentially(value)
    search = page.evaluate("document.getElementById('briefing-search').dataset.searching")
    page.wait_for_function(
        f"document.getElementById('briefing-search').dataset.shown === '{search}'",
        timeout=120_000,
    )
    elapsed = time.perf_counter() - start
    typed = page.evaluate(f"window.benchClock.shown['{search}'] - window.benchClock.typed")
    page.wait_for_load_state("networkidle")
    return typed, elapsed, transfer.bytes


def run(count: int, queries: list[str], keep: Path | None = None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        site, (person, country) = site_with_index(keep or Path(tmp), count)
        httpd, url = serve(site)
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
                for query in queries:
                    page = browser.new_page()
                    transfer = Transfer(page)
                    transfer.start()
                    page.goto(url + "search/")
                    page.wait_for_selector("[data-filter=person]")
                    loaded = transfer.bytes
                    typed, took, sent = first_result(page, transfer, [("input[name=q]", query)])
                    print(
                        f"{query!r}: first result {typed:.0f} ms after the query is typed "
                        f"({took * 1000:.0f} ms from the first keystroke), "
                        f"{sent / 1e3:.0f} kB for the query ({loaded / 1e3:.0f} kB page load)",
                        flush=True,
                    )
                    page.close()
                page = browser.new_page()
                transfer = Transfer(page)
                page.goto(url + "search/")
                page.wait_for_selector("[data-filter=person]")
                page.fill("[data-filter=person]", person)  # then time the country's
                page.wait_for_function(
                    "document.querySelector('.bs-status').textContent.includes('found')"
                )
                fill = [("[data-filter=country]", country)]
                typed, took, sent = first_result(page, transfer, fill)
                status = page.locator(".bs-status").text_content()
                print(
                    f"filter {person} + {country}: first result {typed:.0f} ms after it is "
                    f"typed ({took * 1000:.0f} ms from the first keystroke), "
                    f"{sent / 1e3:.0f} kB; {status}",
                    flush=True,
                )
                browser.close()
        finally:
            httpd.shutdown()
