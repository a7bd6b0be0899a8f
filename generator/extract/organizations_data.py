"""Canonical organisation names, from generator/data/organization_aliases.tsv."""

from __future__ import annotations

import functools
from importlib import resources

from generator.extract.gazetteer import fold


@functools.lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    text = (
        resources.files("generator.data")
        .joinpath("organization_aliases.tsv")
        .read_text(encoding="utf-8")
    )
    table: dict[str, str] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        names = line.split("\t")
        for name in names:
            table[fold(name)] = names[0]
    return table


def canonical_organization(name: str) -> str:
    """ "the EU" and "European Union" -> "European Union"; unknown names unchanged."""
    return _aliases().get(fold(name), name)


def is_known_organization(name: str) -> bool:
    return fold(name) in _aliases()
