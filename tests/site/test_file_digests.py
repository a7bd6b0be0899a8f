"""A file's digest is trusted by its stat only when that stat is settled, and only
from a table this user's generator signed."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from generator.site import file_digests
from generator.site.file_digests import DIGESTS_FILE, FileDigests
from generator.site.parse_cache import CACHE_DIR


def written(root: Path, text: str) -> Path:
    path = root / "briefings" / "a.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_file_written_just_before_it_was_hashed_is_hashed_again(tmp_path: Path) -> None:
    path = written(tmp_path, "first")
    table = FileDigests(tmp_path)
    assert table.digest(path) == hashlib.sha256(b"first").hexdigest()
    table.save()
    # a second write in the same clock tick could keep the stat: not trusted
    assert FileDigests(tmp_path).known([path]) is None


def test_a_settled_file_is_known_by_its_stat_and_a_changed_one_is_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(file_digests, "RACY_NS", 0)
    path = written(tmp_path, "first")
    table = FileDigests(tmp_path)
    table.digest(path)
    table.save()
    assert FileDigests(tmp_path).known([path]) == [hashlib.sha256(b"first").hexdigest()]
    written(tmp_path, "other")
    again = FileDigests(tmp_path)
    assert again.known([path]) is None
    assert again.digest(path) == hashlib.sha256(b"other").hexdigest()
    assert FileDigests(tmp_path).known([tmp_path / "missing.yaml"]) is None


@pytest.mark.parametrize("signature", [b"", b"\0" * 32])
def test_a_table_not_signed_by_this_user_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, signature: bytes
) -> None:
    monkeypatch.setattr(file_digests, "RACY_NS", 0)
    path = written(tmp_path, "real")
    stat = list(file_digests.file_stat(path))
    planted = json.dumps({str(path): [stat, "0" * 64, 10**19]}).encode()
    (tmp_path / CACHE_DIR).mkdir()
    (tmp_path / CACHE_DIR / DIGESTS_FILE).write_bytes(signature + planted)
    table = FileDigests(tmp_path)
    assert table.known([path]) is None
    assert table.digest(path) == hashlib.sha256(b"real").hexdigest()
