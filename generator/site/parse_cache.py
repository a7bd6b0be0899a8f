"""A cache of validated briefings, keyed by the bytes of their YAML files.

Reading and validating 10,000 briefings costs seconds on every build although
almost none changed. The cache maps the sha256 of a file's bytes to the briefing it
validated to, in one pickle under `.briefing-cache/` (git-ignored, local: written
and read only by this generator). The key is the content, never the time stamp,
so a file edited back and forth, or checked out again, is still found. A cache
from another version of the model or the validation is ignored, and one that
cannot be read (truncated, corrupt) is ignored too: the files are parsed again.
Only briefings that validated are cached; a broken file is re-read and reported
on every build.

A pickle runs code when it is loaded, and a project folder can come from anyone (a
clone, an archive): the cache is signed with HMAC-SHA256 under a key of this user's,
kept outside the project (`$XDG_CACHE_HOME/briefing-generator/cache.key`, mode
0600), and a cache whose signature does not verify is never unpickled.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import pickle
import secrets
from importlib import resources
from pathlib import Path

from generator import store
from generator.files import write_atomic
from generator.models import Briefing

CACHE_DIR = ".briefing-cache"
CACHE_FILE = "briefings.pickle"
SIGNATURE_BYTES = 32


def cache_key() -> bytes:
    """This user's key for signing caches, made once."""
    home = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    path = home / "briefing-generator" / "cache.key"
    try:
        key = path.read_bytes()
        if len(key) >= SIGNATURE_BYTES:
            return key
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(SIGNATURE_BYTES)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as stream:
        stream.write(key)
    return key


def signed(data: bytes) -> bytes:
    """`data` behind this user's signature, for a cache file."""
    return hmac.new(cache_key(), data, hashlib.sha256).digest() + data


def verified(blob: bytes) -> bytes | None:
    """The data of a cache file this user's generator signed; None for any other."""
    signature, data = blob[:SIGNATURE_BYTES], blob[SIGNATURE_BYTES:]
    if not hmac.compare_digest(signature, signed(data)[:SIGNATURE_BYTES]):
        return None
    return data


def code_version() -> str:
    """What a cached briefing depends on besides its file: the model and the store."""
    root = resources.files("generator")
    digest = hashlib.sha256()
    for name in ("models.py", *sorted(f"store/{p.name}" for p in root.joinpath("store").iterdir())):
        if name.endswith(".py"):
            digest.update(root.joinpath(name).read_bytes())
    return digest.hexdigest()


class ParseCache:
    """Briefings by content digest, for one project; `save()` keeps only those used."""

    def __init__(self, project_root: Path) -> None:
        self.file = project_root / CACHE_DIR / CACHE_FILE
        self.version = code_version()
        self.entries = self._read()
        self.used: dict[str, Briefing] = {}
        self.misses = 0

    def _read(self) -> dict[str, Briefing]:
        try:
            data = verified(self.file.read_bytes())
            if data is None:
                return {}  # not written by this user's generator: never unpickled
            version, entries = pickle.loads(data)
        except Exception:  # missing, truncated or corrupt: parse the files again
            return {}
        if version != self.version or not isinstance(entries, dict):
            return {}
        return entries

    def load(self, path: Path, digest: str | None = None) -> tuple[Briefing, str]:
        """The briefing in `path` and the digest of its bytes (store.load's errors);
        `digest`: those bytes' digest when the caller knows it, so a cached
        briefing is found without reading the file."""
        digest = digest or hashlib.sha256(path.read_bytes()).hexdigest()
        briefing = self.entries.get(digest)
        if not isinstance(briefing, Briefing):
            briefing = store.load(path)
            self.misses += 1
        self.used[digest] = briefing
        return briefing, digest

    def save(self) -> None:
        if self.misses == 0 and self.used.keys() == self.entries.keys():
            return
        self.file.parent.mkdir(parents=True, exist_ok=True)
        data = pickle.dumps((self.version, self.used), protocol=pickle.HIGHEST_PROTOCOL)
        write_atomic(self.file, signed(data), durable=False)
