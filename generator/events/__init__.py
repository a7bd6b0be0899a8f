"""Events: the briefings that report one real-world happening, across sources.

A stage over briefings (after extract, before store): pure functions, no disk.

    features.py  what the clustering knows of a briefing (words, names, day, dateline)
    cluster.py   online, incremental placing of a briefing into an event
    copies.py    near-identical copies among an event's members (MinHash/LSH)
    summary.py   the event's bottom line and key points (multi-document, extractive)
    figures.py   disagreements: figures the sources give differently
    compose.py   an event's machine-made fields from its members
    model.py     the event file's model
"""

from __future__ import annotations

from generator.events.cluster import Clustering, Profile
from generator.events.compose import compose
from generator.events.copies import find_copies
from generator.events.features import Features, features
from generator.events.model import EVENT_MACHINE_FIELDS, Event

__all__ = [
    "EVENT_MACHINE_FIELDS",
    "Clustering",
    "Event",
    "Features",
    "Profile",
    "compose",
    "features",
    "find_copies",
]
