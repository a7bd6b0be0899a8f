"""Precision, recall and F1 of the extractor per field, and speaker accuracy, over a
folder of hand-annotated articles (default: the development set).

    python benchmarks/accuracy.py [ANNOTATIONS_DIR] [--corpus ../shared] [--details]

Each annotation names its article relative to the corpus root (see
tests/data/annotations/README.md). Names are compared after folding case, accents,
"the", possessives and honorifics; a gold entry may list `aliases`. A predicted
quote matches a gold one when one's folded text starts with the other's (gold quotes
give the opening words). Speaker accuracy is over matched quotes: the predicted
speaker equals the gold one (or an alias of it), null matching null.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.extract import extract
from generator.models import Briefing
from generator.readers import read_source

HERE = Path(__file__).resolve().parent
DEFAULT_ANNOTATIONS = HERE.parent / "tests" / "data" / "annotations"
DEFAULT_CORPUS = Path("../shared")
FIELDS = ("people", "organizations", "places", "quotes")
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor"}


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^\w&' ]+", " ", text)
    words = [w for w in text.split() if w not in {"the", "a", "an"}]
    while words and words[0] in _HONORIFICS:
        words.pop(0)
    if len(words) > 1 and words[-1] == "party":
        words.pop()
    return " ".join(words)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _names(entry: object) -> set[str]:
    if isinstance(entry, str):
        return {fold(entry)}
    assert isinstance(entry, dict)
    return {fold(entry["name"]), *(fold(a) for a in entry.get("aliases") or [])}


def score_names(gold: list[object], predicted: list[str]) -> Score:
    score = Score()
    remaining = [fold(p) for p in dict.fromkeys(predicted)]
    for entry in gold:
        names = _names(entry)
        hit = next((p for p in remaining if p in names), None)
        if hit is None:
            score.fn += 1
            score.misses.append(sorted(names)[0])
        else:
            score.tp += 1
            remaining.remove(hit)
    score.fp = len(remaining)
    score.extras = remaining
    return score


def _same_quote(gold: str, predicted: str) -> bool:
    g, p = fold(gold), fold(predicted)
    return bool(g and p) and (p.startswith(g) or g.startswith(p))


def score_quotes(
    gold: list[dict[str, object]],
    predicted: list[tuple[str, str | None]],
    speakers_of: dict[str, set[str]],
) -> tuple[Score, int, int, list[str]]:
    score, right, matched, wrong = Score(), 0, 0, []
    named = named_right = 0
    remaining = list(predicted)
    for entry in gold:
        text = str(entry["text"])
        hit = next((q for q in remaining if _same_quote(text, q[0])), None)
        if hit is None:
            score.fn += 1
            score.misses.append(text[:60])
            continue
        score.tp += 1
        remaining.remove(hit)
        matched += 1
        gold_speaker = entry.get("speaker")
        accepted: set[str | None] = {None}
        if gold_speaker:
            accepted = set(speakers_of.get(fold(str(gold_speaker)), {fold(str(gold_speaker))}))
        said = fold(hit[1]) if hit[1] else None
        if said is not None:
            named += 1
            named_right += said in accepted
        if said in accepted:
            right += 1
        else:
            wrong.append(f"{text[:40]!r}: {hit[1]!r} (gold {gold_speaker!r})")
    score.fp = len(remaining)
    score.extras = [q[0][:60] for q in remaining]
    return score, right, matched, wrong, named, named_right


def evaluate(annotations: Path, corpus: Path, details: bool) -> dict[str, Score]:
    totals = {name: Score() for name in FIELDS}
    right = matched = named = named_right = 0
    files = sorted(annotations.glob("*.yaml"))
    if not files:
        raise SystemExit(f"no annotation files (*.yaml) in {annotations}")
    for path in files:
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        source = corpus / gold["source"]
        article = read_source(source, gold["source"])[0]
        briefing: Briefing = extract(article, "accuracy-check")
        speakers_of: dict[str, set[str]] = {}
        for person in [*(gold.get("people") or []), *(gold.get("organizations") or [])]:
            names = _names(person)
            for name in names:
                speakers_of[name] = names
        scores = {
            "people": score_names(gold.get("people") or [], [p.name for p in briefing.people]),
            "organizations": score_names(
                gold.get("organizations") or [], [o.name for o in briefing.organizations]
            ),
            "places": score_names(gold.get("places") or [], [p.name for p in briefing.places]),
        }
        q_score, q_right, q_matched, wrong, q_named, q_named_right = score_quotes(
            gold.get("quotes") or [], [(q.text, q.speaker) for q in briefing.quotes], speakers_of
        )
        scores["quotes"] = q_score
        right += q_right
        matched += q_matched
        named += q_named
        named_right += q_named_right
        for name, score in scores.items():
            totals[name].add(score)
        if details:
            print(f"--- {path.name}")
            for name, score in scores.items():
                if score.misses or score.extras:
                    print(f"  {name}: missed {score.misses} extra {score.extras}")
            for line in wrong:
                print(f"  speaker: {line}")
    print(f"{'field':<15}{'precision':>10}{'recall':>10}{'F1':>10}{'tp':>6}{'fp':>6}{'fn':>6}")
    for name, score in totals.items():
        print(
            f"{name:<15}{score.precision:>10.3f}{score.recall:>10.3f}{score.f1:>10.3f}"
            f"{score.tp:>6}{score.fp:>6}{score.fn:>6}"
        )
    accuracy = right / matched if matched else 1.0
    print(
        f"speaker accuracy {accuracy:.3f} ({right}/{matched} matched quotes)"
        f" over {len(files)} articles"
    )
    precision = named_right / named if named else 1.0
    print(
        f"speaker precision {precision:.3f} ({named_right}/{named} matched quotes given a speaker;"
        f" {matched - named} left without one)"
    )
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("annotations", nargs="?", type=Path, default=DEFAULT_ANNOTATIONS)
    parser.add_argument(
        "--corpus",
        type=Path,
        default=DEFAULT_CORPUS,
        help="root the annotations' `source` paths are relative to",
    )
    parser.add_argument("--details", action="store_true", help="list misses per article")
    args = parser.parse_args(argv)
    evaluate(args.annotations, args.corpus, args.details)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
