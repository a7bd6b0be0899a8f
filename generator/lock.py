"""One run at a time per project: two ingests writing the same briefings would race."""

from __future__ import annotations

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
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
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
