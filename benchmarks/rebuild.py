"""A no-op rebuild against a full render, and one changed briefing.

    python benchmarks/rebuild.py [N]       (default 2000 BBC briefings)
    python benchmarks/rebuild.py --briefings DIR   (a folder of briefings made before)

Times `render` (what `briefing build` does before the engine) cold (no caches, empty
docs folder), then again with nothing changed (the parse cache and the render
cache make it skip), then after one briefing's bottom line changed: how long, and
how many pages were rewritten. Also times loading the briefings with a cold and a
warm parse cache. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from benchmarks.corpus_briefings import write_briefings
from generator import store
from generator.config import load_project
from generator.site.parse_cache import CACHE_DIR
from generator.site.render import load_briefings, render

CONFIG = Path(__file__).resolve().parent.parent / "mkdocs.yml"


def timed(label: str, step: object) -> float:
    start = time.perf_counter()
    result = step() if callable(step) else None
    took = time.perf_counter() - start
    print(f"{label}: {took:.2f} s" + (f" ({result})" if result is not None else ""), flush=True)
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", nargs="?", type=int, default=2000, help="BBC briefings to write.")
    parser.add_argument(
        "--briefings", type=Path, help="copy this folder's briefings instead of making them"
    )
    args = parser.parse_args()
    count = args.count
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for folder in ("articles", "templates", "rendered"):
            (root / folder).mkdir()
        (root / "mkdocs.yml").write_text(CONFIG.read_text())
        if args.briefings:
            shutil.copytree(args.briefings, root / "briefings")
            count = len(list((root / "briefings").glob("*.yaml")))
        else:
            write_briefings(root / "briefings", count)
        project = load_project(root)
        cold = timed("load, cold parse cache", lambda: len(load_briefings(project)[0]))
        warm = timed("load, warm parse cache", lambda: len(load_briefings(project)[0]))
        print(f"  warm/cold {warm / cold:.1%}")
        shutil.rmtree(root / CACHE_DIR)
        full = timed(f"full render of {count} briefings", lambda: _pages(render(project)))
        noop = timed("no-op render", lambda: _pages(render(project)))
        print(f"  no-op/full {noop / full:.1%} (target at most 5%)")
        path = sorted(project.briefings_dir.glob("*.yaml"))[count // 2]
        briefing = store.load(path)
        store.save(briefing.model_copy(update={"summary": "Changed."}), project.briefings_dir)
        one = timed("render after one briefing changed", lambda: _pages(render(project)))
        print(f"  one-change/full {one / full:.1%}")


def _pages(report: object) -> str:
    return f"{report.pages} pages, {report.changed} rewritten"  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
