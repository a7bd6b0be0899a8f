"""`briefing pdf --brief [DATE]`: the daily brief printed, read back with pypdf."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from pypdf import PdfReader

from tests.events.sitekit import approved_stories, pdf


def test_the_daily_brief_prints_each_event_on_its_page(tmp_path: Path) -> None:
    project = approved_stories(tmp_path / "project")
    output = tmp_path / "brief.pdf"
    result = pdf(project.root, "--brief", "-o", str(output))
    assert result.returncode == 0, result.stderr
    reader = PdfReader(BytesIO(output.read_bytes()))
    pages = [" ".join(p.extract_text().split()) for p in reader.pages]
    assert len(pages) == 3  # the cover, then one page for each of the day's two events
    assert "Daily brief · 5 March 2024" in pages[0] and "2 stories" in pages[0]
    text = " ".join(pages[1:])
    assert "Geneva" in text and "Antofagasta" in text
    assert "2 sources" in pages[1] and "Reported by:" in pages[1]
    assert "Hokkaido" not in text  # the day before
    chile = next(p for p in pages if "Antofagasta" in p)
    assert "AP" in chile and "Reuters" in chile  # key points name their outlets

    earlier = tmp_path / "earlier.pdf"
    assert pdf(project.root, "--brief", "2024-03-04", "-o", str(earlier)).returncode == 0
    text = " ".join(p.extract_text() for p in PdfReader(earlier).pages)
    assert "Hokkaido" in text and "Geneva" not in text
    again = tmp_path / "again.pdf"
    assert pdf(project.root, "--brief", "2024-03-05", "-o", str(again)).returncode == 0
    assert again.read_bytes() == output.read_bytes()  # the same events, the same bytes


def test_a_day_without_events_is_a_clear_error(tmp_path: Path) -> None:
    project = approved_stories(tmp_path / "project")
    result = pdf(project.root, "--brief", "2020-01-01", "-o", str(tmp_path / "x.pdf"))
    assert result.returncode != 0
    assert "no public events on 2020-01-01" in result.stdout + result.stderr
    assert not (tmp_path / "x.pdf").exists()
