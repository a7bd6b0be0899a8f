"""How tall the A-Z lists are in their default state, at corpus scale, in chromium.

    python benchmarks/lists.py          # the 2,127 BBC briefings (about 5 minutes)
    python benchmarks/lists.py 500

Builds a site of N briefings from ../shared/corpus/bbc (corpus_briefings.py: the
real reader, stand-in names), serves it on 127.0.0.1 and opens the people,
organisations, places and tags lists at 1280 x 900 in Debian's chromium, printing
each page's height in pixels with its folded names closed (the target for the
people list: under 3,000), and how many names it lists. Figures are printed, never
asserted.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from benchmarks.corpus_briefings import write_briefings  # noqa: E402
from generator.config import load_project  # noqa: E402
from generator.site.engine import build_site  # noqa: E402

PAGES = ("people", "organizations", "places", "tags")


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=2127)
    n = parser.parse_args().n
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "project"
        root.mkdir()
        shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
        for folder in ("articles", "briefings", "templates", "rendered"):
            (root / folder).mkdir()
        started = time.perf_counter()
        write_briefings(root / "briefings", n)
        project = load_project(root)
        build_site(project)
        print(f"{n} briefings: site built in {time.perf_counter() - started:.0f} s")
        handler = functools.partial(Quiet, directory=str(project.site_dir))
        httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{httpd.server_address[1]}/"
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium")
            tab = browser.new_page(viewport={"width": 1280, "height": 900})
            for name in PAGES:
                tab.goto(base + name + "/", wait_until="load")
                height = tab.evaluate("document.documentElement.scrollHeight")
                names = tab.locator("article .briefing-names a").count()
                shown = tab.locator("article .briefing-names:visible a").count()
                print(f"{name:14} {height:6d} px at 1280 wide; {names} names, {shown} unfolded")
            browser.close()
        httpd.shutdown()


if __name__ == "__main__":
    main()
