"""Query normalisation: acronyms expanded both ways, and whether an older document is wanted."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.model import Document

_WORD = re.compile(r"[A-Za-z&]+")
_OLDER = re.compile(
    r"\b(old|older|oldest|previous|prior|original|first|earlier|former|superseded|last)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


@dataclass(frozen=True, slots=True)
class NormalisedQuery:
    text: str
    expanded: str
    """The text with each acronym's long form (or each long form's acronym) appended."""


def expand_abbreviations(query: str, abbreviations: dict[str, str]) -> str:
    """Append the long form of each acronym in the query, and the acronym of each long form.

    An acronym typed in lower case ("bcf") counts when it is three letters or more, since
    two-letter ones collide with words.
    """
    additions: list[str] = []
    lowered = query.lower()
    tokens = set(_WORD.findall(query))
    lower_tokens = {t.lower() for t in tokens}
    for acronym, long_form in abbreviations.items():
        plain = acronym.replace("&", "")
        typed = acronym in tokens or f"{acronym}s" in tokens
        if not typed and len(plain) >= 3:
            typed = acronym.lower() in lower_tokens or f"{acronym.lower()}s" in lower_tokens
        if typed and long_form.lower() not in lowered:
            additions.append(long_form)
        elif long_form.lower() in lowered and acronym not in tokens:
            additions.append(acronym)
    return " ".join([query, *additions]) if additions else query


# What staff ask for, in the words council reports use for it: "who do I get in touch with" is
# answered under "Officer(s) to contact", "what is the board asked to do" under "Recommendations".
# Lower-case only: "First Contact Plus" is a service, not a request for a contact.
_CONTACT = re.compile(
    r"\b(contact|get in touch|get hold of|speak to|talk to|e-?mail|phone|ring)\b(?!-)"
    r"|^(Contact|Email|E-mail|Phone)\b"
)


def asks_for_contact(query: str) -> bool:
    """Whether the question asks whom to contact, or for an officer's phone or email."""
    return bool(_CONTACT.search(query))


_INTENTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (_CONTACT, "officer to contact telephone email"),
    (
        re.compile(r"\b(purpose|point of|what is the (paper|report) (about|for))\b", re.I),
        "purpose of report",
    ),
    (
        re.compile(r"\b(asked to|requested to|recommend\w*)\b", re.I),
        "recommendation the board is requested to",
    ),
    (
        re.compile(r"\b(stands? for|abbreviation|acronym)\b", re.I),
        "abbreviation definition glossary",
    ),
    (re.compile(r"\b(resolv\w*|decid\w*|decision)\b", re.I), "RESOLVED"),
    (
        # Strategies state their headline aim as a mission, vision, aim or strategic objective,
        # rarely in the words of the question ("in a nutshell", "headline aim").
        re.compile(
            r"\b(mission|vision|(headline|overall|main|overarching|primary|core)"
            r" (aim|goal|objective|ambition|purpose))\b",
            re.I,
        ),
        "mission vision aim objective",
    ),
    (
        # Documents give a definition as "X defines Y as" or "Y means": stems that "definition"
        # does not share ("definit" against "defin").
        re.compile(r"\b(defin\w*|what is meant by|mean by)\b", re.I),
        "defines defined definition means",
    ),
    (
        # Plans say who owns a priority as "X is responsible for" or "the responsibility of X".
        re.compile(
            r"\b(owns|owned|owners?|ownership|on the hook|accountable|in charge of)\b", re.I
        ),
        "responsible responsibility",
    ),
)


def intent_terms(query: str) -> list[str]:
    return [terms for pattern, terms in _INTENTS if pattern.search(query)]


def normalise(query: str, abbreviations: dict[str, str]) -> NormalisedQuery:
    text = " ".join(query.split())
    expanded = expand_abbreviations(text, abbreviations)
    extra = intent_terms(text)
    return NormalisedQuery(text=text, expanded=" ".join([expanded, *extra]))


# "the previous strategy", "the first JHWS": an age word, then within two words a document noun
# or a document's acronym (any word in capitals).
_NAMES_OLDER = re.compile(
    r"\b(first|old|older|previous|prior|original|earlier|former|superseded)\s+(\w+\s+){0,2}?"
    r"(strategy|strategies|plan|version|one|(?-i:[A-Z][A-Z&]+s?))\b",
    re.IGNORECASE,
)


def names_older_version(query: str, document: Document) -> bool:
    """True when the question names this superseded document outright: "the first JHWS", "the
    previous strategy", or a year inside its period (and so points at it, not its successor)."""
    if _NAMES_OLDER.search(query):
        return True
    years = {int(y) for y in _YEAR.findall(query)}
    span = [int(y) for y in _YEAR.findall(f"{document.period or ''} {document.date or ''}")]
    return bool(years and span and all(min(span) <= y <= max(span) for y in years))


def asks_for_older(query: str, document: Document) -> bool:
    """True when the question points at this (superseded) document: by a year in its period,
    or by words like "previous" or "original"."""
    if _OLDER.search(query):
        return True
    years = {int(y) for y in _YEAR.findall(query)}
    span = [int(y) for y in _YEAR.findall(f"{document.period or ''} {document.date or ''}")]
    return bool(years and span and any(min(span) <= y <= max(span) for y in years))
