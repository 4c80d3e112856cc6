"""What an answer is: text with [n] markers, the citations behind them, and how sure it is."""

from __future__ import annotations

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


REFUSAL = "The documents don't say. The closest passages are listed below."
# With nothing close enough to list, pointing at "passages below" would send readers looking
# for something that is not there.
REFUSAL_NOTHING_CLOSE = "The documents don't say, and no passage comes close to the question."
