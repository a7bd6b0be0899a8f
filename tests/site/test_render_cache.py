"""A no-op render renders nothing; the parse cache is keyed by content and survives
corruption; a changed briefing rewrites only the pages that show it."""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

import pytest

from generator import store
from generator.config import Project
from generator.site import file_digests
from generator.site import render as render_module
from generator.site.parse_cache import CACHE_DIR, CACHE_FILE, ParseCache
from generator.site.render import render
from tests.sitekit import reviewed_seed


def snapshot(docs: Path) -> dict[str, bytes]:
    """Every page and feed render writes (a changed bottom line is also in the feeds
    of the briefing's tags and countries)."""
    return {
        p.relative_to(docs).as_posix(): p.read_bytes()
        for p in docs.rglob("*")
        if p.suffix in {".md", ".xml"}
    }


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
    assert report.changed == len(rewritten)
    assert "feed.xml" in rewritten
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


class Planted:
    """What a hostile project could ship as its cache: a pickle that runs code."""

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, ("touch planted-cache-ran",))


def test_a_cache_not_signed_by_this_user_is_never_unpickled(
    seed_project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    seed = reviewed_seed(seed_project)
    planted = pickle.dumps(Planted())
    cache_file = seed_project.root / CACHE_DIR / CACHE_FILE
    cache_file.parent.mkdir(parents=True, exist_ok=True)
    for data in (planted, b"\0" * 32 + planted, hashlib.sha256(planted).digest() + planted):
        cache_file.write_bytes(data)
        cache = ParseCache(seed_project.root)
        assert cache.entries == {}
        assert cache.load(seed_project.briefings_dir / f"{seed.id}.yaml")[0] == seed
    assert not (tmp_path / "planted-cache-ran").exists()


def test_a_page_replaced_since_the_render_is_rendered_again(seed_project: Project) -> None:
    """The state vouches for each page as the render left it: a page put back from an
    older render (a restored backup, a killed run's leftovers) is not taken for it."""
    seed = reviewed_seed(seed_project)
    render(seed_project)
    page = seed_project.docs_dir / "briefings" / f"{seed.id}.md"
    rendered = page.read_bytes()
    page.write_bytes(b"# An older version of the page\n")
    assert render(seed_project).changed == 1
    assert page.read_bytes() == rendered


@pytest.fixture
def settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Trust a file's stat as soon as it is hashed (not RACY_NS later): a test's
    files are written and rendered within the same second."""
    monkeypatch.setattr(file_digests, "RACY_NS", 0)


def loading_nothing(*args: object) -> tuple[list[object], list[object]]:
    raise AssertionError("briefings loaded although no file changed")


@pytest.mark.usefixtures("settled")
def test_a_no_op_render_loads_no_briefing(
    seed_project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    reviewed_seed(seed_project)
    first = render(seed_project)
    before = snapshot(seed_project.docs_dir)
    monkeypatch.setattr(render_module, "load_briefings", loading_nothing)
    again = render(seed_project)
    assert again.pages == first.pages and again.changed == 0
    assert snapshot(seed_project.docs_dir) == before


@pytest.mark.usefixtures("settled")
def test_a_briefing_edited_in_place_under_its_old_mtime_renders_again(
    seed_project: Project,
) -> None:
    seed = reviewed_seed(seed_project)
    render(seed_project)
    path = seed_project.briefings_dir / f"{seed.id}.yaml"
    info = path.stat()
    text = path.read_text(encoding="utf-8")
    edited = text.replace(seed.title, "X" * len(seed.title), 1)
    assert edited != text and len(edited) == len(text)
    with path.open("r+", encoding="utf-8") as stream:  # same inode, same size
        stream.write(edited)
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    report = render(seed_project)
    assert report.changed > 0
    page = seed_project.docs_dir / "briefings" / f"{seed.id}.md"
    assert "X" * len(seed.title) in page.read_text(encoding="utf-8")


@pytest.mark.usefixtures("settled")
def test_an_edited_event_file_renders_again(seed_project: Project) -> None:
    reviewed_seed(seed_project)
    render(seed_project)
    (event,) = (seed_project.root / "events").glob("*.yaml")
    text = event.read_text(encoding="utf-8")
    event.write_text(text.replace("\ntitle: ", "\ntitle: Edited by hand, ", 1), encoding="utf-8")
    assert event.read_text(encoding="utf-8") != text
    assert render(seed_project).changed > 0
    pages = snapshot(seed_project.docs_dir)
    assert any(b"Edited by hand" in data for data in pages.values())


@pytest.mark.usefixtures("settled")
def test_a_broken_briefing_is_reported_by_every_render(seed_project: Project) -> None:
    reviewed_seed(seed_project)
    broken = seed_project.briefings_dir / "broken.yaml"
    broken.write_text("id: [unclosed\n", encoding="utf-8")
    for _ in range(2):
        report = render(seed_project)
        assert [p.path for p in report.problems] == [broken]
