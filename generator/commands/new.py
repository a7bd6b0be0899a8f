"""`briefing new DIR`: a briefing project ready for git review, from the files shipped
in `generator/scaffold/`.

Scaffold files are package data, so their names avoid a leading dot (packaging tools
skip hidden files): `dot-gitignore` becomes `.gitignore`. Files ending in `.tmpl` are
`string.Template`s filled with the project's name and the generator's version.
"""

from __future__ import annotations

import json
from importlib import metadata, resources
from pathlib import Path
from string import Template

from generator.errors import ConfigError
from generator.files import write_atomic

SCAFFOLD = Path(str(resources.files("generator") / "scaffold"))
FOLDERS = ("articles", "briefings", "templates", "rendered")
DOT = "dot-"
TEMPLATE = ".tmpl"


def create(target: Path, site_name: str | None = None) -> list[Path]:
    """Write a new project into `target` (absent or empty); the files written."""
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise ConfigError(target, "exists and is not empty; choose a new folder")
    name = site_name or target.resolve().name.replace("-", " ").replace("_", " ").title()
    values = {"site_name": name, "site_name_yaml": json.dumps(name), "version": _version()}
    written: list[Path] = []
    for source in sorted(p for p in SCAFFOLD.rglob("*") if p.is_file()):
        path = target / _target_name(source.relative_to(SCAFFOLD))
        data = source.read_bytes()
        if source.name.endswith(TEMPLATE):
            data = Template(data.decode("utf-8")).substitute(values).encode("utf-8")
        write_atomic(path, data)
        written.append(path)
    for folder in FOLDERS:
        (target / folder).mkdir(parents=True, exist_ok=True)
    return written


def _target_name(relative: Path) -> Path:
    parts = ["." + p.removeprefix(DOT) if p.startswith(DOT) else p for p in relative.parts]
    parts[-1] = parts[-1].removesuffix(TEMPLATE)
    return Path(*parts)


def _version() -> str:
    try:
        return metadata.version("briefing-generator")
    except metadata.PackageNotFoundError:  # run from a source tree that is not installed
        return "0.1.0"
