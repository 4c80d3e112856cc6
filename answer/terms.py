"""The question's terms weighed by idf, and how much of that weight a span's words hold.

An acronym and its long form count as one term, a year also by its last two digits, and stems
are compared on their first KEY letters, so that a sentence is credited with the question's
words however the document inflects or abbreviates them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from index.tokenize import tokenize

# Words of the question that say what kind of answer is wanted, not what it is about.
QUESTION_STEMS = frozenset(
    tokenize(
        "who whom whose what which when where why how many much does did do is are was were "
        "tell me please find show give list name"
    )
)


# Stems are compared on their first KEY letters: the stemmer leaves "priority" and
# "prioritised" as "prioriti" and "prioritis", "definition" and "defines" as "definit" and "defin".
KEY = 7


Aliases = tuple[tuple[str, frozenset[str]], ...]


def question_aliases(weights: dict[str, float], abbreviations: dict[str, str]) -> Aliases:
    """The acronyms among the question's terms, each with its long form's stem keys, so that a
    sentence saying "Rural Village Exchange" counts as saying "RVE" and the other way round."""
    keys = {t[:KEY] for t in weights}
    found = []
    for acronym, long_form in abbreviations.items():
        short, long = _alias_keys(acronym, long_form)
        if short and long and (short in keys or long <= keys):
            found.append((short, long))
    return tuple(found)


@lru_cache(maxsize=4096)
def _alias_keys(acronym: str, long_form: str) -> tuple[str | None, frozenset[str]]:
    """An acronym's one stem key (None if it tokenizes to more or fewer) and its long form's."""
    short = [t[:KEY] for t in tokenize(acronym)]
    return (short[0] if len(short) == 1 else None), frozenset(t[:KEY] for t in tokenize(long_form))


_YEAR = re.compile(r"(19|20)\d\d")


def keys_of(tokens: Iterable[str], named: Iterable[str] = ()) -> set[str]:
    """Stems cut to KEY letters; a year also by its last two digits, since staff write the
    financial year 2018/19 as "18/19"; and each of the question's `named` words that a stem
    begins with, since they shorten names too ("Yorks" for Yorkshire)."""
    keys = set(_stem_keys(frozenset(tokens)))
    keys |= {n[:KEY] for n in named if len(n) >= 4 and any(k.startswith(n) for k in keys)}
    return keys


@lru_cache(maxsize=32768)
def _stem_keys(tokens: frozenset[str]) -> frozenset[str]:
    """keys_of without the question's names, remembered: the same sentences are weighed for
    every question that retrieves them."""
    keys = {t[:KEY] for t in tokens}
    return frozenset(keys | {t[2:] for t in keys if _YEAR.fullmatch(t)})


Terms = tuple[tuple[float, tuple[frozenset[str], ...]], ...]
"""The question's terms as (weight, ways of holding it): each way is a set of stem keys that
together hold the term."""


def question_terms(weights: dict[str, float], aliases: Aliases) -> Terms:
    """The question's terms by idf, an acronym and its long form made one term that weighs the
    more of the two and is held by either."""
    grouped: set[str] = set()
    terms: list[tuple[float, tuple[frozenset[str], ...]]] = []
    for short, long in aliases:
        members = {t: w for t, w in weights.items() if t[:KEY] == short or t[:KEY] in long}
        grouped |= members.keys()
        weight = max(
            sum(w for t, w in members.items() if t[:KEY] == short),
            sum(w for t, w in members.items() if t[:KEY] in long),
        )
        terms.append((weight, (frozenset({short}), long)))
    terms += [(w, (frozenset({t[:KEY]}),)) for t, w in weights.items() if t not in grouped]
    return tuple(terms)


def covered(keys: set[str] | frozenset[str], terms: Terms) -> float:
    """The share of the question's term weight (see `question_terms`) that `keys` hold."""
    total = sum(weight for weight, _ in terms)
    held = sum(weight for weight, ways in terms if any(way <= keys for way in ways))
    return held / (total or 1.0)


def query_terms(question: str, expanded: str) -> dict[str, None]:
    return dict.fromkeys(t for t in tokenize(expanded) if t not in QUESTION_STEMS) or dict.fromkeys(
        tokenize(question)
    )
