"""How long a reader waits for the site's search: Material's, or the Pagefind page.

    python benchmarks/search.py SITE_DIR [QUERY ...]
    python benchmarks/search.py --pagefind N [--keep DIR] [--baseline REV] [--rounds R]
        [--delay MS] [QUERY ...]

With --pagefind N: a project with the seed is built (`briefing build`, so the
search page and its script are the real ones), then its Pagefind index is rebuilt
from N BBC briefings (benchmarks/corpus_briefings.py); the engine's pages of those
N briefings are not built, as the search page never loads them. With --keep DIR the
briefings are extracted once into DIR, and each index (one per version of the
records) made once there and reused; the seed site is built again on every run.
For each query it prints the time from the last keystroke to the first result of
the query typed (measured in the page), the time from the first keystroke, and the
bytes transferred for it (after the page has loaded), then the same for a filtered
query (the most frequent person, then its most frequent country typed) with the
number of briefings found; then, for each query, Pagefind's own parts on a fresh
page (index chunks, first search, the same search again, first fragment), and the
median of each query over --rounds R. --baseline REV measures commit REV's search
script and records in turns with this checkout's, in the same run; --delay MS
types with a pause between keystrokes, as a person does.

Serves SITE_DIR on 127.0.0.1, opens it in Debian's chromium (through Playwright),
types each query into the search box as soon as the page has loaded and prints
the time from typing to the first result. The first query also pays for loading
the index and building it in the browser (Material builds its lunr index in a web
worker on every page load), which is what grows with the number of briefings.
Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import threading
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


class QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a tab closed while its fragments were coming: not the benchmark's figure


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(Quiet, directory=str(site))
    httpd = QuietServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}/"


def measure(url: str, queries: list[str]) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page()
        start = time.perf_counter()
        page.goto(url, wait_until="load")
        print(f"page load {time.perf_counter() - start:.2f} s", flush=True)
        box = page.locator("input.md-search__input")
        for query in queries:
            box.fill("")
            start = time.perf_counter()
            box.click()
            box.press_sequentially(query)
            page.locator(".md-search-result__item").first.wait_for(timeout=300_000)
            print(f"{query!r}: first result after {time.perf_counter() - start:.2f} s", flush=True)
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("site", type=Path, nargs="?")
    parser.add_argument("queries", nargs="*", default=["Blair", "election", "Chelsea"])
    parser.add_argument("--pagefind", type=int, metavar="N", help="briefings in the index")
    parser.add_argument(
        "--keep", type=Path, metavar="DIR", help="with --pagefind: build in DIR once, reuse it"
    )
    parser.add_argument(
        "--baseline", metavar="REV", help="with --pagefind: also measure commit REV's search"
    )
    parser.add_argument("--rounds", type=int, default=1, help="with --pagefind: each query R times")
    parser.add_argument(
        "--delay", type=float, default=0, metavar="MS", help="with --pagefind: between keystrokes"
    )
    args = parser.parse_args()
    if args.pagefind:
        from benchmarks.pagefind_search import run

        queries = [str(args.site), *args.queries] if args.site else args.queries
        run(args.pagefind, queries, args.keep, args.baseline, args.rounds, args.delay)
        return
    index = args.site / "search" / "search_index.json"
    print(f"search index {index.stat().st_size / 1e6:.1f} MB", flush=True)
    httpd, url = serve(args.site)
    try:
        measure(url, args.queries)
    finally:
        httpd.shutdown()


if __name__ == "__main__":
    main()
