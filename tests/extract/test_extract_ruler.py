"""The tag-indexed attribute ruler gives exactly the stock ruler's annotations."""

from __future__ import annotations

import spacy

from generator.extract.document import body_layout
from generator.extract.nlp import DEFAULT_MODEL, EXCLUDED_PIPES
from generator.extract.ruler import use_tag_indexed_ruler
from generator.readers import find_sources, read_source
from tests.extract_helpers import SHARED


def _annotations(doc: spacy.tokens.Doc) -> list[tuple[str, ...]]:
    return [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in doc]


def test_same_pos_morph_tag_and_dep_as_spacy_on_corpus_articles() -> None:
    paths = find_sources([SHARED / "corpus" / "bbc"])[::90]  # about 25 across all topics
    texts = [t for p in paths for a in read_source(p, str(p)) for _, _, t in body_layout(a)]
    texts.append("Y'all gotta let's go, ain't it?  There are   spaces here.")
    stock = spacy.load(DEFAULT_MODEL, exclude=[*EXCLUDED_PIPES, "ner"])
    fast = spacy.load(DEFAULT_MODEL, exclude=[*EXCLUDED_PIPES, "ner"])
    use_tag_indexed_ruler(fast)
    assert "attribute_ruler" in fast.pipe_names
    for ours, theirs in zip(fast.pipe(texts), stock.pipe(texts), strict=True):
        assert _annotations(ours) == _annotations(theirs)
