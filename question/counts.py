"""How many things a question asks about: what a "how many" question counts, how many items a
list question wants, and the counts written as words that lead-ins and questions use."""

from __future__ import annotations

import re

from index.tokenize import STOPWORDS, tokenize

# "How many schools ...?" counts schools: the answer writes the count before what it counts.
# "How many community spaces venues are registered?" counts venues: an English compound puts
# its head noun last, so the counted phrase runs on (up to four words) to the first word that
# cannot be part of it, a verb or a preposition.
_HOW_MANY = re.compile(r"\bhow many\s+([\w-]+(?:\s+[\w-]+){0,3})", re.I)
_ENDS_NOUN_PHRASE = STOPWORDS | frozenset(
    ("across", "within", "per", "since", "now", "currently", "still", "shall", "may", "must")
)
COUNT_KEY = 5
"""Counted stems are compared on their first letters: "workplace" and "workplaces" agree."""
COUNT_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
"""Numbers written as words, as lead-ins and questions count items ("the five priorities")."""
COUNT_STEMS = frozenset(t for word in COUNT_WORDS for t in tokenize(word))
"""COUNT_WORDS as stems: a count in a question is no topic word."""
# "What are the five priorities?", "name the 3 aims": how many items a list question wants.
_ITEMS_ASKED = re.compile(r"\b(" + "|".join(COUNT_WORDS) + r"|[3-9]|1[0-2])\b", re.I)


def count_of(word: str) -> int:
    """A count written in digits or as one of COUNT_WORDS."""
    return int(word) if word.isdigit() else COUNT_WORDS[word.lower()]


def items_asked(question: str) -> int | None:
    """The number of items the question asks for, if it says."""
    found = _ITEMS_ASKED.search(question)
    return None if found is None else count_of(found.group(1))


# "What are the three Cs?", "the 4 R's": a framework named by the initial its items share.
_INITIALS_ASKED = re.compile(
    r"\b(?:" + "|".join(COUNT_WORDS) + r"|[2-9]|1[0-2])\s+([A-Z])(?:s|'s|’s)(?![\w'’])", re.I
)


def initial_asked(question: str) -> str | None:
    """The shared initial of a framework's items the question names, if it does."""
    found = _INITIALS_ASKED.search(question)
    return None if found is None else found.group(1).lower()


# A past participle says what was done to the things counted, not what they are: "how many
# done so far?" names no thing (the question did, before), "how many trained staff?" staff.
_PARTICIPLE = re.compile(
    r"\w{3,}ed|done|made|given|seen|taken|held|paid|sent|got|gone|run|won|built|met|set", re.I
)


def how_many(question: str) -> frozenset[str] | None:
    """What a "how many" question counts: the stems of the noun phrase after "how many", cut to
    COUNT_KEY letters (none when it names no thing there); None when it asks no "how many"."""
    found = _HOW_MANY.search(question)
    if found is None:
        return None
    phrase = found.group(1)
    words: list[str] = []
    for word in phrase.split():
        if word.lower() in _ENDS_NOUN_PHRASE:
            break
        if not _PARTICIPLE.fullmatch(word):
            words.append(word)
    return frozenset(t[:COUNT_KEY] for t in tokenize(" ".join(words)))
