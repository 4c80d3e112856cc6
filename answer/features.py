"""The features the fitted models (answer/ranker.py) read: general signals of a candidate span
and of the question's best span, none of them a word list for one question.

Span features say how much of the question a span and its passage hold (IDF-weighted), how the
passage was retrieved, whether the span holds the asked-for kind of thing, what kind of passage
it sits in and where. Refusal features say how well the best span and its passage match.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from answer.fit import PARTIAL_FIT
from ingest.sentences import prose_share
from question.model import REQUIRED, AnswerType
from retrieval.search import Hit

# Passage kinds that carry an answer in their structure; the others are prose or headings.
_KIND_FEATURES = ("resolution", "action", "table_row", "contact", "list", "heading", "commitment")

SPAN_FEATURES: tuple[str, ...] = (
    "span_dense",
    "coverage",
    "in_passage",
    "retrieval",
    "dense",
    "bm25",
    "hit_rank",
    "fits",
    "fits_roughly",
    "looks_the_part",
    "fits_required",
    "on_target",
    "prose",
    "boilerplate",
    "first_sentence",
    "length",
    *(f"kind_{k}" for k in _KIND_FEATURES),
)

# Chosen on dev of both corpora among larger sets (with the best span's dense scores, coverage
# and margin): these three refused more unanswerable questions there and no more answerable.
REFUSAL_FEATURES: tuple[str, ...] = (
    "best",
    "satisfied",
    "on_target",
)


@dataclass(frozen=True, slots=True)
class SpanSignals:
    """What `answer.scoring.candidates` measures of one span, before any weighting."""

    span_dense: float
    """Cosine similarity of the span's own vector (index/sentences.py) to the question's."""
    coverage: float
    in_passage: float
    fit: float
    on_target: bool
    boilerplate: bool
    first_sentence: bool


def span_features(
    signals: SpanSignals, hit: Hit, hit_rank: int, text: str, kind: AnswerType, top: float
) -> tuple[float, ...]:
    """One span's feature vector, in SPAN_FEATURES order. `top`: the best shown hit's score."""
    best_bm25 = max(hit.scores.bm25, 0.0)
    fits = signals.fit == 1.0
    return (
        signals.span_dense,
        signals.coverage,
        signals.in_passage,
        max(0.0, hit.score) / (top or 1.0),
        max(0.0, hit.scores.dense),
        math.log1p(best_bm25),
        1.0 / (1 + hit_rank),
        float(fits),
        float(signals.fit == PARTIAL_FIT),
        float(signals.fit == 0.5),
        float(fits and kind in REQUIRED),
        float(signals.on_target),
        prose_share(text),
        float(signals.boilerplate),
        float(signals.first_sentence),
        math.log1p(len(text)) / 6.0,
        *(float(hit.passage.kind == k) for k in _KIND_FEATURES),
    )


def refusal_features(best: float, *, satisfied: bool, on_target: bool) -> tuple[float, ...]:
    """The question's feature vector for the refusal model, in REFUSAL_FEATURES order: the span
    model's probability for the best span, whether that span holds the asked-for kind of thing,
    and whether its passage is about the dates and names the question names."""
    return (best, float(satisfied), float(on_target))
