"""The kept Pagefind bundle: copied into a site only for the same records, and only
as it was kept (a real Pagefind build)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.site import search_cache
from generator.site.search import BUNDLE_DIR, Record, write_index


def records(title: str = "Talks in Moscow") -> list[Record]:
    html = (
        f"<html><body><main data-pagefind-body><h1>{title}</h1><p>Words.</p></main></body></html>"
    )
    return [Record(url="/briefings/a/", html=html)]


@pytest.fixture
def kept(tmp_path: Path) -> tuple[Path, str, Path]:
    """A project root with a bundle kept from a first build of `records()`."""
    root, site = tmp_path / "project", tmp_path / "site"
    write_index(site, records())
    key = search_cache.records_key(records())
    search_cache.keep(root, key, site / BUNDLE_DIR)
    return root, key, site / BUNDLE_DIR


def files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_the_same_records_get_the_kept_bundle(kept: tuple[Path, str, Path], tmp_path: Path) -> None:
    root, key, bundle = kept
    target = tmp_path / "next-site" / BUNDLE_DIR
    assert search_cache.restore(root, key, target)
    assert files(target) == files(bundle)
    assert "pagefind.js" in files(target)


def test_other_records_are_indexed_again(kept: tuple[Path, str, Path], tmp_path: Path) -> None:
    root, _, _ = kept
    other = search_cache.records_key(records("Talks in Kyiv"))
    target = tmp_path / "next-site" / BUNDLE_DIR
    assert not search_cache.restore(root, other, target)
    assert not target.exists()


@pytest.mark.parametrize("tamper", ["change", "add", "remove", "manifest"])
def test_a_kept_bundle_changed_since_is_never_copied(
    kept: tuple[Path, str, Path], tmp_path: Path, tamper: str
) -> None:
    """The bundle is JavaScript the published site runs: a copy someone changed, or a
    manifest not signed with this user's key, makes the build index again."""
    root, key, _ = kept
    folder = root / ".briefing-cache" / search_cache.CACHE_FOLDER
    script = folder / "bundle" / "pagefind.js"
    if tamper == "change":
        script.write_bytes(script.read_bytes() + b"\nalert(1);\n")
    elif tamper == "add":
        (folder / "bundle" / "extra.js").write_text("alert(1);\n", encoding="utf-8")
    elif tamper == "remove":
        script.unlink()
    else:
        manifest = folder / search_cache.MANIFEST
        manifest.write_bytes(b"\0" * 32 + manifest.read_bytes()[32:])
    assert not search_cache.restore(root, key, tmp_path / "next-site" / BUNDLE_DIR)
