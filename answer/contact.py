"""Whom to contact about a report: its own "Officer(s) to contact" block, found by title.

"Who do I contact about the parks review report?" is answered by that report's contact block,
which retrieval may rank below another report's (every contact block matches "contact"). The
report is the retrieved document whose title best covers the question; its block comes from the
store, so it is cited even when it was not retrieved.
"""

from __future__ import annotations

from collections.abc import Callable

from answer.constraints import unmet_names, unmet_phrases
from answer.fields import contact_part
from answer.fit import satisfies
from index.tokenize import tokenize
from ingest.fields import ContactFields
from ingest.model import Document, Passage
from question.model import AnswerType, Question
from retrieval.search import Hit

ContactLookup = Callable[[str], Passage | None]
"""A document id -> that document's contact passage."""


def asked_document(terms: dict[str, float], hits: list[Hit]) -> Document | None:
    """The retrieved document whose title holds the most question weight (the higher-ranked
    one on a tie); None when no title shares a word with the question."""
    best: tuple[float, Document] | None = None
    for hit in hits:
        title = set(tokenize(hit.document.title))
        weight = sum(w for t, w in terms.items() if t in title)
        if weight > 0 and (best is None or weight > best[0]):
            best = (weight, hit.document)
    return best[1] if best else None


def contact_block(
    terms: dict[str, float], hits: list[Hit], contacts: ContactLookup
) -> tuple[Passage, Document] | None:
    document = asked_document(terms, hits)
    if document is None:
        return None
    passage = contacts(document.id)
    return (passage, document) if passage is not None else None


def contact_answer(
    question: Question,
    terms: dict[str, float],
    hits: list[Hit],
    contacts: ContactLookup,
) -> tuple[str, Passage, Document, str] | None:
    """(lead sentence, passage, document, quote) answering a contact question from the asked
    report's contact block, or None when there is no such block or it does not hold what was
    asked (the named officer, or that officer's phone number or email address)."""
    block = contact_block(terms, hits, contacts)
    if block is None:
        return None
    passage, document = block
    named = question.names
    # A block that never names the person or post asked about ("the Director of X") belongs
    # to another report, whatever its title shares with the question.
    phrases = (*question.phrases, *question.corpus_names)
    if unmet_names(named, passage, document) or unmet_phrases(phrases, passage, document):
        return None
    quote = (contact_part(passage, named) if named else None) or passage.text
    if not satisfies(question, AnswerType.PERSON, quote):
        return None
    fields = passage.fields
    if not isinstance(fields, ContactFields) or not fields.names:
        return None
    return f"Officers to contact about {document.title}: {fields.names}.", passage, document, quote
