"""What an ingest run must remember of every briefing, kept on disk, not in memory.

The resolution stage needs every briefing's entity items at the end of a run (each
round learns the context from all of them and finds the stale ones), and the writer
needs every source key and hash written so far (a feed entry carried twice is written
once, merged into the first).
Both grow with the corpus: held in dicts they grew the client by about 2.5 MiB per
thousand articles (`benchmarks/ingest_memory.py`). SQLite, from the standard library,
keeps them in a temporary file and streams them back in order, so the client holds
a page cache of a few MiB whatever the size of the run, and no dependency is added.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Iterator
from itertools import groupby
from pathlib import Path
from types import TracebackType

from generator.commands.identities import Ref

SCHEMA = """
create table items (path text not null, seq integer not null, field text not null,
                    name text not null, id text, country text, primary key (path, seq));
create table sources (sha256 text primary key, key text not null);
create table written (key text primary key);
"""


class RunTable:
    """A run's scratch table, deleted when the run ends (a killed run leaves it in the
    system's temporary folder, never in the project)."""

    def __init__(self) -> None:
        self._folder = tempfile.TemporaryDirectory(prefix="briefing-run-")
        self._db = sqlite3.connect(Path(self._folder.name) / "run.sqlite3")
        # scratch data: a crash loses nothing the briefings do not hold
        self._db.executescript("pragma journal_mode = off; pragma synchronous = off;" + SCHEMA)

    @property
    def folder(self) -> Path:
        """Where the table lives while the run lasts."""
        return Path(self._folder.name)

    def __enter__(self) -> RunTable:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, err: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()
        self._folder.cleanup()

    def put_items(self, path: Path, refs: list[Ref]) -> None:
        """The briefing's entity items, replacing what the table held for it."""
        with self._db:
            self._db.execute("delete from items where path = ?", (str(path),))
            self._db.executemany(
                "insert into items values (?, ?, ?, ?, ?, ?)",
                [(str(path), n, r.field, r.name, r.id, r.country) for n, r in enumerate(refs)],
            )
            if not refs:  # a briefing with no items is still a briefing of the run
                self._db.execute(
                    "insert into items values (?, -1, '', '', null, null)", (str(path),)
                )

    def items(self, path: Path) -> list[Ref]:
        rows = self._db.execute(
            "select field, name, id, country from items where path = ? and seq >= 0 order by seq",
            (str(path),),
        )
        return [Ref(*row) for row in rows]

    def briefings(self) -> Iterator[tuple[Path, list[Ref]]]:
        """Every briefing's items, in the briefings' sorted order, one at a time."""
        rows = self._db.execute(
            "select path, seq, field, name, id, country from items order by path, seq"
        )
        for path, group in groupby(rows, key=lambda row: row[0]):
            yield Path(path), [Ref(*row[2:]) for row in group if row[1] >= 0]

    def source_of(self, sha256: str) -> str | None:
        """The source key already written with these bytes in this run, if any."""
        row = self._db.execute("select key from sources where sha256 = ?", (sha256,)).fetchone()
        return row[0] if row else None

    def add_source(self, sha256: str, key: str) -> None:
        with self._db:
            self._db.execute("insert or replace into sources values (?, ?)", (sha256, key))

    def wrote(self, key: str) -> bool:
        """Whether this run wrote the briefing of this source key already."""
        row = self._db.execute("select 1 from written where key = ?", (key,)).fetchone()
        return row is not None

    def add_written(self, key: str) -> None:
        with self._db:
            self._db.execute("insert or ignore into written values (?)", (key,))
