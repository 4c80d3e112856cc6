"""Where a text defines a term ("Reablement - ...", "Active travel is ...") or states the thing
an open question asks of ("Our vision is ...").

Built once per question, it compiles nothing: a regular expression made for each question took
about 1.1 ms to compile, as long as the rest of reading the question, and every definition and
open question paid it. The term's rarest word is found as a literal; what must come after it
(a dash, a colon or a defining verb) is one module pattern, and what must come before it (the
start of a sentence or item, or "called") is read back from its place with string tests.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from index.tokenize import STOPWORDS, tokenize, words

# What follows the term: an optional bracketed acronym, then a dash or colon, or a defining
# verb (a plural term takes the plural verb: "ACEs refer to ...", "Hubs mean ...").
_STATES = re.compile(
    r"\s*(?:\([^)]{1,40}\)\s*)?"
    r"(?:[-–—:]\s|(?:is|are|means?|refers? to|can be defined as|(?:is|are) defined as)\b)",
    re.IGNORECASE,
)
_WORD_REST = re.compile(r"\w*")
_SPACE = re.compile(r"\s+")
# Before the term: the article a text may state it with ("Our vision is ..."), and the words
# that name a description first ("a summary measure called the street score").
_ARTICLES = ("the", "our", "its", "their")
_NAMING = ("called", "known as", "termed")
_NAMED_ARTICLES = ("the", "an", "a")
_ITEM_ENDS = ".;:•"


@dataclass(frozen=True, slots=True)
class Defining:
    """The rarest word of a term, with the term's words before and after it (each optional)."""

    rarest: str
    lead: tuple[str, ...]
    tail: tuple[str, ...]

    def found_in(self, text: str) -> bool:
        """Whether `text` defines the term, or states it, at the start of a sentence or item."""
        folded = _lower(text)
        naming = any(w in folded for w in _NAMING)
        start = folded.find(self.rarest)
        while start != -1:
            if self._at(text, folded, start, naming=naming):
                return True
            start = folded.find(self.rarest, start + 1)
        return False

    def _at(self, text: str, folded: str, start: int, *, naming: bool) -> bool:
        if start and _is_word(text[start - 1]):
            return False
        # Cheapest first: a word in running text is seldom followed by a defining verb or dash.
        word_end = _WORD_REST.match(text, start + len(self.rarest))
        assert word_end is not None  # \w* matches everywhere
        stated = any(_STATES.match(text, at) for at in self._closings(folded, word_end.end()))
        if not stated and not naming:
            return False
        opens = self._openings(folded, start)
        if stated and any(_opens_before(folded, at) for at in opens):
            return True
        return naming and any(_named_before(folded, at) for at in opens)

    def _openings(self, folded: str, start: int) -> list[int]:
        """Where the term may begin: at its rarest word, or at each of the words before it
        found in order before that (any of them may be left out)."""
        found = [start]
        for word in reversed(self.lead):
            found += _after_word(folded, found[-1], (word,))
        return found

    def _closings(self, folded: str, end: int) -> list[int]:
        """Where the term may end: after its rarest word, or after each of the words after it
        found in order (any of them may be left out)."""
        found = [end]
        at = end
        for word in self.tail:
            space = _SPACE.match(folded, at)
            if space is not None and folded.startswith(word, space.end()):
                at = space.end() + len(word)
                found.append(at)
        return found


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


def _after_word(folded: str, at: int, choices: tuple[str, ...]) -> list[int]:
    """Where each of `choices` begins that ends, with at least one space after it, at `at`."""
    gap = at
    while gap > 0 and folded[gap - 1].isspace():
        gap -= 1
    if gap == at:
        return []
    return [gap - len(w) for w in choices if folded.endswith(w, 0, gap)]


def _opens_before(folded: str, at: int) -> bool:
    """Whether a sentence or list item opens just before `at`: the text's start, a line break
    or a full stop, semicolon, colon or bullet with a space after it, then any marks (an
    opening quote), then an optional article. So "the WHO defines mental health as" is no
    definition of health."""
    for here in (at, *_after_word(folded, at, _ARTICLES)):
        run = here
        while run > 0 and not _is_word(folded[run - 1]):
            run -= 1
        marks = folded[run:here]
        if run == 0 or "\n" in marks:
            return True
        if any(c in _ITEM_ENDS and marks[i + 1 : i + 2].isspace() for i, c in enumerate(marks)):
            return True
    return False


def _named_before(folded: str, at: int) -> bool:
    """Whether a description names the term just before `at` ("a measure called the ...")."""
    for here in (at, *_after_word(folded, at, _NAMED_ARTICLES)):
        for begins in _after_word(folded, here, _NAMING):
            if begins == 0 or not _is_word(folded[begins - 1]):
                return True
    return False


def _lower(text: str) -> str:
    """`text` in lower case, character for character: a few characters lower to two ("İ"), and
    positions found in the lowered text must hold in the text itself."""
    folded = text.lower()
    if len(folded) == len(text):
        return folded
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def defining_pattern(term: str, idf: Callable[[str], float]) -> Defining | None:
    """Where a text defines the rarest word of `term`: at the start of a sentence or item,
    followed by a dash or colon (after an optional bracketed acronym), or followed by "is",
    "means" or "refers to"; or after the description it names ("a measure called ..."). The
    term's words before its rarest may open it ("Active travel is ..."), and its words after
    ("overall vision" is stated as such whichever word is the rarer)."""
    term_words = words(term)
    candidates = [w for w in term_words if w not in STOPWORDS and len(w) > 2]
    if not candidates:
        return None
    rarest = max(candidates, key=lambda w: max((idf(t) for t in tokenize(w)), default=0.0))
    at = term_words.index(rarest)
    return Defining(rarest, tuple(term_words[:at]), tuple(term_words[at + 1 :]))
