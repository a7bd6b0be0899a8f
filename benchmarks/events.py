"""Events: how well they are recovered, and what placing a briefing costs.

    python benchmarks/ecb_data.py            # once: ECB+ through the real extractor (cached)
    python benchmarks/events.py [--ecb] [--place N] [--bbc]

--ecb    B-cubed precision, recall and F1 of the events on ECB+ (gold event: topic plus
         ecb/ecbplus, two events of one kind per topic), ours beside a plain TF-IDF
         baseline (online, leader clustering over the whole text's TF-IDF, idf of the
         whole set) in the same run. Each method's threshold is tuned on topics 1-20 and
         reported on those and on the held-out topics 21-45. ECB+ has no reference
         summaries, so no ROUGE is reported (none is invented).
--place  N synthetic briefings built from BBC texts (headline and paragraphs, ids made
         unique) written to a scratch project and placed into events; then one more
         briefing is placed with `update_events`, timed, with the peak memory before
         and after (target: under a second, memory flat).
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


def tuned(method: Callable[[list[Briefing], float], dict[str, str]], dev, gold) -> float:  # type: ignore[no-untyped-def]
    grid = [round(0.02 * i, 2) for i in range(36)]
    return max(grid, key=lambda t: (bcubed(method(dev, t), gold)[2], -t))


def run_ecb() -> None:
    loaded = ecb_data.load()
    if not loaded:
        sys.exit("no ECB+ briefings cached: run python benchmarks/ecb_data.py first")
    gold = {b.id: ecb_data.gold_event(stem) for stem, b in loaded.items()}
    topic = {b.id: int(stem.split("_")[0]) for stem, b in loaded.items()}
    dev = [b for b in loaded.values() if topic[b.id] <= DEV_TOPICS]
    held = [b for b in loaded.values() if topic[b.id] > DEV_TOPICS]
    print(
        f"ECB+: {len(loaded)} articles, {len(set(gold.values()))} gold events; "
        f"dev topics 1-{DEV_TOPICS} ({len(dev)} articles), held-out the rest ({len(held)})"
    )
    for name, method in (("ours", ours), ("tf-idf baseline", baseline)):
        threshold = tuned(method, dev, gold)
        for part, items in (("dev", dev), ("held-out", held)):
            p, r, f = bcubed(method(items, threshold), {b.id: gold[b.id] for b in items})
            print(
                f"  {name:16} threshold {threshold:.2f} {part:9} B3 P {p:.3f} R {r:.3f} F1 {f:.3f}"
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
        start = time.perf_counter()
        update_events(folder)
        placed = time.perf_counter() - start
        print(
            f"one new briefing placed among {count}: {placed:.2f} s; "
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
    parser.add_argument("--place", type=int, default=0, metavar="N")
    parser.add_argument("--bbc", action="store_true")
    parser.add_argument("--briefings", type=Path, help="a folder of BBC briefings, for --bbc")
    args = parser.parse_args()
    if args.ecb:
        run_ecb()
    if args.place:
        run_place(args.place)
    if args.bbc:
        if not args.briefings:
            sys.exit("--bbc needs --briefings DIR")
        run_bbc(args.briefings)


if __name__ == "__main__":
    main()
