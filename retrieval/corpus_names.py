"""The names a corpus gives its programmes, bodies and schemes, so a question that types one in
lower case ("what's the budget for warm homes northtown?") is read as naming it, as it is when
typed in title case.

A name is a title-case phrase of two words or more that the documents write mid-sentence (after
a lower-case word, so neither a heading nor a sentence's first words), and write in title case
at least as often as in lower case: "the Warm Homes Northtown scheme" is a name, "public health"
written "Public Health" in a few headings is not.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from index.tokenize import tokenize

# After a lower-case word (or that word and a comma or colon) and one space: mid-sentence.
_NAME = re.compile(
    r"\b[a-z][\w'’-]*[,;:]? ([A-Z][a-z][\w'’-]*(?:\s+(?:of|for|and|&)?\s*[A-Z][a-z][\w'’-]*)+)"
)
LONGEST = 6
"""Names longer than this many terms are titles of papers, not names of things."""


def corpus_names(texts: Iterable[str]) -> frozenset[tuple[str, ...]]:
    """The corpus's names, as token sequences (index.tokenize), from its passages' texts."""
    passages = list(texts)
    titled: Counter[tuple[str, ...]] = Counter()
    for text in passages:
        for found in _NAME.finditer(text):
            terms = tuple(tokenize(found.group(1)))
            if 1 < len(terms) <= LONGEST:
                titled[terms] += 1
    if not titled:
        return frozenset()
    written = _occurrences(passages, frozenset(titled))
    return frozenset(name for name, n in titled.items() if 2 * n >= written[name])


def _occurrences(
    texts: Sequence[str], names: frozenset[tuple[str, ...]]
) -> Counter[tuple[str, ...]]:
    """How often each name's terms run in order in the texts, in any case."""
    lengths = sorted({len(n) for n in names})
    firsts = {n[0] for n in names}
    seen: Counter[tuple[str, ...]] = Counter()
    for text in texts:
        terms = tokenize(text)
        for i, term in enumerate(terms):
            if term not in firsts:
                continue
            for n in lengths:
                run = tuple(terms[i : i + n])
                if run in names:
                    seen[run] += 1
    return seen


def names_in(question: str, names: frozenset[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The corpus names the question's words run through, longest first where they overlap."""
    if not names:
        return []
    terms = tokenize(question)
    found: list[tuple[str, ...]] = []
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
