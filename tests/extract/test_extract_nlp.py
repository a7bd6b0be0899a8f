"""The model's matrix products in numpy give exactly what thinc's BLIS gives."""

from __future__ import annotations

import os

import spacy

from generator.extract.document import body_layout
from generator.extract.nlp import DEFAULT_MODEL, EXCLUDED_PIPES, _use_numpy_matmul, pipeline
from generator.readers import find_sources, read_source
from tests.extract_helpers import SHARED


def _annotations(doc: spacy.tokens.Doc) -> list[tuple[str, ...]]:
    return [(t.tag_, t.dep_, str(t.head.i), t.ent_iob_, t.ent_type_) for t in doc]


def test_numpy_matmul_tags_parses_and_finds_the_same_entities_as_blis() -> None:
    paths = find_sources([SHARED / "corpus" / "bbc"])[::75]  # about 30 across all topics
    texts = [t for p in paths for a in read_source(p, str(p)) for _, _, t in body_layout(a)]
    blis = spacy.load(DEFAULT_MODEL, exclude=list(EXCLUDED_PIPES))
    numpy = spacy.load(DEFAULT_MODEL, exclude=list(EXCLUDED_PIPES))
    _use_numpy_matmul(numpy)
    ner_ops = numpy.get_pipe("ner").model.ops
    assert not ner_ops.use_blis and blis.get_pipe("ner").model.ops.use_blis
    for ours, theirs in zip(numpy.pipe(texts), blis.pipe(texts), strict=True):
        assert _annotations(ours) == _annotations(theirs), ours.text


def test_the_pipeline_uses_numpy_only_with_one_openblas_thread() -> None:
    # generator/__init__ sets the variable before numpy loads unless the user chose
    single = os.environ.get("OPENBLAS_NUM_THREADS") == "1"
    ops = pipeline(DEFAULT_MODEL).get_pipe("tok2vec").model.ops
    assert ops.use_blis is not single
