"""A no-op render renders nothing; the parse cache is keyed by content and survives
corruption; a changed briefing rewrites only the pages that show it."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import store
from generator.config import Project
from generator.site import render as render_module
from generator.site.parse_cache import CACHE_DIR, CACHE_FILE, ParseCache
from generator.site.render import render
from tests.sitekit import reviewed_seed


def snapshot(docs: Path) -> dict[str, bytes]:
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in docs.rglob("*.md")}


def no_rendering(*args: object) -> dict[str, str]:
    raise AssertionError("rendered although nothing changed")


def test_a_second_render_renders_nothing(
    seed_project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    reviewed_seed(seed_project)
    first = render(seed_project)
    before = snapshot(seed_project.docs_dir)
    monkeypatch.setattr(render_module, "pages", no_rendering)
    again = render(seed_project)
    assert again.pages == first.pages and again.changed == 0 and not again.problems
    assert snapshot(seed_project.docs_dir) == before


def test_a_deleted_page_or_a_preview_renders_again(seed_project: Project) -> None:
    seed = reviewed_seed(seed_project)
    render(seed_project)
    page = seed_project.docs_dir / "briefings" / f"{seed.id}.md"
    page.unlink()
    assert render(seed_project).changed == 1 and page.is_file()
    assert render(seed_project, preview=True).pages > 0


def test_one_changed_briefing_rewrites_only_the_pages_that_show_it(
    seed_project: Project,
) -> None:
    seed = reviewed_seed(seed_project)
    other = seed.model_copy(update={"id": "another-briefing", "title": "Another briefing"})
    store.save(other, seed_project.briefings_dir)
    render(seed_project)
    before = snapshot(seed_project.docs_dir)
    store.save(
        other.model_copy(update={"summary": "A new bottom line."}), seed_project.briefings_dir
    )
    report = render(seed_project)
    after = snapshot(seed_project.docs_dir)
    rewritten = {rel for rel in after if after[rel] != before.get(rel)}
    assert "briefings/another-briefing.md" in rewritten
    assert f"briefings/{seed.id}.md" not in rewritten
    assert report.changed == len(rewritten) + 1  # and the feed
    assert len(rewritten) < len(after) / 2


def test_the_parse_cache_reads_a_file_once_per_content(seed_project: Project) -> None:
    seed = reviewed_seed(seed_project)
    path = seed_project.briefings_dir / f"{seed.id}.yaml"
    cache = ParseCache(seed_project.root)
    assert cache.load(path)[0] == seed and cache.misses == 1
    cache.save()
    warm = ParseCache(seed_project.root)
    assert warm.load(path)[0] == seed and warm.misses == 0
    store.save(seed.model_copy(update={"summary": "Edited."}), seed_project.briefings_dir)
    edited, _ = warm.load(path)
    assert edited.summary == "Edited." and warm.misses == 1


@pytest.mark.parametrize("garbage", [b"", b"\x80\x04not a pickle", b"x" * 100])
def test_a_corrupt_cache_is_parsed_again(seed_project: Project, garbage: bytes) -> None:
    seed = reviewed_seed(seed_project)
    render(seed_project)
    expected = snapshot(seed_project.docs_dir)
    (seed_project.root / CACHE_DIR / CACHE_FILE).write_bytes(garbage)
    for state in (seed_project.root / CACHE_DIR).glob("render-*.json"):
        state.write_bytes(garbage)
    cache = ParseCache(seed_project.root)
    assert cache.load(seed_project.briefings_dir / f"{seed.id}.yaml")[0] == seed
    assert render(seed_project).changed == 0
    assert snapshot(seed_project.docs_dir) == expected
