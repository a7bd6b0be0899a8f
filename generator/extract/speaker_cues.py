"""Small facts of English that say who can be speaking, for `quotes.py`: a person's
gender (for "he" and "she"), the agent of a passive speech verb, a plural noun.

Each answers from the text alone and answers None when the text does not say: a
guess here would become a wrong speaker, which is worse than none.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.first_names import given_name_gender
from generator.extract.people import PersonCluster


def person_gender(cluster: PersonCluster) -> str | None:
    """ "m" or "f": what a title or pronoun told (`PersonCluster.gender`), else what the
    given name opening a full name says ("Karen Brady"); None for a bare surname or a
    name used for both."""
    if cluster.gender is not None:
        return cluster.gender
    if len(cluster.words) < 2:
        return None
    return given_name_gender(cluster.words[0])


def could_be(cluster: PersonCluster, gender: str | None) -> bool:
    """Whether "he" or "she" (`gender` "m" or "f") can refer to this person."""
    known = person_gender(cluster)
    return gender is None or known is None or known == gender


def passive_agent(verb: Token) -> Token | None:
    """ "was called 'one of the biggest pirates' by the sentencing judge": in the passive
    the speaker is the agent, "judge", never the subject; None if the verb is active."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    if by is None:
        return None
    return next((c for c in by.children if c.dep_ == "pobj"), None)


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)


def is_plural(noun: Token) -> bool:
    """ "fans", "some fans": a plural noun is never "he" or "she"."""
    return noun.tag_ in {"NNS", "NNPS"}
