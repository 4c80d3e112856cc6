"""Candidate scoring's memories filled when an index is loaded, before the first question.

Scoring a sentence stems it and looks in it for dates, figures and the signs of each kind of
answer; each result is remembered by the sentence's text (functools caches), so a question
that retrieves a sentence seen before skips that work. A new process has seen none, and its
first questions pay for every sentence they touch: on the shipped index a new question's ask
took 6.8 ms in a fresh process and 6.2-6.4 ms once every sentence had been scored, p50 of 162
questions, embedding included. Warming scores each sentence once, with the scoring code
itself, so what is remembered is what questions use.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from answer.fit import looks_like
from answer.people import named_spans
from answer.scoring import AnswerConfig, candidates
from ingest.model import Document, Passage
from ingest.sentences import sentence_spans
from question.model import AnswerType
from question.read import read_question
from retrieval.search import Hit

WARM_SENTENCES = 2900
"""Sentences warmed at most: the per-kind memory (answer.fit.looks_like) holds 32,768 entries,
one per kind and sentence, and a larger index is warmed by use instead."""

# A question with no words of its own, asking for a figure: scoring measures every sentence as
# any question would, and a figure question also masks each one's dates and labels.
_NEUTRAL = "what is it"


def warm(passages: Sequence[Passage], documents: dict[str, Document], *, sentences: int) -> int:
    """Score up to `sentences` sentences of `passages`, in order, for a neutral figure question,
    and test each for every kind of answer and for the people it names; how many were warmed."""
    question = read_question(_NEUTRAL, idf=lambda _: 0.0, kind=AnswerType.NUMBER)
    config = AnswerConfig()
    warmed = 0
    for hits in _batches(passages, documents, sentences, config.passages):
        candidates(question, hits, {}, config, score=lambda _: 0.0)
        for hit in hits:
            text = hit.passage.text
            for start, end in sentence_spans(text):
                for kind in AnswerType:
                    looks_like(kind, text[start:end])
                named_spans(text[start:end])
                warmed += 1
    return warmed


def _batches(
    passages: Sequence[Passage], documents: dict[str, Document], budget: int, size: int
) -> Iterator[list[Hit]]:
    """The passages as hits, `size` at a time, until their sentences would pass `budget`."""
    batch: list[Hit] = []
    left = budget
    for passage in passages:
        count = len(sentence_spans(passage.text))
        if count > left:
            break
        left -= count
        batch.append(Hit(passage, documents[passage.document_id], 1.0))
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
