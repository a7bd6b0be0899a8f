"""Source files to `Article`s: one reader per format, chosen by suffix.

A reader is a function `(path, raw bytes, sha256) -> list[Article]`: a feed file
holds many articles, every other format one. Readers raise `ReadError` naming the
file; they never touch the disk themselves, so they are easy to test and fuzz.
A file whose suffix has no reader is read by what its first bytes say it is.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from generator.errors import ReadError
from generator.models import Article
from generator.readers.encoding import sniff_binary
from generator.readers.feed import read_feed
from generator.readers.html import read_html
from generator.readers.markdown import read_markdown
from generator.readers.sniff import sniff_markup
from generator.readers.text import read_text

Reader = Callable[[str, bytes, str], list[Article]]

READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".xml": read_feed,
    ".rss": read_feed,
    ".atom": read_feed,
}
SNIFFED: dict[str, Reader] = {"html": read_html, "feed": read_feed}

# Files that are never articles, skipped silently when a folder is walked.
IGNORED_NAMES = {"readme.md", "source.md", ".ds_store", "thumbs.db"}

DEFAULT_MAX_BYTES = 10 * 1024 * 1024


def is_source(path: Path) -> bool:
    """Whether a file found while walking a folder should be read as an article."""
    return (
        path.suffix.lower() in READERS
        and path.name.lower() not in IGNORED_NAMES
        and not path.name.startswith(".")
    )


def find_sources(paths: list[Path]) -> list[Path]:
    """Article files under the given files and folders, sorted so runs are repeatable.

    A file named explicitly is always returned (and refused later if unreadable);
    a folder contributes the files whose suffix has a reader."""
    found: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found.update(
                p
                for p in path.rglob("*")
                if p.is_file()
                and is_source(p)
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            found.add(path)
    return sorted(found)


def read_source(path: Path, label: str, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Article]:
    """Read one source file. `label` is the path as briefings record it."""
    try:
        size = path.stat().st_size
    except OSError as err:
        raise ReadError(label, f"cannot read: {err.strerror or err}") from None
    if size > max_bytes:
        raise ReadError(label, f"too large: {size:,} bytes (the limit is {max_bytes:,})")
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise ReadError(label, f"cannot read: {err.strerror or err}") from None
    return read_bytes(label, raw, suffix=path.suffix.lower())


def read_bytes(label: str, raw: bytes, suffix: str) -> list[Article]:
    """Pick the reader for a file's bytes: by suffix, else by what the bytes look like."""
    reader = READERS.get(suffix)
    if reader is None:
        if not raw.strip():
            raise ReadError(label, "empty file")
        what = sniff_binary(raw)
        if what:
            raise ReadError(label, f"not an article: the file is {what}")
        kind = sniff_markup(raw)
        if kind is None:
            raise ReadError(
                label,
                f"no reader for '{suffix or 'files without a suffix'}' "
                f"(readable: {', '.join(sorted(READERS))})",
            )
        reader = SNIFFED[kind]
    return reader(label, raw, hashlib.sha256(raw).hexdigest())
