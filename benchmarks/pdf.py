"""Benchmark: a briefing book of 100 BBC briefings to PDF. Prints figures, asserts nothing.

    .venv/bin/python benchmarks/pdf.py [--count 100] [--profile]

Run from the repository: the corpus is read through ../shared. Briefings are made
with the real reader and extractor (20 per BBC folder), marked approved and given
dates, then printed with `briefing pdf`'s own functions. Target: under 20 s and
1 GB peak memory for 100 briefings. `--profile` shows where the time goes.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import os
import pstats
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.book.pdf import book_html, print_pdf, write_book
from generator.book.select import Selection, make_book, select
from generator.config import Project, load_project
from generator.extract import extract
from generator.models import Briefing, Status
from generator.readers import read_source
from generator.store import plain

BBC = Path("../shared/corpus/bbc")
REPO = Path(__file__).resolve().parent.parent


def corpus_briefings(project: Project, count: int) -> list[Briefing]:
    folders = sorted(p for p in BBC.iterdir() if p.is_dir())
    per_folder = -(-count // len(folders))
    paths = [p for f in folders for p in sorted(f.glob("*.txt"))[:per_folder]][:count]
    briefings = []
    for number, path in enumerate(paths):
        (article,) = read_source(path, project.label(path))
        data = plain(extract(article))
        data.update(
            status=Status.approved,
            published=dt.date(2005, 3, 1) + dt.timedelta(days=number % 28),
            tags=[path.parent.name],
        )
        briefings.append(Briefing.model_validate(data))
    return briefings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--profile", action="store_true", help="print the top functions")
    parser.add_argument("--keep", type=Path, help="also write the PDF here")
    args = parser.parse_args()
    if not BBC.is_dir():
        sys.exit("run from the repository: the corpus is read through ../shared")

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "mkdocs.yml").write_bytes((REPO / "mkdocs.yml").read_bytes())
        project = load_project(root)
        started = time.perf_counter()
        briefings = corpus_briefings(project, args.count)
        made = time.perf_counter() - started

        selection = Selection()
        book = make_book(project, select(briefings, selection), selection, marking="BENCHMARK")
        started = time.perf_counter()
        html = book_html(project, book)
        to_html = time.perf_counter() - started

        profiler = cProfile.Profile() if args.profile else None
        started = time.perf_counter()
        if profiler:
            profiler.enable()
        data, pages, warnings = print_pdf(html)
        if profiler:
            profiler.disable()
        printed = time.perf_counter() - started

        output = args.keep or root / "book.pdf"
        started, cpu = time.perf_counter(), time.process_time()
        report = write_book(project, book, output)
        whole, whole_cpu = time.perf_counter() - started, time.process_time() - cpu
        same = output.read_bytes() == data

    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    words = sum(b.source.words for b in briefings)
    print(f"briefings: {len(briefings)} ({words:,} words), made in {made:.2f} s (not counted)")
    print(f"Jinja + Markdown -> HTML: {to_html:.2f} s ({len(html) / 1024:,.0f} KiB of HTML)")
    print(f"WeasyPrint layout + PDF: {printed:.2f} s, {pages} pages, {len(data) / 1024:,.0f} KiB")
    print(
        f"end to end (write_book): {whole:.2f} s wall, {whole_cpu:.2f} s CPU, "
        f"{report.pages} pages; identical bytes: {same}"
    )
    print(f"load average while running: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"peak memory (max RSS of the process): {peak_mib:,.0f} MiB")
    print(f"WeasyPrint warnings: {len(warnings)}")
    # Wall time counts other processes' use of the cores; CPU time is what the book costs.
    for label, seconds in (("wall", whole), ("CPU", whole_cpu)):
        verdict = "met" if seconds < 20 and peak_mib < 1024 else "MISSED"
        print(f"target under 20 s and 1024 MiB, by {label} time: {verdict}")
    if profiler:
        pstats.Stats(profiler).sort_stats("tottime").print_stats(20)


if __name__ == "__main__":
    main()
