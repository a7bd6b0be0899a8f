"""Small facts of English that say who can be speaking, for `quotes.py`: a person's
gender (for "he" and "she"), the agent of a passive speech verb, a plural noun, a
definite description that names again someone already named ("the defender").

Each answers from the text alone and answers None when the text does not say: a
guess here would become a wrong speaker, which is worse than none.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.first_names import given_name_gender
from generator.extract.lexicon import OCCUPATIONS, PERSON_NOUNS
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


# Nouns for someone's relation: "his son", "the wife of footballer John Smith".
_RELATIONS = """mother father son daughter wife husband brother sister parent child friend
    neighbour neighbor partner colleague relative"""
RELATION_NOUNS = frozenset(_RELATIONS.split())
# Nouns for someone the situation brings in rather than a new name for someone already
# named: "the lawyer said" after the accused is named is the lawyer, "the mother said"
# someone's mother, "the economist said" after the president spoke an economist.
_NEWCOMERS = """judge lawyer attorney barrister solicitor prosecutor counsel advocate witness
    juror defendant accused suspect victim coroner spokesman spokeswoman spokesperson
    source official insider aide officer detective inspector policeman policewoman doctor
    referee economist analyst strategist expert"""
NEWCOMER_NOUNS = frozenset(_NEWCOMERS.split()) | RELATION_NOUNS
# Nouns a report uses to name again a person it has named (as well as the person nouns
# and occupations of the lexicon): "the MP for Sittingbourne", "the DJ".
_EPITHET_NOUNS = frozenset({"mp", "dj", "star", "frontman", "youngster", "teenager"})


def epithet_noun(head: Token) -> str | None:
    """The noun of a definite description that can name again someone already named:
    "the defender", "the 25-year-old Dubliner", "the MP for Sittingbourne", "the group's
    general secretary"; None for anything else, and for a newcomer ("the lawyer"), a
    plural, an indefinite ("a defender") or someone's relation ("his son")."""
    if head.pos_ not in {"NOUN", "PROPN"} or is_plural(head):
        return None
    noun = head.lower_
    if noun in NEWCOMER_NOUNS or not _definite(head):
        return None
    aged = any(c.dep_ == "amod" and _an_age(c) for c in head.children)
    if aged or head.ent_type_ == "NORP" or noun in _EPITHET_NOUNS | PERSON_NOUNS | OCCUPATIONS:
        return noun
    return None


def names_no_office(head: Token) -> bool:
    """Whether a description says only what someone is, not what they do ("the
    25-year-old", "the Dubliner"): it fits a person of any role."""
    return head.ent_type_ == "NORP" or any(c.dep_ == "amod" and _an_age(c) for c in head.children)


def _an_age(word: Token) -> bool:
    """ "25-year-old", which the model may keep whole or split at its hyphens."""
    text = word.doc[word.left_edge.i : word.right_edge.i + 1].text.replace(" ", "")
    return text.endswith("-year-old") and text[:1].isdigit()


def _definite(head: Token) -> bool:
    """ "the defender", or "the group's general secretary" (a possessor that is no
    person: "his son", "Mr Nogar's son" are someone's relation)."""
    for child in head.children:
        if child.dep_ == "det":
            return child.lower_ == "the"
        if child.dep_ == "poss":
            return child.pos_ == "NOUN" and any(
                d.dep_ == "det" and d.lower_ == "the" for d in child.children
            )
    return False
