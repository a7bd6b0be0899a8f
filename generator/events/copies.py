"""Near-identical copies among an event's members: a wire story and its feed item,
a syndicated page. MinHash over word 5-shingles with datasketch's LSH (the field's
standard for near-duplicate detection, and a maintained library): a copy is shown as
such and is not counted as a second source."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from datasketch import MinHash, MinHashLSH

from generator.models import Briefing

SHINGLE = 5
PERMUTATIONS = 128
COPY_THRESHOLD = 0.8  # estimated Jaccard of shingles above which two texts are one text
SEED = 1  # fixed, so the same texts always give the same signatures


def signature(briefing: Briefing) -> MinHash:
    words = " ".join(p for s in briefing.sections for p in s.paragraphs).lower().split()
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    minhash = MinHash(num_perm=PERMUTATIONS, seed=SEED)
    minhash.update_batch([s.encode("utf-8") for s in sorted(shingles)])
    return minhash


def find_copies(members: Sequence[Briefing]) -> dict[str, str]:
    """Each copy's id -> the id of the original it copies (the earliest report, then
    the smallest id): originals map to nothing."""
    ordered = sorted(members, key=report_order)
    index = MinHashLSH(num_perm=PERMUTATIONS, params=bands())
    copies: dict[str, str] = {}
    for briefing in ordered:
        minhash = signature(briefing)
        matches = sorted(index.query(minhash), key=[b.id for b in ordered].index)
        if matches:
            copies[briefing.id] = matches[0]
        else:
            index.insert(briefing.id, minhash)
    return copies


@functools.cache
def bands() -> tuple[int, int]:
    """The LSH's bands and rows for the threshold: datasketch finds them by numerical
    integration (80 ms), so once per process, not once per event."""
    probe = MinHashLSH(threshold=COPY_THRESHOLD, num_perm=PERMUTATIONS)
    return probe.b, probe.r


def report_order(briefing: Briefing) -> tuple[str, str]:
    """Earliest report first; undated after dated; then by id."""
    return (briefing.published.isoformat() if briefing.published else "9999", briefing.id)
