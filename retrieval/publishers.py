"""Which publisher a question names: in a corpus of several councils' papers, "what quorum does
northtown's board keep?" asks about Northtown's papers, however the question is written.

A publisher is named by a word of its name (the manifest's `publisher`) that no other
publisher's name shares, that the documents do not write as a common word (inside their
sentences it is capitalised at least nine times in ten: "Northtown", never "the northtown"),
and that is the publisher's own: at least OWN_SHARE of the passages using it are its papers. A
word the names share ("Council") names no one publisher; nor does a word of one name that the
documents use in lower case ("Public Health"), or that other publishers' papers use as much
("County", where a board's papers speak of the county council). A corpus of one publisher's
papers has no such words, and no question names a publisher in it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping

from index.tokenize import tokenize
from ingest.model import Document

LOWER_SHARE = 0.1
"""A word written in lower case more often than this inside sentences is a common word."""
OWN_SHARE = 0.8
"""The least share of the passages using a word that must be its publisher's for it to name
that publisher."""

# Inside an email or web address: followed by a domain's next part, or after "@", "." or "/".
_ADDRESS = re.compile(r"\.[a-z]")
_JOINS = frozenset("@./")
# Where every word is capitalised: a line's or a sentence's first word, or a bullet's.
_OPENS = re.compile(r"(?:^|[.!?:;\u2022\u00b7-])\s*$")


def publisher_words(
    documents: Mapping[str, Document], passages: Iterable[tuple[str, str | None]]
) -> dict[str, str]:
    """Each word (as a token) that names one publisher, with that publisher's name. `passages`
    are each passage's text with its publisher, read only for the words of one publisher's
    name."""
    names = {d.publisher for d in documents.values() if d.publisher}
    if len(names) < 2:
        return {}
    holders: dict[str, set[str]] = {}
    for name in names:
        for token in set(tokenize(name)):
            holders.setdefault(token, set()).add(name)
    own = {token: next(iter(owners)) for token, owners in holders.items() if len(owners) == 1}
    if not own:
        return {}
    lower, inside, used, owned = _uses(own, passages)
    return {
        t: name
        for t, name in own.items()
        if lower[t] <= LOWER_SHARE * inside[t] and owned[t] >= OWN_SHARE * used[t]
    }


def _uses(
    own: Mapping[str, str], passages: Iterable[tuple[str, str | None]]
) -> tuple[Counter[str], Counter[str], Counter[str], Counter[str]]:
    """Per token: its words inside a sentence in lower case, and at all; the passages using it,
    and those of them its own publisher's."""
    wanted = frozenset(own)
    # A word stemming to a wanted token begins with the token but for its last letter ("healthy"
    # stems to "healthi"): one pass over the text finds the words that may.
    starts = "|".join(sorted({re.escape(t[:-1] if len(t) > 3 else t) for t in wanted}, key=len))
    word = re.compile(rf"\b(?:{starts})[a-z]*\b", re.I)
    lower: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    used: Counter[str] = Counter()
    owned: Counter[str] = Counter()
    for text, publisher in passages:
        here: set[str] = set()
        for m in word.finditer(text):
            if _ADDRESS.match(text, m.end()) or text[max(0, m.start() - 1) : m.start()] in _JOINS:
                # "jo.bloggs@northtown.gov.uk": an address writes its names in lower case.
                continue
            tokens = [t for t in tokenize(m.group(0)) if t in wanted]
            here.update(tokens)
            if _OPENS.search(text, max(0, m.start() - 3), m.start()):
                continue
            for token in tokens:
                inside[token] += 1
                lower[token] += m.group(0)[0].islower()
        for token in here:
            used[token] += 1
            owned[token] += own[token] == publisher
    return lower, inside, used, owned


def named_publishers(question: str, words: Mapping[str, str]) -> tuple[str, ...]:
    """The publishers the question names, in the order it names them."""
    return tuple(dict.fromkeys(words[t] for t in tokenize(question) if t in words))
