"""Writing files so that a crash or a kill never leaves one half-written.

Every file the generator produces goes through `write_atomic`: the bytes go to a
temporary file in the same folder, are flushed to disk, and replace the target in
one rename, so a reader (or the next run) sees either the old or the new version.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: bytes, durable: bool = True) -> None:
    """`durable=False` skips the fsync, for files rebuilt from others on every run
    (rendered Markdown): still never half-written, but thousands of fsyncs would
    cost more than the rest of the render."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def write_if_changed(path: Path, data: bytes, durable: bool = True) -> bool:
    """Write only when the content differs: keeps mtimes (and `mkdocs serve`) quiet."""
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    write_atomic(path, data, durable)
    return True


def remove_stale_temporaries(folder: Path) -> None:
    """Temporary files left by a killed run are never read; clear them away."""
    for tmp in folder.glob(".*.tmp"):
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
