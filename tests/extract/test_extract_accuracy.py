"""benchmarks/accuracy.py scores any folder in the annotation format, not only ours."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from benchmarks.accuracy import evaluate, fold, score_names, score_quotes

ANNOTATIONS = Path("tests/data/annotations")


def test_fold_ignores_case_articles_possessives_and_titles() -> None:
    assert fold("The New York Times") == fold("New York Times")
    assert fold("Sir Paul McCartney") == fold("paul mccartney")
    assert fold("Labour Party") == fold("Labour")


def test_name_scores_count_aliases_once() -> None:
    score = score_names(
        [{"name": "Federal Reserve", "aliases": ["US Federal Reserve"]}, "BBC"],
        ["US Federal Reserve", "Reuters"],
    )
    assert (score.tp, score.fp, score.fn) == (1, 1, 1)


def test_quotes_match_on_opening_words_and_score_speakers() -> None:
    gold = [{"text": "There is a whiff", "speaker": "Anais Faraj"}]
    score, right, matched, _, named, named_right = score_quotes(
        gold,
        [("There is a whiff of a sweetener in there", "Faraj")],
        {"anais faraj": {"anais faraj", "faraj"}},
    )
    assert (score.tp, right, matched, named, named_right) == (1, 1, 1, 1, 1)


def test_a_held_out_style_folder(tmp_path: Path, capsys) -> None:
    (tmp_path / "seed.yaml").write_text((ANNOTATIONS / "seed-000.yaml").read_text())
    totals = evaluate(tmp_path, Path("../shared"), details=False)
    assert totals["people"].f1 == 1.0
    assert totals["quotes"].tp == 2
    assert "speaker accuracy 1.000 (2/2" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("folder", "floors"),
    [
        # a little under the figures of extractor 7, so a rule that costs accuracy fails
        ("annotations", {"people": 0.95, "organizations": 0.88, "places": 0.95, "quotes": 0.97}),
        ("validation", {"people": 0.92, "organizations": 0.80, "places": 0.88, "quotes": 0.95}),
    ],
)
def test_extraction_keeps_its_accuracy(folder: str, floors: dict[str, float], capsys) -> None:
    totals = evaluate(Path("tests/data") / folder, Path("../shared"), details=False)
    for field, floor in floors.items():
        assert totals[field].f1 >= floor, (field, totals[field].f1)
    out = capsys.readouterr().out
    found = re.search(r"speaker accuracy (\d\.\d+)", out)
    assert found and float(found[1]) >= 0.90
    # a wrong speaker is worse than none: of the speakers given, this many are right
    # (extractor 8: 0.982 and 0.954)
    named = re.search(r"speaker precision (\d\.\d+)", out)
    assert named and float(named[1]) >= 0.94
