"""The features the fitted models (answer/ranker.py) read: general signals of a candidate span
and of the question's best span, none of them a word list for one question.

Span features say how much of the question a span and its passage hold (IDF-weighted), how the
passage was retrieved, whether the span holds the asked-for kind of thing, what kind of passage
it sits in and where. Refusal features say how well the best span and its passage match.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
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

# The first three were chosen on dev of both corpora among larger sets (with the best span's
# dense scores, coverage and margin). How near the question comes to the documents at all was
# added once the fit saw questions about other council services (the corpora's fit-only files):
# at the same 2% of answerable questions refused, cross-validated on train, it raised the share
# of unanswerable ones refused from 0.54 to 0.64. The best BM25 score did no better with it,
# and grows with the size of a corpus, which a similarity does not. The model's similarity is
# low for a question of a word or two (an acronym alone) too, so the threshold refuses at most 1% of
# answerable train and dev questions (evals/fit_answer.py).
REFUSAL_FEATURES: tuple[str, ...] = (
    "best",
    "satisfied",
    "on_target",
    "top_dense",
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


def refusal_features(
    best: float, features: Sequence[float], hits: Sequence[Hit], *, satisfied: bool
) -> tuple[float, ...]:
    """The question's feature vector for the refusal model, in REFUSAL_FEATURES order: the span
    model's probability for the best span (`best`), whether that span holds the asked-for kind
    of thing, any of that span's own `features` (SPAN_FEATURES order) by name, and how near the
    question comes to anything the documents say: the best dense similarity of the `hits`
    weighed ("how do I pay my council tax?" is near nothing a strategy says, whatever span
    scores best among the passages it retrieves)."""
    signals = {
        "best": best,
        "satisfied": float(satisfied),
        "top_dense": max((max(0.0, h.scores.dense) for h in hits), default=0.0),
        **dict(zip(SPAN_FEATURES, features, strict=True)),
    }
    return tuple(signals[name] for name in REFUSAL_FEATURES)
