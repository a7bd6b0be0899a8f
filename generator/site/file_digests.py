"""The sha256 of each briefing file, re-hashed only when its stat changed.

A no-op build must know that no briefing changed without reading 10,000 files or
unpickling 10,000 briefings. Each file's digest is kept beside what `os.stat` said
of it when it was hashed (inode, size, mtime and ctime in nanoseconds); a file
whose stat is the same is not read again. As git does for its index, a digest
taken less than `RACY_NS` after the file's last change is not trusted by its stat
(a second write within the clock's granularity could keep the same mtime and
size): such a file is hashed again next time, until a digest is taken well after.

The table is small JSON in `.briefing-cache/`, signed with this user's cache key
like the parse cache: a table from elsewhere would make a build trust digests it
never computed, so one whose signature does not verify is ignored.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterable
from pathlib import Path

from generator.files import write_atomic
from generator.site.parse_cache import CACHE_DIR, signed, verified

DIGESTS_FILE = "digests.json"
RACY_NS = 2_000_000_000  # coarser than any file system's timestamp granularity

Stat = tuple[int, int, int, int]  # inode, size, mtime_ns, ctime_ns
Entry = tuple[Stat, str, int]  # the stat, the digest, when it was taken (ns)


def file_stat(path: Path) -> Stat:
    info = path.stat()
    return (info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


class FileDigests:
    """Digests of a project's files by name; `save()` keeps only those asked for."""

    def __init__(self, project_root: Path) -> None:
        self.file = project_root / CACHE_DIR / DIGESTS_FILE
        self.entries = self._read()
        self.used: dict[str, Entry] = {}

    def _read(self) -> dict[str, Entry]:
        try:
            data = verified(self.file.read_bytes())
            if data is None:
                return {}
            table = json.loads(data)
            return {str(k): (_stat(v[0]), str(v[1]), int(v[2])) for k, v in table.items()}
        except (OSError, ValueError, TypeError, IndexError, AttributeError):
            return {}

    def known(self, paths: Iterable[Path]) -> list[str] | None:
        """Each file's digest from its stat alone, or None when any file is new,
        changed or too recently written to trust its stat."""
        found = []
        for path in paths:
            try:
                digest = self._trusted(path, file_stat(path))
            except OSError:
                return None
            if digest is None:
                return None
            found.append(digest)
        return found

    def digest(self, path: Path) -> str:
        """The digest of `path`, read and hashed only when its stat is not trusted."""
        stat = file_stat(path)
        entry = self.used.get(str(path))
        if entry is not None and entry[0] == stat:
            return entry[1]  # taken earlier in this run
        digest = self._trusted(path, stat)
        if digest is None:
            taken = time.time_ns()
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            self.used[str(path)] = (stat, digest, taken)
        return digest

    def _trusted(self, path: Path, stat: Stat) -> str | None:
        entry = self.entries.get(str(path))
        if entry is None or entry[0] != stat or max(stat[2], stat[3]) >= entry[2] - RACY_NS:
            return None
        self.used[str(path)] = entry
        return entry[1]

    def save(self) -> None:
        if self.used == self.entries:
            return
        table = {k: [list(s), d, t] for k, (s, d, t) in sorted(self.used.items())}
        data = json.dumps(table).encode()
        write_atomic(self.file, signed(data), durable=False)


def _stat(values: list[int]) -> Stat:
    inode, size, mtime, ctime = (int(v) for v in values)
    return (inode, size, mtime, ctime)
