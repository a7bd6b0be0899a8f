"""How the site build grows with the number of briefings, against a bare MkDocs build.

    python benchmarks/build.py                 # N = 200 and 2,000
    python benchmarks/build.py 200 2000 10000  # up to 10,000 (several minutes)

For each N, in a scratch project: N briefings from ../shared/corpus/bbc (see
corpus_briefings.py), then
  render  - `briefing render` alone, from an empty docs folder;
  build   - `mkdocs build` with our plugin, from empty docs and site folders (the
            plugin renders, then MkDocs builds): what `briefing build` costs;
  bare    - `mkdocs build` of the same Markdown without our plugin;
  briefing - `briefing build`, from empty docs and site folders (an ingest that finds
            no articles, then render and MkDocs): what a user runs;
and the ratio build/bare (CPU time, and wall-clock time in brackets: on a shared
machine the wall clock counts others' work too), the page count, the site size, the
search index size against the article text it indexes. Every step runs in a fresh Python process,
as a user would run it; `--repeat 3` keeps the best of three runs of each, which
steadies the figures on a busy machine. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from benchmarks.corpus_briefings import write_briefings  # noqa: E402

PYTHON = sys.executable


@dataclass(slots=True)
class Figures:
    n: int
    pages: int
    text_mb: float
    render: Timing
    build: Timing
    bare: Timing
    briefing: Timing
    site_mb: float
    index_mb: float


@dataclass(frozen=True, slots=True)
class Timing:
    """Wall-clock and CPU seconds (user + system) of one step. On a shared machine
    the wall clock also counts other people's work; the CPU time is the step's own."""

    wall: float
    cpu: float

    def best(self, other: Timing | None) -> Timing:
        return self if other is None or self.cpu < other.cpu else other


def timed(*args: str, cwd: Path) -> Timing:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    env = os.environ | {"PYTHONPATH": str(REPO), "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run([PYTHON, *args], cwd=cwd, check=True, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Timing(wall, cpu)


def size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def make_project(root: Path, n: int) -> int:
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    bare = re.sub(r"(?m)^\s*- briefing\b.*\n", "", config).replace(
        "site_dir: site", "site_dir: site-bare"
    )
    (root / "mkdocs-bare.yml").write_text(bare, encoding="utf-8")
    (root / "articles").mkdir()  # `briefing build` ingests it: nothing new here
    return write_briefings(root / "briefings", n)


def measure(root: Path, n: int, repeat: int) -> Figures:
    """Each timing is the best of `repeat` runs (by CPU time): on a shared machine the
    other load only ever adds time, so the minimum is the closest to the cost itself."""
    text = make_project(root, n)
    render = build = bare = briefing = None
    for _ in range(repeat):
        _empty(root / "rendered")
        render = timed("-m", "generator", "render", "-C", str(root), cwd=root).best(render)
        _empty(root / "rendered")
        build = timed("-m", "mkdocs", "build", "-q", cwd=root).best(build)
        bare = timed("-m", "mkdocs", "build", "-q", "-f", "mkdocs-bare.yml", cwd=root).best(bare)
        _empty(root / "rendered")
        briefing = timed("-m", "generator", "build", "-C", str(root), cwd=root).best(briefing)
    assert render and build and bare and briefing
    site = root / "site"
    return Figures(
        n=n,
        pages=sum(1 for _ in (root / "rendered").rglob("*.md")),
        text_mb=text / 1e6,
        render=render,
        build=build,
        bare=bare,
        briefing=briefing,
        site_mb=size_mb(site),
        index_mb=size_mb(site / "search" / "search_index.json"),
    )


def _empty(docs: Path) -> None:
    """A cold start for the render; the folder stays, as MkDocs checks it exists."""
    shutil.rmtree(docs, ignore_errors=True)
    docs.mkdir()


def report(f: Figures, smaller: Figures | None) -> None:
    def pair(t: Timing) -> str:
        return f"{t.cpu:.1f} ({t.wall:.1f})"

    ratio = f"{f.build.cpu / f.bare.cpu:.2f} ({f.build.wall / f.bare.wall:.2f})"
    print(
        f"N={f.n:,}: {f.pages:,} pages | CPU s (wall s): render {pair(f.render)} | "
        f"build = render + MkDocs {pair(f.build)} | bare MkDocs {pair(f.bare)} | "
        f"build/bare {ratio} | briefing build {pair(f.briefing)} | "
        f"site {f.site_mb:.0f} MB | search index {f.index_mb:.1f} MB "
        f"for {f.text_mb:.1f} MB of article text ({f.index_mb / f.text_mb:.2f}x)",
        flush=True,
    )
    if smaller:
        print(
            f"  {f.n / smaller.n:.1f}x the briefings of N={smaller.n:,}: "
            f"{f.build.cpu / smaller.build.cpu:.2f}x the build CPU time "
            f"({f.build.wall / smaller.build.wall:.2f}x wall), "
            f"{f.site_mb / smaller.site_mb:.2f}x the site",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[200, 2000])
    parser.add_argument("--keep", type=Path, help="Build in this folder and keep it.")
    parser.add_argument("--repeat", type=int, default=1, help="Best of this many runs.")
    args = parser.parse_args()
    previous: Figures | None = None
    for n in args.sizes:
        with tempfile.TemporaryDirectory(prefix=f"bench-{n}-") as scratch:
            root = (args.keep / f"n{n}") if args.keep else Path(scratch)
            if root.exists():
                shutil.rmtree(root)
            root.mkdir(parents=True)
            figures = measure(root, n, args.repeat)
        report(figures, previous)
        previous = figures


if __name__ == "__main__":
    main()
