"""The last Pagefind bundle, kept so that a build whose search records did not change
copies it instead of indexing again (tens of seconds at a few thousand briefings).

MkDocs empties the site folder on every build, so the bundle is kept beside the other
caches in `.briefing-cache/pagefind/`, with a manifest of the records' digest and of
each bundle file's sha256. The manifest is signed with this user's cache key, like the
parse cache: the bundle is JavaScript that the published site runs, so a bundle put
there by anyone else, or changed since, is never copied into a site; it is indexed again.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

from generator.files import write_atomic
from generator.site.parse_cache import CACHE_DIR, signed, verified
from generator.site.search import Record

CACHE_FOLDER = "pagefind"
MANIFEST = "manifest.json"


def records_key(records: Iterable[Record]) -> str:
    """What the bundle is made from: every record, in order, and Pagefind's version."""
    digest = hashlib.sha256(_pagefind_version().encode())
    for record in records:
        digest.update(b"\0" + record.url.encode() + b"\0" + record.html.encode())
    return digest.hexdigest()


def restore(project_root: Path, key: str, bundle: Path) -> bool:
    """Copy the kept bundle to `bundle` when it was made from records of this `key`
    and every file is as it was kept; False (nothing written) otherwise."""
    kept = project_root / CACHE_DIR / CACHE_FOLDER
    files = _manifest(kept, key)
    if files is None or _contents(kept / "bundle") != files:
        return False
    _replace_tree(kept / "bundle", bundle)
    return True


def keep(project_root: Path, key: str, bundle: Path) -> None:
    """Keep a copy of the bundle just indexed, for the next build."""
    kept = project_root / CACHE_DIR / CACHE_FOLDER
    (kept / MANIFEST).unlink(missing_ok=True)  # no manifest vouches for a half copy
    _replace_tree(bundle, kept / "bundle")
    data = json.dumps({"key": key, "files": _contents(bundle)}, sort_keys=True).encode()
    write_atomic(kept / MANIFEST, signed(data), durable=False)


def _manifest(kept: Path, key: str) -> dict[str, str] | None:
    try:
        data = verified((kept / MANIFEST).read_bytes())
        if data is None:
            return None
        manifest = json.loads(data)
        if manifest["key"] != key:
            return None
        return {str(rel): str(sha) for rel, sha in manifest["files"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _replace_tree(source: Path, target: Path) -> None:
    """`target` becomes a copy of `source`: copied beside it, then swapped in."""
    scratch = target.with_name(target.name + ".partial")
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.copytree(source, scratch)
    shutil.rmtree(target, ignore_errors=True)
    scratch.rename(target)


def _contents(folder: Path) -> dict[str, str]:
    """Every file under `folder` by relative path, with its sha256: a file added,
    removed or changed since the bundle was kept makes it another bundle."""
    if not folder.is_dir():
        return {}
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _pagefind_version() -> str:
    try:
        return metadata.version("pagefind")
    except metadata.PackageNotFoundError:
        return "unknown"
