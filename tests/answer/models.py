"""Answer models with plain, hand-readable weights for tests about composition rules.

The shipped models are fitted (answer/weights.json) and change with every refit; tests of how
an answer is put together (which spans are quoted, lists, contacts, refusals) use these instead,
so they pin the mechanism and not one fit. The weights say what a reader would expect: a span
that covers the question, holds the asked-for kind of thing and reads as prose wins; a stock
line or a span about other dates or names loses.
"""

from __future__ import annotations

from answer.features import REFUSAL_FEATURES, SPAN_FEATURES
from answer.ranker import AnswerModels, LinearModel

_SPAN = {
    "span_dense": 1.0,
    "coverage": 3.0,
    "in_passage": 2.0,
    "retrieval": 2.0,
    "fits": 4.0,
    "fits_required": 4.0,
    "fits_roughly": 1.0,
    "looks_the_part": 0.5,
    "on_target": 3.0,
    "prose": 1.5,
    "boilerplate": -2.0,
    "kind_resolution": 1.5,
}
_REFUSAL = {"best": 4.0, "satisfied": 3.0, "on_target": 4.0}


def _model(features: tuple[str, ...], weights: dict[str, float], bias: float) -> LinearModel:
    n = len(features)
    return LinearModel(
        features, tuple(weights.get(f, 0.0) for f in features), bias, (0.0,) * n, (1.0,) * n
    )


PLAIN_MODELS = AnswerModels(
    span=_model(SPAN_FEATURES, _SPAN, -8.0),
    refusal=_model(REFUSAL_FEATURES, _REFUSAL, -8.0),
    answer_above=0.5,
)
