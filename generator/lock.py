"""One run at a time per project: two ingests writing the same briefings would race.

The lock is a POSIX record lock (`lockf`), not `flock`: an `flock` is shared with
forked children, so ingest's worker processes, orphaned when a run is killed, kept
the project locked for good. A record lock belongs to the process that took it
and goes when that process dies."""

from __future__ import annotations

import errno
import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from generator.errors import LockedError

LOCK_FILE = ".briefing.lock"


@contextmanager
def project_lock(root: Path) -> Iterator[None]:
    """An advisory lock on a file in the project; the kernel releases it if we die."""
    path = root / LOCK_FILE
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as err:
            if err.errno not in (errno.EACCES, errno.EAGAIN):
                raise
            holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip() or "another process"
            raise LockedError(
                root,
                f"another briefing run (pid {holder}) is working on this project; "
                "wait for it to finish",
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)
