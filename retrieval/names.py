"""Which documents a question names: "according to the PH strategy", "the DPH annual report".

A document is named by an acronym of its title ("Director of Public Health" in a title makes
DPH one; so does an "(ABC)" in it), or the acronym's long form, when the acronym stands for a
document or a document noun follows it. When several documents answer to the mention, the
other words of the question pick among them ("PH *strategy*" against the DPH's annual report).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

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


def before_document_noun(words: Sequence[str]) -> frozenset[str]:
    """The two-letter words a document noun follows, in capitals: "the it strategy" names the
    IT strategy, though "it" typed in lower case alone is a word, as "as" is."""
    return frozenset(
        word.upper()
        for word, after in pairwise(words)
        if len(word) == 2 and word.isalpha() and after.lower() in DOCUMENT_NOUNS
    )


def _mentions(words: list[str], acronym: str, long_form: str) -> list[int]:
    """Indexes just after each mention of the acronym or its long form in `words`."""
    own = frozenset({acronym})
    long_words = [w.lower() for w in _WORD.findall(long_form)]
    ends = [
        i + 1
        for i, w in enumerate(words)
        if _typed(w, own)
        or (w.upper() == acronym and acronym in before_document_noun(words[i : i + 2]))
    ]
    lowered = [w.lower() for w in words]
    n = len(long_words)
    ends += [i + n for i in range(len(words) - n + 1) if lowered[i : i + n] == long_words]
    return ends


def _typed_forms(words: list[str]) -> set[str]:
    """Every acronym some word of `words` may be, as `_typed` reads them."""
    forms: set[str] = set(before_document_noun(words))
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


# A name in quotes, the quotes set off by spaces: not the apostrophes of "People's Plan".
_QUOTED = re.compile(
    r"(?:^|(?<=\s))[\"\u201c\u2018']([^\"\u201d\u2019']{3,60})[\"\u201d\u2019'](?=\s|$|[.,:;)])"
)


def document_names(title: str) -> tuple[str, ...]:
    """The names a title gives its document besides the title itself: a quoted name
    ('... Strategy 2019-2023: "Healthier Together"'), or a name set before a colon that a
    document noun follows ("Healthier Northshire: Public Health Strategy 2024-2029"); in
    words only (`_plain`: lower case, no years or other figures), of two words or more."""
    found = [m.group(1) for m in _QUOTED.finditer(title)]
    before, colon, after = title.partition(":")
    if colon and DOCUMENT_NOUNS.intersection(w.lower() for w in _WORD.findall(after)):
        found.append(before)
    names = (_plain(name) for name in found)
    return tuple(dict.fromkeys(n for n in names if len(n.split()) >= 2))


def _plain(text: str) -> str:
    """Lower case, words only: how names are compared."""
    return " ".join(w.lower() for w in _WORD.findall(text))


def named_by_name(question: str, names: Mapping[str, str]) -> dict[str, str]:
    """The documents the question names by one of their names (`Titles.names`), with the name."""
    said = f" {_plain(question)} "
    return {document: name for name, document in names.items() if f" {name} " in said}


Title = tuple[frozenset[str], frozenset[str]]
"""A title as `named_documents` reads it: its acronyms, and its words in lower case."""


@dataclass(frozen=True, slots=True)
class Titles:
    """The documents' titles as `named_documents` reads them, gathered once per generation: at
    1000x there are thousands of documents but a few dozen acronyms, and a question naming one
    is scored through the title words it shares, not by reading every title that holds it."""

    holding: Mapping[str, frozenset[Title]]
    """Per acronym, the distinct titles holding it."""
    with_word: Mapping[str, frozenset[Title]]
    """Per lower-case word, the distinct titles holding it."""
    documents: Mapping[Title, tuple[str, ...]]
    """Per distinct title, the documents bearing it."""
    names: Mapping[str, str] = field(default_factory=dict)
    """Each document name (`document_names`) that one document alone bears, with its id."""
    older: Mapping[str, Title] = field(default_factory=dict)
    """Each superseded document's title, by id: what "the old strategy" may name."""


# How far before a quoted name the document it names is written out ("the Northtown Parks
# Strategy 2024-2030, "Parks for All"").
_NAMED_REACH = 120
_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2212": "-"})
_TITLE_WORDS_SAID = 3
_APPOSED = re.compile(r"\W{0,3}$")


def names_in_text(texts: Iterable[str], documents: Mapping[str, Document]) -> dict[str, str]:
    """Names the papers give a document in quotes right after its title and period: "... Parks
    Strategy 2024-2030, "Parks for All"" names the strategy so dated, when one document alone
    has that period and at least three of its title's words are written just before."""
    by_period: dict[str, list[Document]] = {}
    for document in documents.values():
        if document.period:
            by_period.setdefault(document.period.translate(_DASHES), []).append(document)
    found: dict[str, set[str]] = {}
    for text in texts:
        for quoted in _QUOTED.finditer(text):
            before = text[max(0, quoted.start() - _NAMED_REACH) : quoted.start()].translate(_DASHES)
            said = {w.lower() for w in _WORD.findall(before)}
            for period, dated in by_period.items():
                # In apposition: the period, a comma or a bracket, then the quoted name.
                if len(dated) != 1 or not _apposed(before, period):
                    continue
                title = {w.lower() for w in _WORD.findall(dated[0].title)} - STOPWORDS
                if len(title & said) >= _TITLE_WORDS_SAID:
                    found.setdefault(_plain(quoted.group(1)), set()).add(dated[0].id)
    return {
        name: ids.pop() for name, ids in found.items() if len(ids) == 1 and len(name.split()) >= 2
    }


def _apposed(before: str, period: str) -> bool:
    """Whether `before` ends with `period`, then at most three marks (", ", " (")."""
    tail = _APPOSED.search(before)
    assert tail is not None  # matches at the end of any text
    return before[: tail.start()].endswith(period)


def titles_of(
    documents: Mapping[str, Document],
    abbreviations: Mapping[str, str],
    texts: Iterable[str] = (),
) -> Titles:
    """The documents' titles and names; `texts` (the passages) may name documents too
    (`names_in_text`)."""
    bearing: dict[Title, list[str]] = {}
    for doc_id, document in documents.items():
        words = frozenset(w.lower() for w in _WORD.findall(document.title))
        bearing.setdefault((title_acronyms(document, abbreviations), words), []).append(doc_id)
    holding: dict[str, set[Title]] = {}
    with_word: dict[str, set[Title]] = {}
    for title in bearing:
        for acronym in title[0]:
            holding.setdefault(acronym, set()).add(title)
        for word in title[1]:
            with_word.setdefault(word, set()).add(title)
    plain_titles = [_plain(document.title) for document in documents.values()]
    # A name is words of its own title; one other titles hold too ("Joint Health and Wellbeing
    # Strategy") names no one of them.
    unique = {
        name: doc_id
        for doc_id, document in documents.items()
        for name in document_names(document.title)
        if sum(f" {name} " in f" {t} " for t in plain_titles) == 1
    }
    for name, doc_id in names_in_text(texts, documents).items():
        if not any(f" {name} " in f" {t} " for t in plain_titles):
            unique.setdefault(name, doc_id)
    older = {
        doc_id: title
        for title, ids in bearing.items()
        for doc_id in ids
        if documents[doc_id].superseded_by is not None
    }
    return Titles(
        holding={a: frozenset(found) for a, found in holding.items()},
        with_word={w: frozenset(found) for w, found in with_word.items()},
        documents={title: tuple(ids) for title, ids in bearing.items()},
        names=unique,
        older=older,
    )


# What an age word names besides a document noun or acronym: "the old one", "the first version".
_ANY_EDITION = frozenset({"one", "version"})


def _singular(word: str) -> str:
    return word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")


def named_by_age(naming: Sequence[tuple[str, str]], titles: Titles) -> dict[str, str]:
    """The superseded document that "the old strategy" or "the previous ABC plan" names, with
    its age word: each of `naming` is an age word and what it names (`Edition.naming`,
    `Edition.named`), a noun or acronym the one superseded document's title holds (a plural
    noun in the singular). Where several would fit, the words name none of them."""
    found: dict[str, str] = {}
    for age, word in naming:
        lowered = word.lower()
        fits = [
            doc_id
            for doc_id, (acronyms, words) in titles.older.items()
            if lowered in _ANY_EDITION
            or word in acronyms
            or lowered in words
            or _singular(lowered) in words
        ]
        if len(fits) == 1:
            found.setdefault(fits[0], age)
    return found


def named_documents(query: str, titles: Titles, abbreviations: Mapping[str, str]) -> set[str]:
    """The documents the question names, best matches only: those sharing most other words
    with their title."""
    words = _WORD.findall(query)
    typed = _typed_forms(words)
    lowered = {w.lower() for w in words}
    said = {
        a
        for a in titles.holding
        if _may_be_mentioned(a, abbreviations.get(a, a), typed, lowered)
        and names_document(words, a, abbreviations.get(a, a))
    }
    if not said:
        return set()
    named: set[Title] = set().union(*(titles.holding[a] for a in said))
    # A word typed as one of the acronyms naming a title does not count as a shared word; which
    # acronyms those are differs between titles only when the question names several.
    by_own: dict[frozenset[str], set[Title]] = {}
    for title in named if len(said) > 1 else ():
        by_own.setdefault(title[0] & said, set()).add(title)
    groups = by_own.items() if by_own else [(frozenset(said), named)]
    shared: Counter[Title] = Counter()
    for own, group in groups:
        other = {w.lower() for w in words if not _typed(w, own)} - STOPWORDS
        for word in other:
            shared.update(titles.with_word.get(word, frozenset()) & group)
    best = max(shared.values(), default=0)
    chosen = named if best == 0 else {t for t, n in shared.items() if n == best}
    return {d for title in chosen for d in titles.documents[title]}
