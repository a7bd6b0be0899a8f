"""An organisation's other spellings, beyond case and punctuation (`names.key`).

News names a body by its full name once and by shorter forms after, and two articles
seldom write the full name alike:

* the kind of body left out: "Morningside Recovery" for "Morningside Recovery
  Center", "U.S. Marshals" for "U.S. Marshals Service"; or the word before it:
  "Betty Ford Center" for "Betty Ford Treatment Center" (`shorter_forms`);
* a word in the plural or the singular, or the words in another order around "of"
  or "for": "Academy of Motion Pictures Arts and Sciences", "Central Commission for
  Elections" and "Central Elections Commission" (`loose_key`);
* the head of "X of Y" alone: "the Academy" for the Academy of Motion Picture Arts
  and Sciences, "the Bank" for the Bank of Greece (`head`), which only the story's
  context can tie to one body.

The head nouns are the common nouns English names a kind of body with (the last word
of "Betty Ford Center", "Fish and Wildlife Service"): what the name is, not which one.
"""

from __future__ import annotations

from generator.resolve.names import key

# The kind of body a name ends with where, cut off, the rest still names the one body
# ("Los Angeles Police Department" is the Los Angeles Police). Not the bodies that
# oversee or study what their name says first: the Metropolitan Police Authority is
# not the Metropolitan Police (authority, board, commission, committee, council,
# foundation, association). Keys: "centre" is "center".
HEAD_NOUNS = frozenset(
    "agency bureau center clinic department facility hospital institute office service".split()  # noqa: SIM905
)
_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "de", "a", "an", "on", "in"})
# A loose key needs this many content words: fewer, and order or number is the name
# ("England Bank" and "Bank of England" are too short to tell).
MIN_LOOSE_WORDS = 3
# The shortest a form without its head noun may be: "Recovery" alone names nothing.
MIN_SHORT_WORDS = 2


def shorter_forms(name: str) -> list[str]:
    """The keys of the name with its head noun left out, or the word before the
    head noun: "betty ford treatment" and "betty ford center" for "Betty Ford
    Treatment Center". Empty when the name does not end with a head noun."""
    words = key(name).split()
    if len(words) <= MIN_SHORT_WORDS or words[-1] not in HEAD_NOUNS:
        return []
    forms = [" ".join(words[:-1])]
    if len(words) > MIN_SHORT_WORDS + 1 and not {words[-2], words[-3]} & _FUNCTION_WORDS:
        forms.append(" ".join([*words[:-2], words[-1]]))
    return forms


def loose_key(name: str) -> str | None:
    """The content words of the name, in the singular, in alphabetical order: one
    key for "Central Elections Commission" and "Central Commission for Election".
    None for names of fewer than three content words."""
    words = sorted(_singular(w) for w in key(name).split() if w not in _FUNCTION_WORDS)
    return " ".join(words) if len(words) >= MIN_LOOSE_WORDS else None


def head(name: str) -> str | None:
    """ "academy" for "Academy of Motion Picture Arts and Sciences": the one word
    before "of" that says what the body is. None for other names."""
    words = key(name).split()
    if len(words) >= MIN_LOOSE_WORDS and words[1] == "of":
        return words[0]
    return None


def _singular(word: str) -> str:
    """ "pictures" -> "picture"; words that only look plural stay ("press", "bus")."""
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word
