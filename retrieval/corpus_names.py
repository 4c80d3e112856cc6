"""The names a corpus gives its programmes, bodies and schemes, so a question that types one in
lower case ("what's the budget for cosy homes northtown?") is read as naming it, as it is when
typed in title case.

A name is a title-case phrase of two words or more that the documents write mid-sentence (after
a lower-case word, so neither a heading nor a sentence's first words), or two or more words in
a row of one, and that the documents write in title case nearly always (TITLE_SHARE):
"the Cosy Homes Northtown scheme" gives "Cosy Homes Northtown" and "Cosy Homes", but "public
health", written in lower case a third of the time, is none.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from index.tokenize import cased_terms, tokenize

# After a lower-case word (or that word and a comma or colon) and one space: mid-sentence.
_NAME = re.compile(
    r"\b[a-z][\w'’-]*[,;:]? ([A-Z][a-z][\w'’-]*(?:\s+(?:of|for|and|&)?\s*[A-Z][a-z][\w'’-]*)+)"
)
LONGEST = 6
"""Names longer than this many terms are titles of papers, not names of things."""
TITLE_SHARE = 0.8
"""How much of the time a name's words are written in title case: "Public Health", two times
in three, is a phrase of everyday prose too ("public health advice"), so none."""

Name = tuple[str, ...]


def corpus_names(texts: Iterable[str]) -> frozenset[Name]:
    """The corpus's names, as token sequences (index.tokenize), from its passages' texts."""
    passages = list(texts)
    candidates = {
        run
        for text in passages
        for found in _NAME.finditer(text)
        for run in _runs(tuple(tokenize(found.group(1))))
    }
    if not candidates:
        return frozenset()
    titled, lower = _written(passages, frozenset(candidates))
    return frozenset(name for name, n in titled.items() if n >= TITLE_SHARE * (n + lower[name]))


def _runs(terms: Name) -> list[Name]:
    """The phrase's runs of two terms or more: "Cosy Homes Northtown" names "Cosy Homes" too."""
    if not 1 < len(terms) <= LONGEST:
        return []
    return [terms[i:j] for i in range(len(terms)) for j in range(i + 2, len(terms) + 1)]


def _written(texts: list[str], names: frozenset[Name]) -> tuple[Counter[Name], Counter[Name]]:
    """How often each name's terms run in order in the texts in title case, and otherwise."""
    lengths = sorted({len(n) for n in names})
    firsts = {n[0] for n in names}
    titled: Counter[Name] = Counter()
    lower: Counter[Name] = Counter()
    for text in texts:
        terms = cased_terms(text)
        stems = [stem for stem, _ in terms]
        for i, stem in enumerate(stems):
            if stem not in firsts:
                continue
            for n in lengths:
                run = tuple(stems[i : i + n])
                if run in names:
                    capitals = all(capital for _, capital in terms[i : i + n])
                    (titled if capitals else lower)[run] += 1
    return titled, lower


def names_in(question: str, names: frozenset[Name]) -> list[Name]:
    """The corpus names the question's words run through, longest first where they overlap."""
    if not names:
        return []
    terms = tokenize(question)
    found: list[Name] = []
    i = 0
    while i < len(terms):
        for n in range(min(LONGEST, len(terms) - i), 1, -1):
            run = tuple(terms[i : i + n])
            if run in names:
                found.append(run)
                i += n
                break
        else:
            i += 1
    return found
