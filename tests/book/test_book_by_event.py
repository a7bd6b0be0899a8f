"""`briefing pdf --by-event`: a book of the test stories ordered by event, printed by
the real command and read back with pypdf."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from tests.events.sitekit import approved_stories, pdf


def page_texts(path: Path) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(path).pages]


def test_the_book_by_event_groups_each_storys_briefings_under_its_title(tmp_path: Path) -> None:
    project = approved_stories(tmp_path / "project")
    output = tmp_path / "by-event.pdf"
    result = pdf(project.root, "--by-event", "-o", str(output))
    assert result.returncode == 0, result.stderr
    pages = page_texts(output)
    assert "7 briefings, 4 events" in pages[0]
    chapters = [p for p in pages[2:] if p.startswith("EVENT ")]
    heads = [p.removeprefix("EVENT ").split(" · ")[0] for p in chapters]
    assert [h.split(" 4 March")[0].split(" 5 March")[0] for h in heads] == [
        "Arsenal beat Chelsea in London derby",  # 4 March, A-Z
        "Strong earthquake shakes Hokkaido",
        "Chile quake toll rises as rescuers dig through rubble in Antofagasta",  # 5 March
        "Leaders agree water pact at Geneva summit",
    ]
    body = " ".join(pages[2:])
    chile = body.index("EVENT Chile quake")
    geneva = body.index("EVENT Leaders agree")
    assert "3 briefings" in body[chile:geneva]  # the two reports and the copy, together
    for title in ("Earthquake kills 12 in northern Chile", "Chile quake toll rises"):
        assert chile < body.index(title, chile) < geneva
    assert body.index("Nile dam deal signed in Geneva", geneva) > geneva
    assert "Hokkaido" not in body[chile:]  # one event, one place in the book

    plain = tmp_path / "plain.pdf"
    assert pdf(project.root, "-o", str(plain)).returncode == 0
    assert not any(p.startswith("EVENT ") for p in page_texts(plain))  # the default: by date
    again = tmp_path / "again.pdf"
    assert pdf(project.root, "--by-event", "-o", str(again)).returncode == 0
    assert again.read_bytes() == output.read_bytes()


def test_by_event_is_for_a_book_not_the_daily_brief(tmp_path: Path) -> None:
    project = approved_stories(tmp_path / "project")
    result = pdf(project.root, "--brief", "--by-event", "-o", str(tmp_path / "x.pdf"))
    assert result.returncode != 0
    assert "--by-event orders a book" in result.stdout + result.stderr
    assert not (tmp_path / "x.pdf").exists()
