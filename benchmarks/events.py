"""Events: how well they are recovered, and what placing a briefing costs.

    python benchmarks/ecb_data.py            # once: ECB+ through the real extractor (cached)
    python benchmarks/events.py [--ecb [--curve] [--cache DIR]] [--place N] [--bbc]

--ecb    B-cubed precision, recall and F1 of the events on ECB+ (gold event: topic plus
         ecb/ecbplus, two events of one kind per topic), ours beside a plain TF-IDF
         baseline (online, leader clustering over the whole text's TF-IDF, idf of the
         whole set) in the same run. Each method's threshold is tuned on topics 1-20 and
         reported on those and on the held-out topics 21-45, tuned two ways: the best F1
         ("peak"), and the middle of the best plateau ("plateau": the best mean F1 of a
         threshold and its two neighbours each side, 0.04 apart), the choice that does
         not hang on one lucky threshold. ECB+ has no reference summaries, so no ROUGE
         is reported (none is invented).
--curve  with --ecb: each method's F1 over the thresholds, on dev and held-out: a flat
         curve is a method whose best threshold does not move from one set to another.
--cache  the ECB+ briefings made by `python benchmarks/ecb_data.py DIR` (default
         /tmp/ecb-briefings).
--place  N synthetic briefings built from BBC texts (headline and paragraphs, ids made
         unique) written to a scratch project and placed into events; then one more
         briefing is placed with `update_events`, timed in wall and CPU seconds, with the
         peak memory before and after (target: under a second, memory flat).
--bbc    the whole BBC corpus's briefings (from `--briefings DIR`, e.g. a project after
         `briefing ingest`) placed into events from scratch, `update_events` whole
         (placing, composing, writing the event files) and the placing alone, in wall
         and CPU seconds: to compare with the ingest time printed by
         benchmarks/ingest.py (target: under 10%; on a shared machine compare CPU with
         its CPU per article times the articles).
"""

from __future__ import annotations

import argparse
import math
import resource
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import ecb_data
from generator import store
from generator.events import Clustering, cluster, features
from generator.events.features import words
from generator.models import Briefing, Section, Source
from generator.store.event_sync import update_events

BBC = Path(__file__).resolve().parent.parent.parent / "shared/corpus/bbc"
DEV_TOPICS = 20


def bcubed(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    by_pred: dict[str, set[str]] = {}
    by_gold: dict[str, set[str]] = {}
    for item, label in predicted.items():
        by_pred.setdefault(label, set()).add(item)
    for item, label in gold.items():
        by_gold.setdefault(label, set()).add(item)
    precision = recall = 0.0
    for item in predicted:
        same = by_pred[predicted[item]] & by_gold[gold[item]]
        precision += len(same) / len(by_pred[predicted[item]])
        recall += len(same) / len(by_gold[gold[item]])
    precision, recall = precision / len(predicted), recall / len(predicted)
    return precision, recall, 2 * precision * recall / (precision + recall)


def ours(items: list[Briefing], threshold: float) -> dict[str, str]:
    cluster.THRESHOLD = threshold
    clustering = Clustering()
    return {b.id: clustering.place(features(b)) for b in sorted(items, key=lambda b: b.id)}


def baseline(items: list[Briefing], threshold: float) -> dict[str, str]:
    """Plain TF-IDF: every word of the text, idf of the whole set, each article joins
    the most similar cluster centroid above the threshold."""
    texts = {
        b.id: Counter(words(" ".join([b.title, *(p for s in b.sections for p in s.paragraphs)])))
        for b in items
    }
    df: Counter[str] = Counter(t for c in texts.values() for t in c)
    n = len(texts)
    vectors = {
        i: {t: (1 + math.log(k)) * (math.log((1 + n) / (1 + df[t])) + 1) for t, k in c.items()}
        for i, c in texts.items()
    }
    centroids: dict[str, dict[str, float]] = {}
    found: dict[str, str] = {}
    for item in sorted(vectors):
        best, score = None, threshold
        for label, centroid in centroids.items():
            s = cluster.cosine(vectors[item], centroid)
            if s > score:
                best, score = label, s
        label = best or item
        centroid = centroids.setdefault(label, {})
        for t, v in vectors[item].items():
            centroid[t] = centroid.get(t, 0.0) + v
        found[item] = label
    return found


Method = Callable[[list[Briefing], float], dict[str, str]]
GRID = [round(0.02 * i, 2) for i in range(6, 36)]  # 0.12 .. 0.70
PLATEAU = 2  # neighbours each side that the plateau choice averages over


def scores(
    method: Method, items: list[Briefing], gold: dict[str, str]
) -> list[tuple[float, float, float]]:
    """B-cubed precision, recall and F1 at each threshold of GRID."""
    truth = {b.id: gold[b.id] for b in items}
    return [bcubed(method(items, t), truth) for t in GRID]


def peak(curve: list[float]) -> int:
    """The index of the best F1 (the lower threshold on a tie)."""
    return max(range(len(curve)), key=lambda i: (curve[i], -i))


def plateau(curve: list[float]) -> int:
    """The index whose neighbourhood is best on average: a threshold in the middle of
    a wide good region, not on a lucky spike."""

    def mean_around(i: int) -> float:
        window = curve[max(0, i - PLATEAU) : i + PLATEAU + 1]
        return sum(window) / len(window)

    return max(range(len(curve)), key=lambda i: (mean_around(i), -i))


def run_ecb(cache: Path, show_curve: bool) -> None:
    loaded = ecb_data.load(cache)
    if not loaded:
        sys.exit(f"no ECB+ briefings in {cache}: run python benchmarks/ecb_data.py first")
    gold = {b.id: ecb_data.gold_event(stem) for stem, b in loaded.items()}
    topic = {b.id: int(stem.split("_")[0]) for stem, b in loaded.items()}
    dev = [b for b in loaded.values() if topic[b.id] <= DEV_TOPICS]
    held = [b for b in loaded.values() if topic[b.id] > DEV_TOPICS]
    print(
        f"ECB+: {len(loaded)} articles, {len(set(gold.values()))} gold events; "
        f"dev topics 1-{DEV_TOPICS} ({len(dev)} articles), held-out the rest ({len(held)})"
    )
    if show_curve:
        print(f"  {'threshold':25} " + " ".join(f"{t:.2f}" for t in GRID))
    for name, method in (("ours", ours), ("tf-idf baseline", baseline)):
        found = {"dev": scores(method, dev, gold), "held-out": scores(method, held, gold)}
        if show_curve:
            for part, rows in found.items():
                print(f"  {name + ' ' + part:25} " + " ".join(f"{f:.2f}" for _, _, f in rows))
        for rule, choose in (("peak", peak), ("plateau", plateau)):
            i = choose([f for _, _, f in found["dev"]])
            for part, rows in found.items():
                p, r, f = rows[i]
                print(
                    f"  {name:16} {rule:8} threshold {GRID[i]:.2f} {part:9} "
                    f"B3 P {p:.3f} R {r:.3f} F1 {f:.3f}"
                )


def bbc_briefings(count: int) -> list[Briefing]:
    """Briefings made from BBC texts without NLP (headline and paragraphs), repeated
    with distinct ids until there are `count`."""
    files = sorted(BBC.glob("*/*.txt"))
    made = []
    for i in range(count):
        path = files[i % len(files)]
        lines = [x.strip() for x in path.read_text(encoding="latin-1").split("\n") if x.strip()]
        made.append(
            Briefing(
                id=f"bbc-{i:05d}",
                title=lines[0],
                summary=lines[1] if len(lines) > 1 else lines[0],
                source=Source(path=str(path), sha256="0" * 64, format="text", words=1),
                sections=[Section(paragraphs=lines[1:] or lines)],
            )
        )
    return made


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_place(count: int) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-events-") as scratch:
        folder = Path(scratch) / "briefings"
        folder.mkdir()
        items = bbc_briefings(count + 1)
        for b in items[:count]:
            store.save(b, folder)
        start = time.perf_counter()
        first = update_events(folder)
        built = time.perf_counter() - start
        events = len(set(first.placed.values()))
        print(
            f"{count} briefings placed from scratch into {events} events: {built:.1f} s; "
            f"peak {peak_mb():.0f} MB"
        )
        store.save(items[count], folder)
        before = peak_mb()
        start, cpu = time.perf_counter(), time.process_time()
        update_events(folder)
        placed, placed_cpu = time.perf_counter() - start, time.process_time() - cpu
        print(
            f"one new briefing placed among {count}: {placed:.2f} s wall, {placed_cpu:.2f} s CPU; "
            f"peak memory {before:.0f} MB before, {peak_mb():.0f} MB after"
        )


def run_bbc(folder: Path) -> None:
    """The whole of `update_events` (placing, composing and writing every event file),
    then the placing alone over briefings already read, each in wall and CPU seconds:
    wall time on a shared machine counts other people's work, CPU time does not."""
    with tempfile.TemporaryDirectory(prefix="bench-events-") as scratch:
        briefings = Path(scratch) / "briefings"
        briefings.mkdir()
        for path in sorted(folder.glob("*.yaml")):
            (briefings / path.name).write_bytes(path.read_bytes())
        start, cpu = time.perf_counter(), time.process_time()
        report = update_events(briefings)
        took, took_cpu = time.perf_counter() - start, time.process_time() - cpu
        print(
            f"{len(report.placed)} BBC briefings into {len(set(report.placed.values()))} "
            f"events, update_events: {took:.1f} s wall, {took_cpu:.1f} s CPU "
            "(compare with the ingest time of benchmarks/ingest.py)"
        )
        loaded = [store.load(p) for p in sorted(briefings.glob("*.yaml"))]
        start, cpu = time.perf_counter(), time.process_time()
        clustering = Clustering()
        for briefing in loaded:
            clustering.place(features(briefing))
        took, took_cpu = time.perf_counter() - start, time.process_time() - cpu
        print(f"  placing alone (briefings in memory): {took:.1f} s wall, {took_cpu:.1f} s CPU")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ecb", action="store_true")
    parser.add_argument("--curve", action="store_true", help="with --ecb: F1 per threshold")
    parser.add_argument("--cache", type=Path, default=ecb_data.CACHE, help="ECB+ briefings")
    parser.add_argument("--place", type=int, default=0, metavar="N")
    parser.add_argument("--bbc", action="store_true")
    parser.add_argument("--briefings", type=Path, help="a folder of BBC briefings, for --bbc")
    args = parser.parse_args()
    if args.ecb:
        run_ecb(args.cache, args.curve)
    if args.place:
        run_place(args.place)
    if args.bbc:
        if not args.briefings:
            sys.exit("--bbc needs --briefings DIR")
        run_bbc(args.briefings)


if __name__ == "__main__":
    main()
