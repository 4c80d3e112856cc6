"""The things a question names, which its evidence must be about: years and months, a date the
answer must come after, rare names, places and title-case phrases."""

from __future__ import annotations

import re
from collections.abc import Callable

from index.tokenize import tokenize
from ingest.dates import MONTH_RE, MONTHS, YEARS_RE, days_in

# "When's the next meeting after 20 March 2025?": the date asked for is a later one.
_AFTER = re.compile(r"\b(?:after|following)\s+(?:the\s+)?(.{1,40})", re.I)


def asked_after(question: str) -> tuple[int, int, int] | None:
    """The date the question's answer must come after, if it names one after "after"."""
    found = _AFTER.search(question)
    days = days_in(found.group(1)) if found else []
    if not days:
        return None
    year, month, day = days[0]
    return (year, month, day or 31)


def named_dates(question: str) -> list[str]:
    """The years (four digits; a span by its first year) and month names (lower case) the
    question names."""
    years = [m.group(1) for m in YEARS_RE.finditer(question)]
    months = [m.group(1).lower() for m in MONTH_RE.finditer(question)]
    return list(dict.fromkeys(years + months))


# A capitalised word inside a question ("Jo Bloggs", "Northtown", "Active Steps") names a
# particular person, place or programme; the first word is capitalised anyway.
_CAPITALISED = re.compile(r"(?<!^)(?<![.?!]\s)\b[A-Z][a-z]+(?:'s)?\b")
# Month abbreviations are dates too, never names ("the 26 Sept meeting").
_MONTH_WORDS = frozenset(MONTHS) | {m[:3] for m in MONTHS} | {"sept"}
RARE_IDF = 4.0
"""Names at least this rare (Lucene idf over the passages) are specific enough to require."""


def named_words(question: str, idf: Callable[[str], float]) -> list[str]:
    """Rare capitalised words of the question, as tokens: the specific things it is about."""
    words = [m.group(0).removesuffix("'s") for m in _CAPITALISED.finditer(question.strip())]
    tokens = [t for w in words if w.lower() not in _MONTH_WORDS for t in tokenize(w)]
    return list(dict.fromkeys(t for t in tokens if idf(t) >= RARE_IDF))


# "What's the rate in Northtown?": the place or group a figure is asked of, one capitalised
# word (a title-case phrase after "in" names a document or programme instead).
_OF_PLACE = re.compile(r"\b(?:in|for|across|within)\s+([A-Z][a-z][\w'’-]*)\b(?!\s+[A-Z])")


def places_asked(question: str) -> list[str]:
    """The single capitalised names the question asks a figure of, as tokens."""
    names = (m.group(1) for m in _OF_PLACE.finditer(question))
    tokens = (t for name in names if name.lower() not in _MONTH_WORDS for t in tokenize(name))
    return list(dict.fromkeys(tokens))


# A title-case phrase inside the question ("the new Prevention Board", "Local Area
# Coordinators") names one body or programme; its words common on their own, together they are
# specific. Acronyms are left out: they are matched through their long forms elsewhere.
_PHRASE = re.compile(r"(?<=\w[\s'‘’\"])[A-Z][a-z][\w-]*(?:\s+(?:of|for|&)?\s*[A-Z][a-z][\w-]*)+")


def named_phrases(question: str) -> list[tuple[str, ...]]:
    """The question's title-case phrases of two words or more, as token sequences."""
    phrases = (tuple(tokenize(m.group(0))) for m in _PHRASE.finditer(question))
    return list(dict.fromkeys(p for p in phrases if len(p) > 1))
