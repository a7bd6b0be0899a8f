"""Ingest warns about an article in a language it does not extract, and still writes
its briefing with the text, title, metadata and language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from generator import store
from generator.commands.ingest import ingest
from generator.config import Project

LANGUAGES = Path("tests/data/languages")


def test_a_german_article_is_kept_with_a_warning(project_factory: Callable[..., Project]) -> None:
    project = project_factory(
        {n: (LANGUAGES / n).read_bytes() for n in ("de-dpa.txt", "fr-afp.txt")}
    )
    report = ingest(project, [project.articles_dir])
    assert not report.failed and len(report.written) == 2
    [warning] = [p for p in report.problems if p.severity == "warning"]
    assert warning.path == "articles/de-dpa.txt"
    assert "written in 'de', which is not extracted" in warning.message
    languages = {
        (b := store.load(p)).source.path: (b.source.language, len(b.people))
        for p in project.briefings_dir.glob("*.yaml")
    }
    assert languages["articles/de-dpa.txt"] == ("de", 0)
    assert languages["articles/fr-afp.txt"][0] == "fr" and languages["articles/fr-afp.txt"][1] > 0
