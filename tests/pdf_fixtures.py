"""Briefings for the PDF tests, made from corpus articles through the real reader
and extractor, then completed by hand the way an editor would (status, date,
quotes, key points): NLP extraction of quotes is not part of this stage."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from generator import store
from generator.config import Project, load_project
from generator.extract import extract
from generator.models import Briefing
from generator.readers import read_source


def briefing_from(project: Project, article: Path, **changes: Any) -> Briefing:
    """The generator's draft of `article`, with `changes` applied and re-validated."""
    (found,) = read_source(article, project.label(article))
    data = store.plain(extract(found))
    data.update(changes)
    return Briefing.model_validate(data)


def save_all(project: Project, briefings: list[Briefing]) -> None:
    for briefing in briefings:
        store.save(briefing, project.briefings_dir)


def set_book_settings(project: Project, **book: str) -> Project:
    """Write `extra.briefing.book` into the project's mkdocs.yml and reload it. The
    text is edited, not re-dumped: mkdocs.yml holds tags (!ENV) only MkDocs reads."""
    path = project.config_file
    lines = "".join(f"      {key}: {json.dumps(value)}\n" for key, value in book.items())
    text, found = re.subn(
        r"^(extra:\n(?:[ #].*\n)*?  briefing:\n)",
        lambda m: m.group(1) + "    book:\n" + lines,
        path.read_text(encoding="utf-8"),
        flags=re.M,
    )
    assert found == 1, "mkdocs.yml has no extra.briefing section"
    path.write_text(text, encoding="utf-8")
    return load_project(project.root)


SEED_QUOTES = [
    {
        "text": "arms negotiations between Russia and the DPRK are actively advancing",
        "speaker": "Adrienne Watson",
        "role": "White House National Security Council spokeswoman",
        "section": 1,
        "paragraph": 1,
    },
    {
        "text": "growing possibility",
        "speaker": None,
        "role": "official, Seoul's unification ministry",
        "section": 3,
        "paragraph": 1,
    },
]
SEED_KEY_POINTS = [
    {"text": 'The White House says arms negotiations are "actively advancing".'},
    {"text": "Putin is reportedly seeking artillery shells and antitank missiles."},
]
DAY = dt.date(2023, 9, 5)
