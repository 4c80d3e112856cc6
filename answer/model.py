"""What an answer is: text with [n] markers, the citations behind them, and how sure it is."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ingest.model import Document, Passage


@dataclass(frozen=True, slots=True)
class Citation:
    n: int
    passage: Passage
    document: Document
    quote: str
    """The exact supporting span: always a substring of passage.text."""


@dataclass(frozen=True, slots=True)
class Answer:
    text: str
    citations: list[Citation]
    confidence: float
    refused: bool


@dataclass(frozen=True, slots=True)
class Stretch:
    """A stretch of a passage's text that an answer quotes."""

    passage: Passage
    start: int
    end: int


def quoted(citations: list[Citation], confidence: float) -> Answer:
    """The answer that is its citations' quotes, each followed by its marker."""
    text = " ".join(f"{c.quote} [{c.n}]" for c in citations)
    return Answer(text, citations, confidence, refused=False)


def quoted_stretches(stretches: Sequence[Stretch], document: Document, confidence: float) -> Answer:
    """The answer quoting each stretch (trimmed) of `document`'s passages, one citation each."""
    citations = [
        Citation(n, s.passage, document, s.passage.text[s.start : s.end].strip())
        for n, s in enumerate(stretches, 1)
    ]
    return quoted(citations, confidence)


REFUSAL = "The documents don't say. The closest passages are listed below."
# With nothing close enough to list, pointing at "passages below" would send readers looking
# for something that is not there.
REFUSAL_NOTHING_CLOSE = "The documents don't say, and no passage comes close to the question."
