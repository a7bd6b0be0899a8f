"""The briefing book a minister's office would keep: briefings, not articles, read
back with pypdf. Ten sample briefings from the corpus through the real reader and
extractor, one of them a draft."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from generator.book.pdf import DRAFT_MARKING, write_book
from generator.book.select import Selection, make_book, select
from generator.config import Project, load_project
from generator.models import Briefing, Status
from tests.conftest import BBC, REPO, checkout_env, make_project
from tests.pdf_fixtures import briefing_from, save_all

SITE_NAME = "Ministry Morning Brief"
DAY = dt.date(2024, 5, 6)
ARTICLES = [
    BBC / folder / f"{n:03d}.txt" for folder in ("politics", "business") for n in (2, 3, 4, 5, 6)
]


@dataclass
class Printed:
    project: Project
    briefings: list[Briefing]
    path: Path
    texts: list[str]


def flat(text: str) -> str:
    text = re.sub(r"[\u2010-](\n)", "", text)
    return re.sub(r"\s+", " ", text).strip()


def named_project(root: Path) -> Project:
    project = make_project(root / "the-folder-name")
    config = project.config_file
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "site_name: Daily Brief", f"site_name: {SITE_NAME}"
        ),
        encoding="utf-8",
    )
    return load_project(project.root)


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> Printed:
    tmp = tmp_path_factory.mktemp("print")
    project = named_project(tmp)
    briefings = [
        briefing_from(
            project,
            article,
            status=Status.draft if n == 0 else Status.approved,
            published=DAY - dt.timedelta(days=n),
        )
        for n, article in enumerate(ARTICLES)
    ]
    save_all(project, briefings)
    selection = Selection(statuses=frozenset(Status))
    book = make_book(project, select(briefings, selection), selection)
    path = tmp / "book.pdf"
    write_book(project, book, path)
    texts = [page.extract_text() for page in PdfReader(path).pages]
    return Printed(project, list(book.briefings), path, texts)


def test_ten_briefings_print_in_at_most_twelve_pages(printed: Printed) -> None:
    assert len(printed.briefings) == 10
    assert len(printed.texts) <= 12, len(printed.texts)


def test_no_web_only_marks_on_paper(printed: Printed) -> None:
    text = " ".join(printed.texts)
    assert "¶" not in text
    assert "not in the public site" not in text
    assert "The article" not in text  # briefings, not articles, by default
    assert "Related briefings" not in text


def test_a_draft_says_so_in_its_marking(printed: Printed) -> None:
    draft = next(b for b in printed.briefings if b.status == Status.draft)
    pages = [t for t in printed.texts[2:] if flat(draft.title) in flat(t)]
    assert pages and all(DRAFT_MARKING in t for t in pages)
    assert sum(DRAFT_MARKING in t for t in printed.texts) < len(printed.texts) - 2


def test_the_cover_names_the_site_the_dates_and_the_count(printed: Printed) -> None:
    cover = flat(printed.texts[0])
    assert SITE_NAME in cover and "the-folder-name" not in cover
    assert "27 April – 6 May 2024" in cover
    assert "10 briefings" in cover


def test_the_contents_give_each_bottom_line(printed: Printed) -> None:
    first = next(i for i, t in enumerate(printed.texts) if i > 1 and "BOTTOM LINE" in t)
    contents = flat(" ".join(printed.texts[1:first]))
    assert contents.startswith("Contents")
    for briefing in printed.briefings:
        assert briefing.summary, briefing.id
        assert flat(briefing.summary)[:80] in contents, briefing.title


def test_each_briefing_prints_its_source_line_and_who_and_where(printed: Printed) -> None:
    text = flat(" ".join(printed.texts[2:]))
    for briefing in printed.briefings:
        assert flat(briefing.title) in text
        if briefing.people:
            assert flat(briefing.people[0].name) in text
    assert text.count("Who and where") >= 5
    assert "min read" in text


def test_with_articles_adds_the_articles_as_an_appendix(printed: Printed, tmp_path: Path) -> None:
    out = tmp_path / "full.pdf"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "pdf",
            "-C",
            str(printed.project.root),
            "-o",
            str(out),
            "--status",
            "draft",
            "--status",
            "approved",
            "--with-articles",
        ],
        check=True,
        cwd=REPO,
        env=checkout_env(),
        capture_output=True,
    )
    texts = [flat(p.extract_text()) for p in PdfReader(out).pages]
    assert len(texts) > len(printed.texts)
    start = next(i for i, t in enumerate(texts) if "Appendix: the articles" in t and i > 1)
    appendix = " ".join(texts[start:])
    first_paragraph = printed.briefings[0].sections[0].paragraphs[0]
    assert flat(first_paragraph)[:60] in appendix
    assert "¶" not in " ".join(texts)
