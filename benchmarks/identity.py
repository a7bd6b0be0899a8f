"""One identity per entity across articles, measured on ECB+ (gold cross-document
coreference of people, organisations and places in 982 news articles).

    python benchmarks/identity.py [--limit N] [--corpus DIR] [--cache FILE] [--explain N]

Each ECB+ article goes through the real extractor (spaCy) and then the resolution
stage against one registry shared by all of them, in file order, as `briefing
ingest` would. A gold mention is a named (capitalised) person, organisation or place
mention in a fully annotated sentence that belongs to a cross-document chain; it is
aligned with the briefing's item whose name (or as-written form) has the same key,
or contains it, or is contained in it ("Reid" and "Tara Reid"). Units are (article,
gold entity) pairs with the item aligned. Over every two units of different articles:
a gold link when the gold puts them in one chain, our link when they carry one
registry entry (one dossier). Prints precision, recall and F1 of our links, and of the
baseline that links exact, unresolved names; and how many gold units were aligned.
Figures are given for all topics, for the development topics (1-20, whose errors
may be read) and for the held-out topics (21-45, whose errors are never printed).

`--explain N` prints, for the development topics only, the N most frequent missed
gold links and false links, as (name, name) pairs of raw names with their counts.
`--cache FILE` keeps the extracted briefings (JSON lines) so that resolution can be
re-measured without re-running spaCy; delete it when the extractor changes.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.extract import extract_many
from generator.identity import Registry
from generator.models import Article, Block, Briefing
from generator.resolve import FIELDS, Index, Resolver, consolidate, key, resolve_items

DEFAULT_CORPUS = Path("../shared/corpus/ecbplus")
ENTITY_TAGS = {
    "HUMAN_PART_PER": "people",
    "HUMAN_PART_ORG": "organizations",
    "HUMAN_PART_GPE": "places",
    "LOC_GEO": "places",
    "LOC_FAC": "places",
}
DEV_TOPICS = range(1, 21)  # errors read here; 21-45 are held out
_URL = re.compile(r"https?:|www\.|\.com\b|\.html?\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class GoldMention:
    field: str
    text: str
    instance: str


@dataclass(slots=True)
class Document:
    name: str
    article: Article
    mentions: list[GoldMention]


def detokenize(words: Iterable[str]) -> str:
    text = " ".join(words)
    text = re.sub(r"\s+([,.;:!?%)\]}])", r"\1", text)
    text = re.sub(r"([(\[{$])\s+", r"\1", text)
    text = re.sub(r"\s+('s|'re|'ve|'ll|'d|n't|')(?=\s|$)", r"\1", text)
    text = text.replace("``", '"').replace("''", '"')
    return re.sub(r'"\s+(.*?)\s+"', r'"\1"', text)


def annotated_sentences(corpus: Path) -> dict[str, set[int]]:
    found: dict[str, set[int]] = defaultdict(set)
    with (corpus / "ECBplus_coreference_sentences.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            found[f"{row['Topic']}_{row['File']}"].add(int(row["Sentence Number"]))
    return found


def read_document(path: Path, sentences: set[int]) -> Document:
    root = ET.parse(path).getroot()
    tokens = {t.get("t_id"): t for t in root.iter("token")}
    by_sentence: dict[int, list[str]] = defaultdict(list)
    for t in root.iter("token"):
        by_sentence[int(t.get("sentence", "0"))].append(t.text or "")
    lines = [detokenize(by_sentence[s]) for s in sorted(by_sentence)]
    # An ECB+ file opens with its URL, then its headline; an ECB file has neither and
    # opens with its lede, which is body text (the extractor writes its headline).
    headed = bool(lines) and bool(_URL.search(lines[0]))
    lines = [line for line in lines if line and not _URL.search(line)]
    markables = root.find("Markables")
    instances: dict[str, str] = {}
    anchors: dict[str, tuple[str, list[str]]] = {}
    for m in markables if markables is not None else []:
        if m.get("instance_id"):
            instances[m.get("m_id", "")] = m.get("instance_id", "")
        elif m.tag in ENTITY_TAGS:
            ids = [a.get("t_id", "") for a in m.iter("token_anchor")]
            anchors[m.get("m_id", "")] = (m.tag, ids)
    mentions: list[GoldMention] = []
    for relation in root.iter("CROSS_DOC_COREF"):
        target = relation.find("target")
        instance = instances.get(target.get("m_id", "") if target is not None else "")
        for source in relation.iter("source"):
            tag, ids = anchors.get(source.get("m_id", ""), ("", []))
            words = [tokens[i] for i in ids if i in tokens]
            if not instance or not words or int(words[0].get("sentence", -1)) not in sentences:
                continue
            text = detokenize(w.text or "" for w in words)
            if text[:1].isupper():  # a name, not "he" or "the actress"
                mentions.append(GoldMention(ENTITY_TAGS[tag], text, instance))
    title = lines.pop(0) if headed and lines else None
    article = Article(
        path=path.name,
        format="text",
        sha256="0" * 64,
        blocks=tuple(Block("paragraph", line) for line in lines),
        title=title,
    )
    return Document(path.stem, article, mentions)


def documents(corpus: Path, limit: int) -> list[Document]:
    sentences = annotated_sentences(corpus)
    paths = sorted((corpus / "ECB+").glob("*/*.xml"), key=lambda p: _order(p.stem))
    if limit:
        paths = paths[:limit]
    return [read_document(p, sentences.get(p.stem, set())) for p in paths]


def _order(stem: str) -> tuple[int, str]:
    topic, rest = stem.split("_", 1)
    return int(topic), rest


def _same(gold: str, ours: str) -> bool:
    g, o = key(gold).split(), key(ours).split()
    if not g or not o:
        return False
    return g == o or _within(g, o) or _within(o, g)


def _within(short: list[str], full: list[str]) -> bool:
    n = len(short)
    return any(full[i : i + n] == short for i in range(len(full) - n + 1))


def pairwise(units: list[tuple[str, str, str]]) -> tuple[float, float, float]:
    """Precision, recall, F1 of cross-article links: `units` are (doc, gold, our-key)."""
    gold = _cross_pairs([(d, g) for d, g, _ in units])
    mine = _cross_pairs([(d, o) for d, _, o in units])
    both = _cross_pairs([(d, (g, o)) for d, g, o in units])
    precision = both / mine if mine else 1.0
    recall = both / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _cross_pairs(units: list[tuple[str, object]]) -> int:
    """Pairs of units in one cluster but different documents."""
    clusters: Counter[object] = Counter(c for _, c in units)
    within: Counter[tuple[str, object]] = Counter(units)
    total = sum(n * (n - 1) // 2 for n in clusters.values())
    return total - sum(n * (n - 1) // 2 for n in within.values())


def is_dev(doc_name: str) -> bool:
    return int(doc_name.split("_", 1)[0]) in DEV_TOPICS


def extracted_briefings(docs: list[Document], cache: Path | None) -> list[Briefing]:
    """The extractor's briefings, from the cache when it holds these articles."""
    if cache is not None and cache.exists():
        rows = [json.loads(line) for line in cache.read_text(encoding="utf-8").splitlines()]
        if [r["doc"] for r in rows] == [d.name for d in docs]:
            return [Briefing.model_validate(r["briefing"]) for r in rows]
    raws = list(extract_many([d.article for d in docs], [None] * len(docs)))
    if cache is not None:
        lines = (
            json.dumps({"doc": d.name, "briefing": b.model_dump(mode="json")})
            for d, b in zip(docs, raws, strict=True)
        )
        cache.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return raws


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--cache", type=Path, help="JSON lines of extracted briefings")
    parser.add_argument("--explain", type=int, default=0, help="N top errors (dev topics)")
    args = parser.parse_args(argv)
    docs = documents(args.corpus, args.limit)
    start = time.perf_counter()
    raws = extracted_briefings(docs, args.cache)
    extracted = time.perf_counter() - start
    resolver = Resolver(Index(Registry()))
    start = time.perf_counter()
    resolved = [resolve_items(resolver, b)[1] for b in raws]
    consolidate(resolver)
    resolving = time.perf_counter() - start
    ours, base, gold_units = [], [], 0
    for doc, raw, done in zip(docs, raws, resolved, strict=True):
        gold_units += len({m.instance for m in doc.mentions})
        for instance, entity_id, raw_name in _align(doc, raw, done, resolver):
            ours.append((doc.name, instance, entity_id))
            base.append((doc.name, instance, raw_name))
    print(
        f"articles {len(docs)}, gold named entities per article {gold_units}, aligned {len(ours)}"
    )
    print(f"extraction {extracted:.1f} s, resolution {resolving * 1000:.0f} ms")
    splits = (("all topics", lambda _: True), ("dev 1-20", is_dev), ("held-out 21-45", _held))
    for split, keep in splits:
        for label, units in (("registry", ours), ("baseline (exact name)", base)):
            p, r, f = pairwise([u for u in units if keep(u[0])])
            print(f"{split:15} {label:22} pairwise P {p:.3f} R {r:.3f} F1 {f:.3f}")
    if args.explain:
        explain(
            [u for u in ours if is_dev(u[0])],
            {(d, i): n for d, i, n in base if is_dev(d)},
            args.explain,
        )
    return 0


def _held(doc_name: str) -> bool:
    return not is_dev(doc_name)


def explain(units: list[tuple[str, str, str]], raw: dict[tuple[str, str], str], n: int) -> None:
    """The most frequent missed gold links and false links, by the raw names of the
    two units (development topics only)."""
    missed: Counter[tuple[str, str]] = Counter()
    false: Counter[tuple[str, str]] = Counter()
    for i, (doc_a, gold_a, ours_a) in enumerate(units):
        for doc_b, gold_b, ours_b in units[i + 1 :]:
            if doc_a == doc_b or (gold_a == gold_b) == (ours_a == ours_b):
                continue
            names = tuple(sorted((raw[(doc_a, gold_a)], raw[(doc_b, gold_b)])))
            (missed if gold_a == gold_b else false)[names] += 1  # type: ignore[index]
    for label, counts in (("missed gold links", missed), ("false links", false)):
        print(f"\n{label}: {sum(counts.values())}")
        for (a, b), count in counts.most_common(n):
            print(f"{count:6}  {a!r} ~ {b!r}")


def _align(
    doc: Document, raw: Briefing, chosen: dict[tuple[str, int], str | None], resolver: Resolver
) -> list[tuple[str, str, str]]:
    """(gold instance, registry root id, raw name) for each gold entity of the article
    that an item of ours names: the item of the same name, else one whose name holds
    the mention's or is held in it; the item named most often for the entity."""
    units: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    items = []
    for field in FIELDS:
        for i, item in enumerate(getattr(raw, field)):
            entity_id = chosen.get((field, i))
            root = resolver.index.root(entity_id) if entity_id else None
            written = getattr(item, "as_written", None)
            if root is not None:
                items.append((root.id, item.name, [item.name, *([written] if written else [])]))
    for mention in doc.mentions:
        exact = [(r, n) for r, n, forms in items if any(key(mention.text) == key(f) for f in forms)]
        loose = [(r, n) for r, n, forms in items if any(_same(mention.text, f) for f in forms)]
        for found in (exact or loose)[:1]:
            units[mention.instance][found] += 1
    return [(inst, *counts.most_common(1)[0][0]) for inst, counts in units.items()]


if __name__ == "__main__":
    raise SystemExit(main())
