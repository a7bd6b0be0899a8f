"""Make generator/data/document_frequencies.tsv: the reference document frequencies of
the event clustering's words, counted over the BBC corpus (2,225 articles).

    python benchmarks/idf_table.py [CORPUS_DIR]

A fixed table, not the frequencies of the briefings placed so far: the idf then never
changes with the corpus, so a later briefing cannot change what an earlier one was
compared with, and the index need not carry a vocabulary. Words seen in one article
only are left out (they get the highest idf anyway).
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.events.features import words

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "generator/data/document_frequencies.tsv"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=ROOT.parent / "shared/corpus/bbc")
    corpus = parser.parse_args().corpus
    df: collections.Counter[str] = collections.Counter()
    files = sorted(corpus.glob("*/*.txt"))
    for path in files:
        df.update(set(words(path.read_text(encoding="latin-1"))))
    with TABLE.open("w", encoding="utf-8") as out:
        out.write(f"#documents\t{len(files)}\n")
        for term, count in sorted(df.items()):
            if count >= 2:
                out.write(f"{term}\t{count}\n")
    print(f"{len(files)} articles, {sum(1 for k in df.values() if k >= 2)} words -> {TABLE}")


if __name__ == "__main__":
    main()
