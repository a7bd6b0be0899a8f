"""The ingest run: new, unchanged, duplicate, broken and hand-edited sources."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import store
from generator.commands.ingest import ingest, scan_briefings
from generator.config import Project
from tests.conftest import BBC, SEED


def test_seed_ingests_to_one_briefing(seed_project: Project) -> None:
    report = ingest(seed_project, [seed_project.articles_dir])
    assert not report.failed and len(report.written) == 1
    [path] = seed_project.briefings_dir.glob("*.yaml")
    briefing = store.load(path)
    assert briefing.dateline == "Seoul"
    assert briefing.title and briefing.summary and not briefing.summary.startswith("Seoul")
    assert [s.heading for s in briefing.sections][1:] == [
        "Possible Armament Exchange",
        "Growing Possibility of an Arms Deal",
        "Diplomatic Significance and Geopolitical Implications",
        "Impact of Sanctions",
        "US Sanctions and Ukraine\u2019s Counteroffensive",
    ]
    assert briefing.source.path == f"articles/{SEED.name}"
    assert (seed_project.briefings_dir / store.SCHEMA_FILE).is_file()


def test_second_run_touches_nothing(seed_project: Project) -> None:
    ingest(seed_project, [seed_project.articles_dir])
    [path] = seed_project.briefings_dir.glob("*.yaml")
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    report = ingest(seed_project, [seed_project.articles_dir])
    assert report.unchanged == 1 and report.written == []
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_duplicates_and_shared_headlines(project_factory) -> None:
    same = (BBC / "business" / "007.txt").read_bytes()
    assert same == (BBC / "business" / "253.txt").read_bytes()
    project = project_factory(
        {
            "007.txt": same,
            "253.txt": same,
            "x.txt": "Shared headline\n\nOne story.\n",
            "y.txt": "Shared headline\n\nAnother story.\n",
        }
    )
    report = ingest(project, [project.articles_dir])
    assert report.duplicates == 1 and len(report.written) == 3
    titles = sorted(store.load(p).title for p in project.briefings_dir.glob("*.yaml"))
    assert titles.count("Shared headline") == 2


def test_bad_files_are_reported_and_the_rest_goes_on(project_factory) -> None:
    project = project_factory(
        {
            "empty.txt": "",
            "binary.txt": b"\x00\x01\x02" * 100,
            "pdf.txt": b"%PDF-1.4 x",
            "good.txt": "A headline\n\nA body paragraph.\n",
        }
    )
    report = ingest(project, [project.articles_dir, project.root / "missing.txt"])
    errors = {str(p.path): p.message for p in report.problems if p.severity == "error"}
    assert set(errors) == {
        "articles/empty.txt",
        "articles/binary.txt",
        "articles/pdf.txt",
        "missing.txt",
    }
    assert "empty" in errors["articles/empty.txt"] and "PDF" in errors["articles/pdf.txt"]
    assert report.failed and len(report.written) == 1


def test_too_large_file_is_refused(project_factory) -> None:
    project = project_factory({"big.txt": "word " * 10})
    project = Project(
        project.root,
        project.site_name,
        project.docs_dir,
        project.site_dir,
        project.settings.model_copy(update={"max_article_bytes": 20}),
    )
    report = ingest(project, [project.articles_dir])
    assert "too large" in report.problems[0].message


def test_hand_edited_field_survives_a_source_change(seed_project: Project) -> None:
    ingest(seed_project, [seed_project.articles_dir])
    [path] = seed_project.briefings_dir.glob("*.yaml")
    text = path.read_text().replace("dateline: Seoul", "dateline: Seoul, South Korea")
    path.write_text(text)
    article = seed_project.articles_dir / SEED.name
    article.write_text(article.read_text() + "\nA new closing paragraph.\n")
    report = ingest(seed_project, [seed_project.articles_dir])
    briefing = store.load(path)
    assert briefing.dateline == "Seoul, South Korea"
    assert briefing.sections[-1].paragraphs[-1] == "A new closing paragraph."
    assert report.problems == []


def test_status_and_editorial_survive_a_source_change(seed_project: Project) -> None:
    ingest(seed_project, [seed_project.articles_dir])
    [path] = seed_project.briefings_dir.glob("*.yaml")
    path.write_text(
        path.read_text()
        .replace("status: draft", "status: review")
        .replace("why_it_matters: ''", "why_it_matters: Arms for Russia")
    )
    article = seed_project.articles_dir / SEED.name
    article.write_text(article.read_text() + "\nA new closing paragraph.\n")
    ingest(seed_project, [seed_project.articles_dir])
    briefing = store.load(path)
    assert briefing.status == "review"
    assert briefing.editorial.why_it_matters == "Arms for Russia"
    assert briefing.sections[-1].paragraphs[-1] == "A new closing paragraph."


def test_a_broken_briefing_is_reported_not_overwritten(seed_project: Project) -> None:
    ingest(seed_project, [seed_project.articles_dir])
    [path] = seed_project.briefings_dir.glob("*.yaml")
    path.write_text("title: [broken\n")
    report = ingest(seed_project, [seed_project.articles_dir])
    assert path.read_text() == "title: [broken\n"
    assert report.failed
    [problem] = [p for p in report.problems if str(path) in str(p)]  # not once more on writing
    assert (problem.line, problem.message) == (
        2,
        "YAML syntax error: did not find expected ',' or ']'; skipped",
    )


def test_an_interrupted_run_keeps_the_briefings_it_finished(project_factory, monkeypatch) -> None:
    import generator.commands.ingest as ingest_module

    project = project_factory({f"{n}.txt": f"Story {n}\n\nBody of story {n}.\n" for n in "abcdef"})
    real, calls = ingest_module._process, []

    def interrupted(jobs, model):
        calls.append(len(jobs))
        if len(calls) == 2:
            raise KeyboardInterrupt  # the second batch: as if the user pressed Ctrl-C
        return real(jobs, model)

    monkeypatch.setattr(ingest_module, "BATCH", 2)
    monkeypatch.setattr(ingest_module, "_process", interrupted)
    with pytest.raises(KeyboardInterrupt):
        ingest(project, [project.articles_dir])
    titles = sorted(store.load(p).title for p in project.briefings_dir.glob("*.yaml"))
    assert titles == ["Story a", "Story b"]
    assert not list(project.briefings_dir.glob("*.tmp*"))
    monkeypatch.setattr(ingest_module, "_process", real)
    report = ingest(project, [project.articles_dir])  # the next run does the rest
    assert report.unchanged == 2 and len(report.written) == 4


BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{c}: &{c} [{', '.join([f'*{p}'] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi", strict=True)
)


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        (BOMB, "b.yaml:2:8: error: ", "YAML aliases (*name) are not allowed in a briefing"),
        ("- just\n- a list\n", "b.yaml:1: error: ", "the file is a YAML list, not a mapping"),
        ("just a sentence\n", "b.yaml:1: error: ", "the file is a YAML string, not a mapping"),
        ("# only a comment\n", "b.yaml:1: error: ", "the file is empty, not a mapping"),
        ("id: [unclosed\ntitle: x\n", "b.yaml:2:6: error: ", "YAML syntax error: did not find"),
        ("id: x\ntitle: T\nsource: [a, b]\n", "b.yaml:3:1: error: ", "source: Input should be"),
    ],
)
def test_the_first_scan_names_what_is_wrong_with_a_briefing(
    tmp_path: Path, text: str, where: str, message: str
) -> None:
    """The scan reads only id and source; a broken file is described as render and
    validate describe it, not as the field the scan happened to miss."""
    (tmp_path / "b.yaml").write_text(text)
    [problem] = scan_briefings(tmp_path)[2]
    assert str(problem).startswith(f"{tmp_path / where}{message}"), str(problem)
    assert "missing field" not in str(problem) and "indices" not in str(problem)


def test_the_first_scan_refuses_a_briefing_over_the_size_limit(seed_project: Project) -> None:
    """A briefing the store would refuse for its size is refused by the scan too,
    naming the file and the limit, and left as it is: parsed whole there, it counted
    as its source's briefing while render and validate refused it."""
    ingest(seed_project, [seed_project.articles_dir])
    [path] = seed_project.briefings_dir.glob("*.yaml")
    padding = ("# " + "x" * 97 + "\n") * (store.MAX_BRIEFING_BYTES // 100 + 1)
    path.write_text(path.read_text() + padding)  # still a valid briefing, only too large
    before = path.read_bytes()
    report = ingest(seed_project, [seed_project.articles_dir])
    [problem] = [p for p in report.problems if p.path == path]
    assert problem.severity == "error"
    assert problem.message == (
        f"too large for a briefing: {len(before):,} bytes "
        f"(the limit is {store.MAX_BRIEFING_BYTES:,}); skipped"
    )
    assert path.read_bytes() == before and not report.written
