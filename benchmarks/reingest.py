"""A second `briefing ingest` with nothing changed writes nothing: the files it rewrote.

    python benchmarks/reingest.py [CORPUS_DIR] [--limit N]

Ingests the corpus (default the 2,225 BBC articles, 98 of them byte-identical copies)
into a scratch project made by `briefing new`, then ingests it again, and prints the
briefings the second run wrote, the files whose bytes changed and the files whose
mtime changed (briefings, events, the registry, anything else), with both runs'
times. Figures are printed, never asserted: the goal is 0 files rewritten. The whole
corpus takes about ten minutes on two cores; `--limit N` ingests the first N files.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_CORPUS = Path("../shared/corpus/bbc")
CHECKOUT = Path(__file__).resolve().parent.parent


def state(root: Path) -> dict[str, tuple[bytes, int]]:
    """Every file of the project but the run lock: bytes and mtime."""
    found = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if path.is_file() and rel.name != ".briefing.lock":
            found[rel.as_posix()] = (path.read_bytes(), path.stat().st_mtime_ns)
    return found


def run(project: Path, paths: list[str], label: str) -> str:
    """One ingest as a user runs it; its summary line."""
    env = {**os.environ, "PYTHONPATH": str(CHECKOUT)}
    command = [sys.executable, "-m", "generator", "ingest", "-C", str(project), *paths]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    took = time.perf_counter() - start
    summary = (done.stdout.strip().splitlines() or [""])[-1]
    print(f"{label}: {took:.1f} s, {summary}", flush=True)
    if done.returncode:
        print(done.stderr, file=sys.stderr)
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, help="ingest only the first N files (sorted)")
    args = parser.parse_args()
    sources = sorted(p for p in args.corpus.rglob("*") if p.is_file() and p.suffix != ".md")
    sources = sources[: args.limit] if args.limit else sources
    with tempfile.TemporaryDirectory(prefix="bench-reingest-") as scratch:
        project = Path(scratch) / "project"
        env = {**os.environ, "PYTHONPATH": str(CHECKOUT)}
        subprocess.run(
            [sys.executable, "-m", "generator", "new", str(project)],
            check=True,
            env=env,
            capture_output=True,
        )
        paths = [str(p.resolve()) for p in sources]  # read in place, never copied
        print(f"{len(sources)} articles from {args.corpus}")
        run(project, paths, "first ingest")
        before = state(project)
        run(project, paths, "second ingest")
        after = state(project)
        names = sorted(set(before) | set(after))
        changed = [n for n in names if before.get(n, (None,))[0] != after.get(n, (None,))[0]]
        touched = [n for n in names if before.get(n) != after.get(n)]
        briefings = [n for n in changed if n.startswith("briefings/")]
        print(f"files rewritten by the second ingest: {len(changed)} (bytes changed)")
        print(f"  briefings among them: {len(briefings)}")
        print(f"files touched (bytes or mtime): {len(touched)}")
        for name in touched:
            print(f"  {'changed' if name in changed else 'mtime  '} {name}")


if __name__ == "__main__":
    main()
