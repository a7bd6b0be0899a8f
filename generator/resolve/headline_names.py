"""A surname alone in the body, and the full name in the headline: "Esther Williams,
who swam to stardom, dies at 91" over a story that says "Williams" throughout. The
headline is part of the article, so its full name is the surname's, within the
article, as a full name in the body would be.

A headline in headline case does not say where a name starts ("Sixers Hire Maurice
Cheeks"): the words before the surname are offered shortest first, and the caller
takes one only if the registry already knows that person (or, in a headline written
as a sentence, if it is a person's name at all).
"""

from __future__ import annotations

from generator.resolve import names

MAX_NAME_WORDS = 4


def full_names(title: str, surname: str) -> list[str]:
    """The spellings the headline may give the person of this surname, shortest first:
    two or more capitalised words ending in it, none an initial first ("W. Henry")."""
    wanted = names.key(surname)
    words = title.split()
    found: list[str] = []
    for i, word in enumerate(words):
        if names.key(_bare(word)) != wanted:
            continue
        start = i
        while start > 0 and i - start + 1 < MAX_NAME_WORDS and words[start - 1][:1].isupper():
            start -= 1
            if words[start].endswith((",", ":", ";")):
                break
            name = " ".join([*words[start:i], _bare(word)])
            if not names.is_initialled(name):
                found.append(name)
    return found


def in_headline_case(title: str) -> bool:
    """Every word of four letters or more capitalised: the words' case tells nothing."""
    long_words = [w for w in title.split() if len(w) >= 4 and w[:1].isalpha()]
    return bool(long_words) and all(w[:1].isupper() for w in long_words)


def _bare(word: str) -> str:
    """The word without a possessive or the punctuation after it."""
    word = word.rstrip(",.;:!?\"'\u2019)")
    for ending in ("'s", "\u2019s"):
        if word.endswith(ending):
            return word[: -len(ending)]
    return word
