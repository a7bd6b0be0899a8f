"""The Pagefind search page at scale (`python benchmarks/search.py --pagefind N`).

With `--baseline REV` the same run also serves the search page and the index of an
earlier commit (its `templates/assets/search.js`, and its records from
`generator/site/search.py`), and measures both in turns, query by query: the
machine is shared, so only ratios measured in one run compare.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import types
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import Browser, Page, Response, sync_playwright

from benchmarks.corpus_briefings import article_paths, corpus_briefings
from benchmarks.search import ARGS, CHROMIUM, serve
from generator import store
from generator.commands.build import build
from generator.config import load_project
from generator.models import Briefing
from generator.site import search as this_search
from generator.site.search import BUNDLE_DIR, write_index

SEED = Path("../shared/seed/000_f8178e955944c9a2.txt")
REPO = Path(__file__).resolve().parent.parent
CONFIG = REPO / "mkdocs.yml"
SCRIPT = "assets/search.js"


@dataclass
class Variant:
    """One version of the search: its site (search page, script, index) and figures."""

    name: str
    site: Path
    pair: tuple[str, str]
    url: str = ""
    figures: dict[str, list[float]] = field(default_factory=dict)


def seed_site(root: Path) -> Path:
    """The seed site, built now: its search page and script are the product's own;
    the engine's pages of the N briefings are not built, the search page never
    loads them."""
    project = root / "project"
    shutil.rmtree(project, ignore_errors=True)
    for folder in ("articles", "briefings", "templates", "rendered"):
        (project / folder).mkdir(parents=True)
    (project / "mkdocs.yml").write_text(CONFIG.read_text())
    (project / "articles" / SEED.name).write_bytes(SEED.read_bytes())
    return build(load_project(project)).site


def corpus(root: Path, count: int) -> list[Briefing]:
    """The BBC briefings the index repeats, extracted once into root/briefings-K/ and
    read back from there: extracting takes many minutes, an index of other records
    (another version of the search code) should not pay for it again."""
    folder = root / f"briefings-{min(count, len(article_paths()))}"
    if not (folder / "done").is_file():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        made = corpus_briefings(min(count, len(article_paths())))
        for number, (_, text) in enumerate(made):  # by number: the corpus has copies
            (folder / f"{number:05d}.yaml").write_text(text, encoding="utf-8")
        (folder / "done").write_text("")
    return [store.load(path) for path in sorted(folder.glob("*.yaml"))]


def records_code(rev: str | None) -> types.ModuleType:
    """`generator/site/search.py` of this checkout, or of commit `rev`."""
    if rev is None:
        return this_search
    shown = ["git", "show", f"{rev}:generator/site/search.py"]
    source = subprocess.run(shown, cwd=REPO, capture_output=True, text=True, check=True).stdout
    module = types.ModuleType(f"search_at_{rev}")
    sys.modules[module.__name__] = module  # dataclasses look their module up
    exec(compile(source, f"{rev}:generator/site/search.py", "exec"), module.__dict__)
    return module


def index_for(root: Path, count: int, code: types.ModuleType) -> tuple[Path, tuple[str, str]]:
    """Pagefind's bundle of `count` BBC briefings as `code` makes their records, made
    once in root/index-N-DIGEST (the digest of the records) and reused; the most
    frequent (person, country) pair, for the filtered query."""
    made = corpus(root, count)
    briefings = [_copy(made, n) for n in range(count)]
    records: list[this_search.Record] = [code.briefing_record(b) for b in briefings]
    digest = hashlib.sha256("".join(r.html for r in records).encode()).hexdigest()[:12]
    bundle = root / f"index-{count}-{digest}"
    if (bundle / "pair.json").is_file():
        print(f"pagefind: the index of {count} briefings kept in {bundle}", flush=True)
    else:
        pairs = Counter[tuple[str, str]]()
        for briefing in briefings:
            found = code.briefing_filters(briefing)
            pairs.update((p, c) for p in found.get("person", []) for c in found.get("country", []))
        _write(bundle, records)
        (bundle / "pair.json").write_text(json.dumps(pairs.most_common(1)[0][0]))
    person, country = json.loads((bundle / "pair.json").read_text())
    return bundle, (person, country)


def _copy(made: list[Briefing], n: int) -> Briefing:
    """The nth briefing of the index: the corpus repeated under distinct ids."""
    briefing = made[n % len(made)]
    if n < len(made):
        return briefing
    return briefing.model_copy(update={"id": f"{briefing.id}-r{n // len(made)}"})


def _write(bundle: Path, records: list[this_search.Record]) -> None:
    start = time.perf_counter()
    shutil.rmtree(bundle, ignore_errors=True)
    write_index(bundle, records)
    size = sum(f.stat().st_size for f in (bundle / BUNDLE_DIR).rglob("*") if f.is_file())
    print(
        f"pagefind: {len(records)} briefings indexed in {time.perf_counter() - start:.1f} s, "
        f"bundle {size / 1e6:.1f} MB",
        flush=True,
    )


def variant(root: Path, built: Path, count: int, rev: str | None) -> Variant:
    """The built seed site as this checkout has it, or with commit `rev`'s search
    script, each serving its own index."""
    name = rev or "this checkout"
    bundle, pair = index_for(root, count, records_code(rev))
    site = root / "sites" / (rev or "current")
    shutil.rmtree(site, ignore_errors=True)
    shutil.copytree(built, site, ignore=shutil.ignore_patterns(BUNDLE_DIR))
    if rev is not None:
        shown = ["git", "show", f"{rev}:templates/{SCRIPT}"]
        script = subprocess.run(shown, cwd=REPO, capture_output=True, check=True).stdout
        (site / SCRIPT).write_bytes(script)
    (site / BUNDLE_DIR).symlink_to((bundle / BUNDLE_DIR).resolve(), target_is_directory=True)
    return Variant(name, site, pair)


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
    page: Page, transfer: Transfer, fill: list[tuple[str, str]], delay: float = 0
) -> tuple[float, float, int]:
    """Milliseconds from the last keystroke to the first result of the query typed
    (an intermediate prefix's results do not count), measured in the page; seconds
    from the first keystroke, measured here; bytes transferred meanwhile. `delay`:
    milliseconds between keystrokes (0: as fast as the browser takes them)."""
    page.evaluate(CLOCK)
    # Playwright hands responses to Python on its next call: without a pause, the
    # tail of what the page loaded before (a filter-only search loads the whole
    # word index) would be counted for this query.
    page.wait_for_timeout(500)
    transfer.start()
    start = time.perf_counter()
    for selector, value in fill:
        page.locator(selector).press_sequentially(value, delay=delay)
    search = page.evaluate("document.getElementById('briefing-search').dataset.searching")
    page.wait_for_function(
        f"document.getElementById('briefing-search').dataset.shown === '{search}'",
        timeout=120_000,
    )
    elapsed = time.perf_counter() - start
    typed = page.evaluate(f"window.benchClock.shown['{search}'] - window.benchClock.typed")
    page.wait_for_load_state("networkidle")
    return typed, elapsed, transfer.bytes


def search_page(browser: Browser, url: str) -> tuple[Page, Transfer, int]:
    """A fresh tab on the search page, once its filters have loaded; the bytes it took."""
    page = browser.new_page()
    transfer = Transfer(page)
    transfer.start()
    page.goto(url + "search/")
    page.wait_for_selector("[data-filter=person]")
    return page, transfer, transfer.bytes


def query_once(browser: Browser, shown: Variant, query: str, delay: float) -> None:
    page, transfer, loaded = search_page(browser, shown.url)
    typed, took, sent = first_result(page, transfer, [("input[name=q]", query)], delay)
    page.close()
    shown.figures.setdefault(query, []).append(typed)
    print(
        f"[{shown.name}] {query!r}: first result {typed:.0f} ms after the query is typed "
        f"({took * 1000:.0f} ms from the first keystroke), "
        f"{sent / 1e3:.0f} kB for the query ({loaded / 1e3:.0f} kB page load)",
        flush=True,
    )


def filtered_once(browser: Browser, shown: Variant, delay: float) -> None:
    person, country = shown.pair
    page, transfer, _ = search_page(browser, shown.url)
    page.fill("[data-filter=person]", person)  # then time the country's
    page.wait_for_function("document.querySelector('.bs-status').textContent.includes('found')")
    typed, took, sent = first_result(page, transfer, [("[data-filter=country]", country)], delay)
    status = page.locator(".bs-status").text_content()
    page.close()
    shown.figures.setdefault("filter", []).append(typed)
    print(
        f"[{shown.name}] filter {person} + {country}: first result {typed:.0f} ms after it "
        f"is typed ({took * 1000:.0f} ms from the first keystroke), "
        f"{sent / 1e3:.0f} kB; {status}",
        flush=True,
    )


# Pagefind's own parts for one query on a fresh page (none of search.js): the
# index chunks, the first search (WebAssembly run for the first time), the same
# search again, the first result's fragment, and the search once every filter is
# loaded (Pagefind then counts each filter value among the results).
PARTS = """async (query) => {
  const pagefind = await import(new URL("pagefind/pagefind.js", location.href).href);
  const now = () => performance.now();
  const sort = { sort: { date: "desc" } };
  await pagefind.init();
  let start = now();
  await pagefind.preload(query);
  const chunks = now() - start;
  start = now();
  const found = await pagefind.search(query, sort);
  const search = now() - start;
  start = now();
  await found.results[0].data();
  const fragment = now() - start;
  start = now();
  await pagefind.search(query, sort);
  const again = now() - start;
  await pagefind.filters();
  start = now();
  await pagefind.search(query, sort);
  const counted = now() - start;
  return { chunks, search, again, fragment, counted, hits: found.results.length };
}"""


def profile(browser: Browser, shown: Variant, query: str) -> None:
    page = browser.new_page()
    page.goto(shown.url)
    parts = page.evaluate(PARTS, query)
    page.close()
    print(
        f"[{shown.name}] {query!r} in Pagefind alone: index chunks {parts['chunks']:.0f} ms, "
        f"first search {parts['search']:.0f} ms for {parts['hits']} hits "
        f"(again: {parts['again']:.0f} ms; with every filter loaded: "
        f"{parts['counted']:.0f} ms), first fragment {parts['fragment']:.0f} ms",
        flush=True,
    )


def summary(variants: list[Variant]) -> None:
    """Each query's median over the rounds, and the ratio to the first variant's."""
    base = variants[0]
    for key in base.figures:
        first = statistics.median(base.figures[key])
        cells = [f"{base.name} {first:.0f} ms"]
        for shown in variants[1:]:
            median = statistics.median(shown.figures[key])
            cells.append(f"{shown.name} {median:.0f} ms ({median / first:.2f}x)")
        print(f"median {key}: " + ", ".join(cells), flush=True)


def run(
    count: int,
    queries: list[str],
    keep: Path | None = None,
    baseline: str | None = None,
    rounds: int = 1,
    delay: float = 0,
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = keep or Path(tmp)
        built = seed_site(root)
        revs = [baseline, None] if baseline else [None]
        variants = [variant(root, built, count, rev) for rev in revs]
        servers = [serve(v.site) for v in variants]
        for shown, (_, url) in zip(variants, servers, strict=True):
            shown.url = url
        try:
            _measure(variants, queries, rounds, delay)
        finally:
            for httpd, _ in servers:
                httpd.shutdown()


def _measure(variants: list[Variant], queries: list[str], rounds: int, delay: float) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        steps: list[Callable[[Variant], None]] = [
            *(lambda v, q=q: query_once(browser, v, q, delay) for q in queries),
            lambda v: filtered_once(browser, v, delay),
        ]
        for _ in range(rounds):
            for step in steps:
                for shown in variants:  # in turns: the load changes within a run
                    step(shown)
        for query in queries:
            for shown in variants:
                profile(browser, shown, query)
        browser.close()
    summary(variants)
