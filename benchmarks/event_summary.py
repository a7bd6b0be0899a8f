"""ROUGE of an event's summary and key points against human summaries of a cluster of
articles, beside the classic unsupervised multi-document summarisers in the same run.

    python benchmarks/event_summary.py [--clusters DIR] [--events] [--cache FILE]
                                       [--half dev|test|both] [--corpus ../shared]

Each cluster is a list of articles telling one story with human reference summaries.
Every system gives its first 100 words (ROUGE is a matter of length, so all are cut
alike) and is scored with ROUGE-1 recall and F1 x100 (`rouge-score`, Porter stemming),
mean over clusters; with several references, the mean over them:

* ours: the real pipeline: each article read and extracted into a briefing, the event
  composed from its members by `generator.events.compose` (the code ingest writes the
  event file with), then its summary followed by its key points;
* centroid: Radev et al. (2004): the cluster's TF-IDF centroid (idf of the event
  clustering's reference table, words under a tenth of the top weight dropped), the
  sentences ranked by cosine to it, a sentence too close to one already taken (cosine
  above 0.6) skipped. Written here in a few lines: sumy has no centroid summariser and
  the one package of the index that does (`centroid-summarizer` 0.0.5, pre-alpha)
  depends on the retired `sklearn` name, gensim and NLTK data downloaded at run time;
* lexrank: Erkan and Radev (2004), sumy's LexRankSummarizer over all the cluster's
  sentences (our splitter, as benchmarks/summary.py does);
* lead: the first article's opening sentences (the usual floor).

Clusters:

* `--clusters DIR`: an external set, one folder per cluster holding its articles
  (`*.txt`, any layout our readers read) and its human summaries (`summary*.txt`, one
  reference each). Reported as one set (held out: no dev/test split).
* built-in, from `../shared/corpus/bbc`: the stories told by two distinct texts under
  the same headline (first line), 31 clusters; the reference is the members' human
  extractive summaries (`bbc-summaries`), their distinct sentences in order. Many of
  these are lightly edited re-issues of one text, so the texts' own word overlap is
  printed too.
* `--events`: also the BBC events our clustering makes (every article extracted, placed
  with `generator.events.Clustering` in id order) with two or more members of distinct
  text not already a headline cluster, reference as above. Extracting the corpus takes
  minutes: `--cache FILE` keeps the briefings (JSON lines) for the next run.

Built-in clusters are split into a dev half (to tune on) and a test half (only
reported) by a hash of the cluster's name.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import math
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rouge_score import rouge_scorer
from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.utils import get_stop_words

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.events import Clustering, compose, features
from generator.events.cluster import reference_idf
from generator.events.features import words
from generator.extract import extract_many
from generator.extract.sentences import split_sentences
from generator.models import Article, Briefing
from generator.readers import read_source

DEFAULT_CORPUS = Path("../shared")
WORDS = 100
SYSTEMS = ("ours", "centroid", "lexrank", "lead")
TOPIC_SHARE = 0.1  # centroid words under this share of the top weight are dropped
REDUNDANT = 0.6  # centroid: cosine above which a sentence repeats one already taken


@dataclass(frozen=True, slots=True)
class Cluster:
    name: str
    kind: str
    paths: tuple[Path, ...]
    references: tuple[str, ...]


class SentenceWords:
    """The tokenizer sumy asks for, on our splitter: sumy's own loads NLTK's punkt."""

    language = "english"

    def to_sentences(self, text: str) -> list[str]:
        return split_sentences(text)

    def to_words(self, text: str) -> list[str]:
        return re.findall(r"[\w'\u2019]+", text)


def half(name: str) -> str:
    digest = hashlib.sha256(name.encode("utf-8")).digest()
    return "dev" if digest[0] % 2 == 0 else "test"


def bbc_reference(corpus: Path, paths: Iterable[Path]) -> str:
    """The members' human summaries, their distinct sentences in order."""
    seen: dict[str, None] = {}
    for path in paths:
        relative = path.relative_to(corpus / "corpus" / "bbc")
        raw = (corpus / "corpus" / "bbc-summaries" / relative).read_bytes().decode("utf-8")
        # the summaries join sentences without a space: "...$10.9bn.For the full-year"
        text = re.sub(r"([.!?][\"']?)(?=[A-Z])", r"\1 ", raw).strip()
        seen.update(dict.fromkeys(split_sentences(text)))
    return " ".join(seen)


def distinct_texts(paths: Iterable[Path]) -> list[Path]:
    """One path per distinct text (byte-identical copies are one article)."""
    kept: dict[bytes, Path] = {}
    for path in sorted(paths):
        kept.setdefault(hashlib.sha256(path.read_bytes()).digest(), path)
    return sorted(kept.values())


def headline_clusters(corpus: Path) -> list[Cluster]:
    by_headline: dict[str, list[Path]] = {}
    for path in sorted((corpus / "corpus" / "bbc").rglob("*.txt")):
        first = path.read_text(encoding="utf-8", errors="replace").split("\n", 1)[0].strip()
        by_headline.setdefault(first, []).append(path)
    found = []
    for headline, paths in sorted(by_headline.items()):
        members = distinct_texts(paths)
        if len(members) > 1:
            reference = bbc_reference(corpus, members)
            found.append(Cluster(headline, "headline", tuple(members), (reference,)))
    return found


def external_clusters(folder: Path) -> list[Cluster]:
    found = []
    for directory in sorted(p for p in folder.iterdir() if p.is_dir()):
        texts = sorted(directory.glob("*.txt"))
        summaries = [p for p in texts if p.name.startswith("summary")]
        articles = [p for p in texts if not p.name.startswith("summary")]
        if not articles or not summaries:
            sys.exit(f"error: {directory}: needs articles (*.txt) and summary*.txt")
        references = tuple(p.read_text(encoding="utf-8").strip() for p in summaries)
        found.append(Cluster(directory.name, "external", tuple(articles), references))
    return found


def read(path: Path) -> Article:
    return read_source(path, path.as_posix())[0]


def briefing_id(path: Path) -> str:
    """Unique per path (ids made from the title would merge two texts of one headline)."""
    return f"{path.parent.name}-{path.stem}"


def extracted(paths: list[Path], cache: Path | None) -> dict[Path, Briefing]:
    """Briefings of `paths`, from the cache file when it has them."""
    known: dict[str, Briefing] = {}
    if cache and cache.exists():
        for line in cache.read_text(encoding="utf-8").splitlines():
            briefing = Briefing.model_validate_json(line)
            known[briefing.id] = briefing
    missing = [p for p in paths if briefing_id(p) not in known]
    articles = [read(p) for p in missing]
    for briefing in extract_many(articles, [briefing_id(p) for p in missing]):
        known[briefing.id] = briefing
    if cache and missing:
        lines = [known[k].model_dump_json() for k in sorted(known)]
        cache.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {p: known[briefing_id(p)] for p in paths}


def event_clusters(corpus: Path, cache: Path | None, taken: set[Path]) -> list[Cluster]:
    """Our clustering's BBC events of two or more distinct texts (members placed in id
    order, as ingest does), leaving out the headline clusters."""
    paths = distinct_texts((corpus / "corpus" / "bbc").rglob("*.txt"))
    briefings = extracted(paths, cache)
    by_id = {briefing_id(p): p for p in paths}
    clustering = Clustering()
    members: dict[str, list[Path]] = {}
    for briefing in sorted(briefings.values(), key=lambda b: b.id):
        members.setdefault(clustering.place(features(briefing)), []).append(by_id[briefing.id])
    found = []
    for event_id, group in sorted(members.items()):
        if len(group) > 1 and not taken & set(group):
            reference = bbc_reference(corpus, group)
            found.append(Cluster(f"event:{event_id}", "event", tuple(group), (reference,)))
    return found


def first_words(text: str, limit: int = WORDS) -> str:
    return " ".join(text.split()[:limit])


def ours(members: list[Briefing]) -> str:
    event = compose(members)
    return " ".join([event["summary"], *(p.text for p in event["key_points"])])


def sentences_of(articles: list[Article]) -> list[list[str]]:
    return [[s for p in a.paragraphs for s in split_sentences(p)] for a in articles]


def tf_idf(text: str) -> dict[str, float]:
    idf = reference_idf()
    unseen = idf[""]
    return {t: n * idf.get(t, unseen) for t, n in Counter(words(text)).items()}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    dot = sum(v * b.get(t, 0.0) for t, v in a.items())
    if not dot:
        return 0.0
    return dot / math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))


def centroid(articles: list[Article]) -> str:
    """Radev et al. 2004: sentences closest to the cluster's TF-IDF centroid, none
    repeating one already taken, until the word budget is spent."""
    sentences = [s for group in sentences_of(articles) for s in group]
    whole = tf_idf(" ".join(sentences))
    top = max(whole.values(), default=0.0)
    centre = {t: v for t, v in whole.items() if v >= TOPIC_SHARE * top}
    vectors = [tf_idf(s) for s in sentences]
    order = sorted(range(len(sentences)), key=lambda i: (-cosine(vectors[i], centre), i))
    chosen: list[int] = []
    for i in order:
        if sum(len(sentences[j].split()) for j in chosen) >= WORDS:
            break
        if all(cosine(vectors[i], vectors[j]) <= REDUNDANT for j in chosen):
            chosen.append(i)
    return " ".join(sentences[i] for i in chosen)


def lexrank(articles: list[Article], summarizer: LexRankSummarizer) -> str:
    tokens = SentenceWords()
    paragraphs = [
        Paragraph([Sentence(s, tokens) for s in split_sentences(p)])
        for a in articles
        for p in a.paragraphs
    ]
    best = summarizer(ObjectDocumentModel(paragraphs), fill_words)
    return " ".join(str(s) for s in best)


def fill_words(ranked: Sequence[Any]) -> list[Any]:
    """sumy's count as a callable: the best-rated sentences until 100 words are filled
    (it gets them best first, and gives them back in the documents' order)."""
    chosen, total = [], 0
    for info in ranked:
        if total >= WORDS:
            break
        chosen.append(info)
        total += len(str(info.sentence).split())
    return chosen


def lead(articles: list[Article]) -> str:
    return " ".join(sentences_of(articles[:1])[0])


def overlap(articles: list[Article]) -> float:
    """How alike the texts are (difflib's ratio of the first two, by words)."""
    a, b = (" ".join(x.paragraphs).split() for x in articles[:2])
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def outputs(clusters: list[Cluster], cache: Path | None) -> dict[str, list[str]]:
    paths = sorted({p for c in clusters for p in c.paths})
    briefings = extracted(paths, cache)
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    found: dict[str, list[str]] = {s: [] for s in SYSTEMS}
    systems: dict[str, Callable[[list[Briefing], list[Article]], str]] = {
        "ours": lambda members, _: ours(members),
        "centroid": lambda _, articles: centroid(articles),
        "lexrank": lambda _, articles: lexrank(articles, summarizer),
        "lead": lambda _, articles: lead(articles),
    }
    for cluster in clusters:
        members = [briefings[p] for p in cluster.paths]
        articles = [read(p) for p in cluster.paths]
        for system, run in systems.items():
            found[system].append(first_words(run(members, articles)))
    return found


def report(name: str, clusters: list[Cluster], cache: Path | None) -> None:
    if not clusters:
        print(f"\n{name}: no clusters")
        return
    started = time.perf_counter()
    produced = outputs(clusters, cache)
    scorer = rouge_scorer.RougeScorer(["rouge1"], use_stemmer=True)
    kinds = Counter(c.kind for c in clusters)
    articles = sum(len(c.paths) for c in clusters)
    print(
        f"\n{name}: {len(clusters)} clusters ({dict(sorted(kinds.items()))}), "
        f"{articles} articles ({time.perf_counter() - started:.0f} s)"
    )
    print(f"{'system':<10} {'R-1 rec':>8} {'R-1 F1':>8} {'words':>6}")
    for system in SYSTEMS:
        recall, f1 = [], []
        for cluster, text in zip(clusters, produced[system], strict=True):
            scores = [scorer.score(ref, text)["rouge1"] for ref in cluster.references]
            recall.append(statistics.fmean(s.recall for s in scores))
            f1.append(statistics.fmean(s.fmeasure for s in scores))
        words_out = statistics.fmean(len(t.split()) for t in produced[system])
        print(
            f"{system:<10} {100 * statistics.fmean(recall):8.1f} "
            f"{100 * statistics.fmean(f1):8.1f} {words_out:6.1f}"
        )


def texts_alike(clusters: list[Cluster]) -> None:
    ratios = [overlap([read(p) for p in c.paths]) for c in clusters]
    if ratios:
        near = sum(r >= 0.95 for r in ratios)
        print(f"  texts' word overlap: median {statistics.median(ratios):.2f}, {near} >= 0.95")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--clusters", type=Path, default=None)
    parser.add_argument("--events", action="store_true")
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--half", choices=("dev", "test", "both"), default="both")
    args = parser.parse_args()
    if args.clusters:
        report(f"external set {args.clusters}", external_clusters(args.clusters), args.cache)
        return
    builtin = headline_clusters(args.corpus)
    if args.events:
        taken = {p for c in builtin for p in c.paths}
        builtin += event_clusters(args.corpus, args.cache, taken)
    for name in ("dev", "test"):
        if args.half in (name, "both"):
            chosen = [c for c in builtin if half(c.name) == name]
            report(f"{name} half", chosen, args.cache)
            texts_alike(chosen)


if __name__ == "__main__":
    main()
