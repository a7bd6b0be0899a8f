"""The model's attribute-ruler rules (tag -> coarse POS and morphology, and a few
exceptions), applied by direct lookup instead of spaCy's Matcher.

The stock `attribute_ruler` runs a token Matcher over every document for ~180 one-
and two-token patterns; on this corpus that is an eighth of the pipeline's time,
more than the parser. Almost every rule keys on the token's tag, so indexing the
rules by tag gives the same annotations at a fraction of the cost. The rules are read
from the loaded model (nothing is copied here) and applied with the stock ruler's
semantics: every rule is matched against the tokens as the parser left them, then
the matches are applied in rule order, so a later rule overrides an earlier one.
tests/test_extract_ruler.py checks the output is identical to the stock ruler's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

TokenSpec = dict[str, Any]
_Features = tuple[str, str, str, bool]  # tag, lower, dep, is_space
_KEYS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}


def _test(key: str, value: Any) -> Callable[[_Features], bool]:
    slot = _KEYS[key]
    if isinstance(value, dict):
        ((op, arg),) = value.items()
        if op == "IN":
            allowed = frozenset(arg)
            return lambda f: f[slot] in allowed
        if op == "NOT_IN":
            banned = frozenset(arg)
            return lambda f: f[slot] not in banned
        if op == "REGEX":
            pattern = re.compile(arg)
            return lambda f: bool(pattern.search(f[slot]))
        raise ValueError(f"unsupported attribute-ruler operator {op!r}")
    return lambda f: f[slot] == value


@dataclass(frozen=True, slots=True)
class _Rule:
    order: int
    tokens: tuple[tuple[Callable[[_Features], bool], ...], ...]  # one tuple of tests per token
    index: int
    attrs: dict[str, str]

    def matches_at(self, features: list[_Features], start: int) -> bool:
        if start + len(self.tokens) > len(features):
            return False
        return all(
            all(test(features[start + k]) for test in tests) for k, tests in enumerate(self.tokens)
        )


class TagIndexedRuler:
    """A drop-in for spaCy's AttributeRuler over the patterns of an existing one.

    One-token rules depend only on a token's (tag, lower, dep, is_space), so their
    combined effect is computed once per distinct combination and cached; the few
    two-token rules are checked where their first word occurs."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._single: list[_Rule] = []
        self._multi: list[_Rule] = []
        self._cache: dict[_Features, tuple[list[_Rule], dict[str, str], list[_Rule]]] = {}

    def load(self, patterns: list[dict[str, Any]]) -> None:
        self._single, self._multi, self._cache = [], [], {}
        for order, entry in enumerate(patterns):
            for pattern in entry["patterns"]:
                tests = tuple(
                    tuple(_test(key, value) for key, value in spec.items()) for spec in pattern
                )
                index = entry.get("index", 0) % len(pattern)
                rule = _Rule(order, tests, index, entry["attrs"])
                (self._single if len(pattern) == 1 else self._multi).append(rule)

    def _rules_for(self, feature: _Features) -> tuple[list[_Rule], dict[str, str], list[_Rule]]:
        """The one-token rules that match, their merged attributes (later rules win),
        and the two-token rules whose first token matches."""
        found = self._cache.get(feature)
        if found is None:
            single = [r for r in self._single if all(test(feature) for test in r.tokens[0])]
            merged: dict[str, str] = {}
            for rule in single:
                merged.update(rule.attrs)
            multi = [r for r in self._multi if all(test(feature) for test in r.tokens[0])]
            found = (single, merged, multi)
            self._cache[feature] = found
        return found

    def __call__(self, doc: Doc) -> Doc:
        features: list[_Features] = [(t.tag_, t.lower_, t.dep_, t.is_space) for t in doc]
        looked_up = [self._rules_for(f) for f in features]
        # Two-token matches (rare): the tokens they touch get every match in rule order.
        extra: dict[int, list[_Rule]] = {}
        for start, (_, _, multi) in enumerate(looked_up):
            for rule in multi:
                if rule.matches_at(features, start):
                    extra.setdefault(start + rule.index, []).append(rule)
        for i, (single, merged, _) in enumerate(looked_up):
            if i in extra:
                for rule in sorted([*single, *extra[i]], key=lambda r: r.order):
                    _apply(doc[i], rule.attrs)
            elif merged:
                _apply(doc[i], merged)
        return doc

    def pipe(self, docs: Any, batch_size: int = 128) -> Any:
        for doc in docs:
            yield self(doc)


def _apply(token: Token, attrs: dict[str, str]) -> None:
    for key, value in attrs.items():
        if key == "POS":
            token.pos_ = value
        elif key == "MORPH":
            token.set_morph(value)  # type: ignore[attr-defined]  # missing from spaCy's stubs
        elif key == "TAG":
            token.tag_ = value
        elif key == "DEP":
            token.dep_ = value
        elif key == "LEMMA":
            token.lemma_ = value
        else:
            raise ValueError(f"unsupported attribute {key!r}")


@Language.factory("tag_indexed_ruler")
def _make_ruler(nlp: Language, name: str) -> TagIndexedRuler:
    return TagIndexedRuler(name)


def use_tag_indexed_ruler(nlp: Language) -> None:
    """Replace the model's attribute_ruler with the tag-indexed one, same rules."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    original: Any = nlp.get_pipe("attribute_ruler")
    patterns = original.patterns
    nlp.replace_pipe("attribute_ruler", "tag_indexed_ruler")
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, TagIndexedRuler)
    ruler.load(patterns)
