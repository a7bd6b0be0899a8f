"""Editorial review in a real git repository: a person edits a briefing and comments on
it, the article changes, re-ingest runs; the person's work survives and `git diff`
shows only what the new paragraph brought."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from generator import store
from generator.cli import app
from generator.commands import ingest as ingest_module
from generator.config import Project
from generator.extract.headline import provisional_headline
from generator.extract.sections import sections_of
from generator.extract.summary import summarize
from generator.ids import briefing_id as briefing_id_for
from generator.models import Article, Briefing, Person, Quote, Source

HEADLINE = "Harbour council votes to close old bridge to lorries"
LEDE = (
    "The harbour council voted on Tuesday to close the old bridge to lorries from March, "
    "after engineers found cracks in two of its three spans."
)
ENGINEER = "“The cracks are serious and they are growing,” said Ann Lee, the chief engineer."
CHAIR = "“We had no choice but to act now,” said the council's chair."
HAULIERS = "Local hauliers say the detour will add forty minutes to every trip."
POLICE = "“Lorries must use the ring road from Monday,” said Cy Dorn, a police spokesman."

# What the NLP extractor (built elsewhere) will find, made predictable for this test:
# each “...” said Firstname Lastname is a quote by that person, other quotes are unnamed.
_QUOTE = re.compile(r"“([^”]+?),?” said (?:([A-Z]\w+ [A-Z]\w+)|the )")


def skeleton(article: Article, briefing_id: str | None) -> Briefing:
    """The article's own parts only (no NLP): the test controls every machine field."""
    title = article.title or provisional_headline(article)
    return Briefing(
        id=briefing_id or briefing_id_for(article, title),
        title=title,
        source=Source(
            path=article.path, sha256=article.sha256, format=article.format, words=article.words
        ),
        summary=summarize(article),
        sections=sections_of(article),
    )


def extract_with_quotes(
    article: Article, briefing_id: str | None = None, **_options: object
) -> Briefing:
    briefing = skeleton(article, briefing_id)
    quotes: list[Quote] = []
    for s, section in enumerate(briefing.sections, 1):
        for p, paragraph in enumerate(section.paragraphs, 1):
            for match in _QUOTE.finditer(paragraph):
                quotes.append(Quote(text=match[1], speaker=match[2], section=s, paragraph=p))
    people = [Person(name=q.speaker) for q in quotes if q.speaker]
    return briefing.model_copy(update={"quotes": quotes, "people": people})


def article(*paragraphs: str) -> str:
    return "\n\n".join([HEADLINE, *paragraphs]) + "\n"


def git(root: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=root, check=True, capture_output=True, text=True)
    return done.stdout


def briefing_ingest(project: Project, *args: str) -> str:
    result = CliRunner().invoke(app, ["ingest", "-C", str(project.root), *args])
    assert result.exit_code == 0, result.output
    return result.output


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur once in\n{text}"
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture
def repo(project_factory: Callable[..., Project], monkeypatch: pytest.MonkeyPatch) -> Project:
    """A project under git with one article ingested and committed."""
    monkeypatch.setattr(ingest_module, "extract", extract_with_quotes)
    monkeypatch.setattr(
        ingest_module,
        "extract_many",
        lambda articles, ids, model=None, **_options: map(extract_with_quotes, articles, ids),
    )
    project = project_factory({"bridge.txt": article(LEDE, ENGINEER, CHAIR, HAULIERS)})
    git(project.root, "init", "-q", "-b", "main")
    git(project.root, "config", "user.email", "desk@example.org")
    git(project.root, "config", "user.name", "Desk")
    briefing_ingest(project)
    git(project.root, "add", "-A")
    git(project.root, "commit", "-q", "-m", "ingest")
    return project


def the_briefing(project: Project) -> Path:
    [path] = project.briefings_dir.glob("*.yaml")
    return path


def human_edits(path: Path) -> None:
    """A speaker, the summary, the editorial fields and a comment, as a person types them."""
    edit(path, "speaker: null", "speaker: Bo Chan")
    edit(path, "lorries from\n  March,", "lorries from\n  1 March,")
    edit(path, "  why_it_matters: ''", "  why_it_matters: Freight to the port must detour.")
    edit(path, "  confidence: null", "  confidence: moderate")
    edit(
        path,
        "\ntags: []",
        "\n# Sam: is the detour figure from the hauliers' association?\ntags: []",
    )


def diff_lines(root: Path) -> tuple[list[str], list[str]]:
    diff = git(root, "diff", "-U0", "--", "briefings").splitlines()
    removed = [line[1:] for line in diff if line.startswith("-") and not line.startswith("---")]
    added = [line[1:] for line in diff if line.startswith("+") and not line.startswith("+++")]
    return removed, added


def test_reingest_keeps_edits_and_comments_and_adds_the_new_facts(repo: Project) -> None:
    path = the_briefing(repo)
    human_edits(path)
    git(repo.root, "commit", "-q", "-am", "review: speaker, summary, why it matters")
    (repo.articles_dir / "bridge.txt").write_text(article(LEDE, ENGINEER, POLICE, CHAIR, HAULIERS))

    output = briefing_ingest(repo)

    assert "1 written" in output and "conflict" not in output
    briefing = store.load(path)
    chair = next(q for q in briefing.quotes if q.text.startswith("We had no choice"))
    assert (chair.speaker, chair.paragraph) == ("Bo Chan", 4)  # person's speaker, new place
    assert "from 1 March" in briefing.summary
    assert briefing.editorial.why_it_matters == "Freight to the port must detour."
    assert briefing.editorial.confidence == "moderate"
    assert "# Sam: is the detour figure" in path.read_text()
    assert ("Lorries must use the ring road from Monday", "Cy Dorn") in [
        (q.text, q.speaker) for q in briefing.quotes
    ]
    assert [p.name for p in briefing.people] == ["Ann Lee", "Cy Dorn"]
    assert POLICE in briefing.sections[0].paragraphs

    removed, added = diff_lines(repo.root)
    changed = re.compile(r"^\s+(sha256|words|paragraph|sections|people|quotes|source): ")
    assert all(changed.match(line) for line in removed), removed
    assert [line for line in added if not changed.match(line)] == [
        "  - “Lorries must use the ring road from Monday,” said Cy Dorn, a police spokesman.",
        "- {name: Cy Dorn, role: null, id: cy-dorn}",
        "  text: Lorries must use the ring road from Monday",
        "  speaker: Cy Dorn",
        "  role: null",
        "- section: 1",
    ]


def test_reingest_without_changes_leaves_git_clean(repo: Project) -> None:
    human_edits(the_briefing(repo))
    git(repo.root, "commit", "-q", "-am", "review")
    assert "0 written, 1 unchanged" in briefing_ingest(repo)
    assert git(repo.root, "status", "--porcelain") == ""


def test_a_conflicting_edit_is_reported_and_kept(repo: Project) -> None:
    path = the_briefing(repo)
    edit(path, "lorries from\n  March,", "lorries from\n  1 March,")
    git(repo.root, "commit", "-q", "-am", "review: date")
    new_lede = LEDE.replace("on Tuesday", "on Tuesday night")
    (repo.articles_dir / "bridge.txt").write_text(article(new_lede, ENGINEER, CHAIR, HAULIERS))

    output = briefing_ingest(repo)

    assert f"{path.relative_to(repo.root)}" in output or str(path) in output
    assert "summary: conflict" in output
    assert "from 1 March" in output and "on Tuesday night" in output
    assert "from 1 March" in store.load(path).summary
    removed, _ = diff_lines(repo.root)
    assert not any("1 March" in line for line in removed)

    briefing_ingest(repo, "--overwrite", "summary")
    assert store.load(path).summary.startswith("The harbour council voted on Tuesday night")


def test_overwrite_refuses_a_field_people_own(repo: Project) -> None:
    result = CliRunner().invoke(app, ["ingest", "-C", str(repo.root), "--overwrite", "status"])
    assert result.exit_code == 1
    assert "not a generated field: status" in result.output
