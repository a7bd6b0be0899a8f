"""Resolution: every person, organisation and place of a briefing tied to one entry of
the project's entity registry (`entities.yaml`), so that one entity has one identity
across the corpus.

A stage after extraction, run in the main process of ingest over each new briefing
and over every briefing an editor's registry change concerns. Pure: it takes and
returns models (`Registry`, `Briefing`); reading and writing the registry is the
store's job.

    names.py     spellings as keys: case, accents, punctuation, initials, titles
    given_names.py  "Fred" and "Frederick", "Bettie" and "Betty": diminutives and spellings
    org_names.py "Betty Ford Center" and "Betty Ford Treatment Center": an organisation's forms
    headline_names.py  a surname the body writes alone, in full in the headline
    index.py     the registry in memory, indexed by those keys, with merges followed
    resolver.py  which entry a name is: by key, loose key, surname and context
    briefing.py  a briefing's items resolved: ids, canonical names, duplicates, removals
"""

from __future__ import annotations

from generator.resolve.briefing import (
    FIELDS,
    Editable,
    generated,
    resolve_briefing,
    resolve_items,
)
from generator.resolve.index import Index
from generator.resolve.names import key, loose_key
from generator.resolve.resolver import Mention, Resolver, consolidate

__all__ = [
    "FIELDS",
    "Editable",
    "Index",
    "Mention",
    "Resolver",
    "consolidate",
    "generated",
    "key",
    "loose_key",
    "resolve_briefing",
    "resolve_items",
]
