"""Broken input through the real command: each bad file is named with its problem,
the good ones are processed, and the exit status says something failed."""

from __future__ import annotations

import codecs
from pathlib import Path

import yaml

from generator import store
from generator.readers import READERS
from tests.conftest import SEED, make_project
from tests.security.cli import briefing

BODY = "Title of a fine article\n\nThe council met on Monday and agreed the budget for next year.\n"
VALID = {
    "schema": 1,
    "id": "placeholder",
    "status": "approved",  # the public site shows approved briefings only
    "title": "A reviewed briefing",
    "source": {"path": "articles/x.txt", "sha256": "a" * 64, "format": "text", "words": 10},
    "summary": "A summary.",
}


def broken_articles() -> dict[str, bytes]:
    files = {
        "good.txt": SEED.read_bytes(),
        "empty.txt": b"",
        "spaces.txt": b"  \n\n \t\n",
        "binary.txt": bytes(range(256)) * 64,
        "image.txt": b"\x89PNG\r\n\x1a\n" + b"\x00" * 100,
        "utf16-no-bom.txt": BODY.encode("utf-16-le"),
        "only-bom.txt": codecs.BOM_UTF16_LE,
    }
    if ".html" in READERS:
        files["truncated.html"] = b"<html><head><title>Cut</title></head><body><p>Half a para"
    return files


def broken_briefings(folder: Path) -> dict[str, str]:
    gone = {
        **VALID,
        "id": "gone-source",
        "source": {**VALID["source"], "path": "articles/gone.txt"},
    }
    wrong = {**VALID, "id": "wrong-type", "source": {**VALID["source"], "words": "many"}}
    return {
        "syntax.yaml": "id: [unclosed\ntitle: x\n",
        "wrong-type.yaml": yaml.safe_dump(wrong),
        "bomb.yaml": "a: &a [x, x, x, x, x, x, x, x, x]\n"
        + "".join(
            f"{c}: &{c} [{', '.join([f'*{p}'] * 9)}]\n"
            for p, c in zip("abcdefgh", "bcdefghi", strict=True)
        )
        + "title: *i\n",
        "not-a-mapping.yaml": "- just\n- a list\n",
        "gone-source.yaml": store.HEADER + yaml.safe_dump(gone),
        "latin1.yaml": "title: caf\xe9\n".encode("latin-1").decode("latin-1"),
    }


def test_broken_files_are_named_and_the_rest_is_built(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", broken_articles())
    big = project.articles_dir / "big.txt"
    with big.open("wb") as handle:  # 50 MB, over the 10 MB limit
        handle.write(b"Words " * (50 * 1024 * 1024 // 6))
    (project.articles_dir / "invalid-utf8.txt").write_bytes(
        b"Caf\xe9 society\n\nThe caf\xe9 opened on Monday and sold coffee \x96 and cr\xeapes.\n"
    )
    (project.articles_dir / "utf16.txt").write_bytes(codecs.BOM_UTF16_LE + BODY.encode("utf-16-le"))
    for name, text in broken_briefings(project.briefings_dir).items():
        data = text.encode("latin-1") if name == "latin1.yaml" else text.encode("utf-8")
        (project.briefings_dir / name).write_bytes(data)

    result = briefing(project.root, "build")
    assert result.returncode == 1, result.stdout + result.stderr
    errors = [line for line in result.stderr.splitlines() if "error" in line]
    expected = {
        "articles/empty.txt": "empty",
        "articles/spaces.txt": "empty",
        "articles/binary.txt": "binary",
        "articles/image.txt": "PNG",
        "articles/utf16-no-bom.txt": "binary",
        "articles/only-bom.txt": "empty",
        "articles/big.txt": "too large",
        "syntax.yaml": "YAML syntax error",
        "wrong-type.yaml": "words",
        "bomb.yaml": "aliases",
        "not-a-mapping.yaml": "mapping",
        "latin1.yaml": "UTF-8",
    }
    for name, problem in expected.items():
        hits = [line for line in errors if name in line]
        assert hits, f"{name} not reported:\n{result.stderr}"
        assert any(problem in line for line in hits), (name, hits)
    for line in errors:
        assert "Traceback" not in line and "internal error" not in line, line

    written = {
        store.load(p).source.path
        for p in project.briefings_dir.glob("*.yaml")
        if p.name not in expected and p.name not in broken_briefings(project.briefings_dir)
    }
    assert {"articles/good.txt", "articles/invalid-utf8.txt", "articles/utf16.txt"} <= written
    invalid = next(
        b
        for p in project.briefings_dir.glob("*.yaml")
        if (b := _load(p)) and b.source.path == "articles/invalid-utf8.txt"
    )
    assert invalid.title == "Café society"
    if ".html" in READERS:  # a cut-off page is read for what it has, or refused by name
        assert "articles/truncated.html" in written or "articles/truncated.html" in result.stderr
    assert (project.site_dir / "index.html").is_file(), "the site was not built"
    pages = {p.parent.name for p in project.site_dir.rglob("*/index.html")}
    assert "gone-source" in pages  # a reviewed briefing outlives its source file
    assert not any(
        p.name.startswith("wrong-type") for p in (project.site_dir / "briefings").iterdir()
    )


def _load(path: Path) -> store.Briefing | None:
    try:
        return store.load(path)
    except store.InvalidBriefing:
        return None
