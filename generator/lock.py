"""One run at a time per project: two ingests writing the same briefings would race,
and a site rendered while ingest writes shows half a run.

The lock is a POSIX record lock (`lockf`), not `flock`: an `flock` is shared with
forked children, so ingest's worker processes, orphaned when a run is killed, kept
the project locked for good. A record lock belongs to the process that took it
and goes when that process dies; it also goes when the process closes *any*
descriptor of the file, so a process that holds it never opens the file again (the
MkDocs plugin takes the lock too, inside `briefing build`, which holds it already)."""

from __future__ import annotations

import errno
import fcntl
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from generator.errors import LockedError

LOCK_FILE = ".briefing.lock"
_HELD: set[Path] = set()  # project roots this process holds the lock of


@contextmanager
def project_lock(root: Path, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """An advisory lock on a file in the project; the kernel releases it if we die.

    When another process holds it: without `on_wait`, LockedError (a command says so
    and stops); with it, `on_wait` is told who holds it and the call waits its turn
    (a long-running server, which must not give up on a rebuild). Taking it again in
    the process that holds it is a no-op."""
    key = root.resolve()
    if key in _HELD:
        yield
        return
    fd = os.open(root / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        if not _try_lock(fd):
            busy = f"another briefing run (pid {_holder(fd)}) is working on this project"
            if on_wait is None:
                raise LockedError(root, f"{busy}; wait for it to finish")
            on_wait(f"{root}: {busy}; waiting for it to finish")
            fcntl.lockf(fd, fcntl.LOCK_EX)
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        _HELD.add(key)
        try:
            yield
        finally:
            _HELD.discard(key)
    finally:
        os.close(fd)


def _try_lock(fd: int) -> bool:
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as err:
        if err.errno not in (errno.EACCES, errno.EAGAIN):
            raise
        return False
    return True


def _holder(fd: int) -> str:
    return os.pread(fd, 64, 0).decode("ascii", "replace").strip() or "another process"
