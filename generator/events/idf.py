"""The fixed reference idf the event texts are weighed by: document frequencies
counted once over the BBC corpus (benchmarks/idf_table.py, kept in
generator/data/document_frequencies.tsv). Fixed, so a later briefing never changes an
earlier comparison and the index carries no vocabulary; its own module because both
the features (which names are rare enough to tell events apart) and the clustering
(the TF-IDF vectors) read it."""

from __future__ import annotations

import functools
import math
from importlib import resources

IDF_TABLE = "document_frequencies.tsv"
UNSEEN = ""  # the key of the idf of a word the reference never saw twice


def idf_of(word: str) -> float:
    """The word's reference idf (a word the reference did not see: the highest)."""
    idf = reference_idf()
    return idf.get(word, idf[UNSEEN])


@functools.cache
def reference_idf() -> dict[str, float]:
    """Each reference word's idf, smoothed (log((1 + N) / (1 + df)) + 1)."""
    documents, df = reference_frequencies()
    idf = {t: math.log((1 + documents) / (1 + n)) + 1.0 for t, n in df.items()}
    idf[UNSEEN] = math.log(1 + documents) + 1.0
    return idf


@functools.cache
def reference_frequencies() -> tuple[int, dict[str, int]]:
    """The fixed document frequencies the idf comes from (benchmarks/idf_table.py)."""
    text = resources.files("generator.data").joinpath(IDF_TABLE).read_text(encoding="utf-8")
    documents, df = 0, {}
    for line in text.splitlines():
        term, _, count = line.partition("\t")
        if term == "#documents":
            documents = int(count)
        elif term:
            df[term] = int(count)
    return documents, df
