"""The search text of a question read once (question.read): acronyms expanded both ways, the
words documents use for what is asked added; and whether it points at a superseded document."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.dates import YEAR_RE
from ingest.model import Document
from question.model import Question
from retrieval.names import before_document_noun

_WORD = re.compile(r"[A-Za-z&]+")


@dataclass(frozen=True, slots=True)
class NormalisedQuery:
    text: str
    expanded: str
    """The text with each acronym's long form (or each long form's acronym) appended."""


def expand_abbreviations(query: str, abbreviations: dict[str, str]) -> str:
    """Append the long form of each acronym in the query, and the acronym of each long form.

    An acronym typed in lower case ("bcf") counts when it is three letters or more, since
    two-letter ones collide with words, or when a document noun follows it ("it strategy").
    """
    additions: list[str] = []
    lowered = query.lower()
    words = _WORD.findall(query)
    tokens = set(words) | before_document_noun(words)
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


def normalise(question: Question, abbreviations: dict[str, str]) -> NormalisedQuery:
    """The question's words with its acronyms expanded and the words documents use for what it
    asks (question.read) added, without the age words that name an older edition."""
    text = " ".join(question.text.split())
    if question.edition.naming:
        # "What did the old plan say about parks?" wants the superseded strategy (the
        # searcher's prior lifts it), not passages that happen to say "old".
        naming = {w.lower() for w in question.edition.naming}
        text = " ".join(w for w in text.split() if w.lower().strip(".,;:?!'\"") not in naming)
    expanded = expand_abbreviations(text, abbreviations)
    return NormalisedQuery(text=text, expanded=" ".join([expanded, *question.search_terms]))


def _document_years(document: Document) -> list[int]:
    return [int(y) for y in YEAR_RE.findall(f"{document.period or ''} {document.date or ''}")]


def names_older_version(question: Question, document: Document) -> bool:
    """True when the question names this superseded document outright: "the first ABC plan", "the
    previous strategy", or a year inside its period (and so points at it, not its successor)."""
    if question.edition.names_older:
        return True
    years, span = question.edition.years, _document_years(document)
    return bool(years and span and all(min(span) <= y <= max(span) for y in years))


def asks_for_older(question: Question, document: Document) -> bool:
    """True when the question points at this (superseded) document: by a year in its period,
    or by words like "previous" or "original"."""
    if question.edition.older:
        return True
    years, span = question.edition.years, _document_years(document)
    return bool(years and span and any(min(span) <= y <= max(span) for y in years))
