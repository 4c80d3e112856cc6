"""Which documents a question names: "according to the PH strategy", "the DPH annual report".

A document is named by an acronym of its title ("Director of Public Health" in a title makes
DPH one; so does an "(ABC)" in it), or the acronym's long form, when the acronym stands for a
document or a document noun follows it. When several documents answer to the mention, the
other words of the question pick among them ("PH *strategy*" against the DPH's annual report).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from index.tokenize import STOPWORDS
from ingest.model import Document

_WORD = re.compile(r"[A-Za-z&]+")


def title_acronyms(document: Document, abbreviations: Mapping[str, str]) -> frozenset[str]:
    """Acronyms whose long form is in the document's title, and any acronym written in it."""
    title = document.title.lower()
    found = {a for a, long_form in abbreviations.items() if long_form.lower() in title}
    found.update(w for w in _WORD.findall(document.title) if len(w) >= 2 and w.isupper())
    return frozenset(found)


def _typed(word: str, acronyms: frozenset[str]) -> str | None:
    """The acronym a question word is, allowing a plural ("ACEs") and, from three letters,
    lower case ("jhws"); two-letter ones in lower case are words ("ph", "as")."""
    for form in (word, word[:-1] if word.endswith("s") else ""):
        if form in acronyms:
            return form
        if len(form) >= 3 and form.upper() in acronyms:
            return form.upper()
    return None


DOCUMENT_NOUNS = frozenset(
    _WORD.findall("strategy strategies report paper papers plan update minutes pack log slides")
)
"""Words that make a mention name a document ("the ACEs *paper*") rather than a topic ("the
ABC's funding") or a person ("the DPH")."""


def _mentions(words: list[str], acronym: str, long_form: str) -> list[int]:
    """Indexes just after each mention of the acronym or its long form in `words`."""
    own = frozenset({acronym})
    long_words = [w.lower() for w in _WORD.findall(long_form)]
    ends = [i + 1 for i, w in enumerate(words) if _typed(w, own)]
    lowered = [w.lower() for w in words]
    n = len(long_words)
    ends += [i + n for i in range(len(words) - n + 1) if lowered[i : i + n] == long_words]
    return ends


def _typed_forms(words: list[str]) -> set[str]:
    """Every acronym some word of `words` may be, as `_typed` reads them."""
    forms: set[str] = set()
    for word in words:
        for form in (word, word[:-1] if word.endswith("s") else ""):
            forms.add(form)
            if len(form) >= 3:
                forms.add(form.upper())
    return forms


@lru_cache(maxsize=4096)
def _long_words(long_form: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORD.findall(long_form))


def _may_be_mentioned(acronym: str, long_form: str, typed: set[str], lowered: set[str]) -> bool:
    """False when neither the acronym nor its long form can be in the question: checked on
    every acronym of the corpus for every question, so it skips `_mentions`'s scan of the words
    for each (about a tenth of an answer's time, bench/)."""
    first = _long_words(long_form)[:1]
    return acronym in typed or not first or first[0] in lowered


def names_document(words: list[str], acronym: str, long_form: str) -> bool:
    """Whether the question names a document by this acronym: the acronym stands for a
    document ("ABC" for "A Better County plan"), or a document noun follows it within two words
    ("PH strategy")."""
    if long_form.split()[-1].lower() in DOCUMENT_NOUNS:
        return bool(_mentions(words, acronym, long_form))
    return any(
        DOCUMENT_NOUNS.intersection(w.lower() for w in words[end : end + 2])
        for end in _mentions(words, acronym, long_form)
    )


def named_documents(
    query: str,
    documents: Mapping[str, Document],
    acronyms: Mapping[str, frozenset[str]],
    abbreviations: Mapping[str, str],
) -> set[str]:
    """The documents the question names, best matches only: those sharing most other words
    with their title."""
    words = _WORD.findall(query)
    # Each distinct acronym is checked once, not once per document: a 100x corpus has
    # thousands of documents but the same few dozen acronyms.
    every = set().union(*acronyms.values())
    typed = _typed_forms(words)
    lowered = {w.lower() for w in words}
    said = {
        a
        for a in every
        if _may_be_mentioned(a, abbreviations.get(a, a), typed, lowered)
        and names_document(words, a, abbreviations.get(a, a))
    }
    if not said:
        return set()
    scores: dict[str, int] = {}
    for doc_id, document in documents.items():
        own = acronyms[doc_id] & said
        if not own:
            continue
        title_words = {w.lower() for w in _WORD.findall(document.title)}
        scores[doc_id] = sum(
            1
            for w in {w.lower() for w in words if not _typed(w, own)}
            if w not in STOPWORDS and w in title_words
        )
    if not scores:
        return set()
    best = max(scores.values())
    return {doc_id for doc_id, score in scores.items() if score == best}
