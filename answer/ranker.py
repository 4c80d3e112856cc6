"""Fitted logistic models: one ranks candidate spans, one says how likely the best span answers.

The weights are not set by hand: `evals/fit_answer.py` fits them on the train split of every
eval corpus and writes `answer/weights.json`, which records the data, the commit and the
cross-validated figures they came from. Features are standardised with the training data's mean
and scale, stored beside the weights, so a weight reads as the effect of one standard deviation.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

WEIGHTS_FILE = Path(__file__).with_name("weights.json")


class WeightsError(ValueError):
    """weights.json is missing, malformed, or does not fit the features the code computes."""


@dataclass(frozen=True, slots=True)
class LinearModel:
    """A logistic model over named features: P(y=1 | x) = sigmoid(bias + w . (x - mean) / scale)."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]

    def __post_init__(self) -> None:
        n = len(self.features)
        if not n or any(len(v) != n for v in (self.weights, self.mean, self.scale)):
            raise WeightsError(
                f"a model needs one weight, mean and scale per feature; got {n} features, "
                f"{len(self.weights)} weights, {len(self.mean)} means, {len(self.scale)} scales"
            )
        if any(s <= 0 for s in self.scale):
            raise WeightsError("every feature scale must be positive")
        if not all(math.isfinite(v) for v in (*self.weights, *self.mean, self.bias)):
            raise WeightsError("weights, means and bias must be finite numbers")

    def logit(self, x: Sequence[float]) -> float:
        if len(x) != len(self.features):
            raise WeightsError(f"expected {len(self.features)} feature values, got {len(x)}")
        z = self.bias
        for value, w, m, s in zip(x, self.weights, self.mean, self.scale, strict=True):
            z += w * (value - m) / s
        return z

    def probability(self, x: Sequence[float]) -> float:
        z = self.logit(x)
        return 1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "features": list(self.features),
            "weights": [round(w, 6) for w in self.weights],
            "bias": round(self.bias, 6),
            "mean": [round(m, 6) for m in self.mean],
            "scale": [round(s, 6) for s in self.scale],
        }


@dataclass(frozen=True, slots=True)
class AnswerModels:
    span: LinearModel
    """P(a candidate span holds the answer's facts)."""
    refusal: LinearModel
    """P(the best span answers the question); below `answer_above` the answer is a refusal."""
    answer_above: float
    """The threshold on `refusal`, chosen on the train and dev splits of every corpus."""


def parse_models(
    raw: Any, *, span_features: Sequence[str], refusal_features: Sequence[str], source: str
) -> AnswerModels:
    if not isinstance(raw, dict):
        raise WeightsError(f"{source}: expected a mapping with 'span', 'refusal', 'answer_above'")
    span = _model(raw.get("span"), f"{source}: span", span_features)
    refusal = _model(raw.get("refusal"), f"{source}: refusal", refusal_features)
    threshold = raw.get("answer_above")
    if not isinstance(threshold, int | float) or isinstance(threshold, bool):
        raise WeightsError(f"{source}: 'answer_above' must be a number from 0 to 1")
    if not 0.0 <= float(threshold) <= 1.0:
        raise WeightsError(f"{source}: 'answer_above' is {threshold}; it must be from 0 to 1")
    return AnswerModels(span, refusal, float(threshold))


def span_model(raw: Any, *, span_features: Sequence[str], source: str) -> LinearModel:
    """The span model of a weights file's contents alone: what refitting only the refusal
    model keeps, whatever features the file's refusal model was fitted on."""
    if not isinstance(raw, dict):
        raise WeightsError(f"{source}: expected a mapping with 'span', 'refusal', 'answer_above'")
    return _model(raw.get("span"), f"{source}: span", span_features)


def _model(raw: Any, where: str, expected: Sequence[str]) -> LinearModel:
    if not isinstance(raw, dict):
        raise WeightsError(f"{where}: missing; refit with `make fit`")
    features = tuple(raw.get("features", ()))
    if features != tuple(expected):
        raise WeightsError(
            f"{where}: fitted on features {list(features)}, but the code computes "
            f"{list(expected)}; refit with `make fit`"
        )
    try:
        return LinearModel(
            features=features,
            weights=tuple(float(w) for w in raw["weights"]),
            bias=float(raw["bias"]),
            mean=tuple(float(m) for m in raw["mean"]),
            scale=tuple(float(s) for s in raw["scale"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise WeightsError(f"{where}: {exc}; expected weights, bias, mean and scale") from exc


@lru_cache(maxsize=4)
def load_models(path: Path = WEIGHTS_FILE) -> AnswerModels:
    from answer.features import REFUSAL_FEATURES, SPAN_FEATURES

    return parse_models(
        read_weights(path),
        span_features=SPAN_FEATURES,
        refusal_features=REFUSAL_FEATURES,
        source=str(path),
    )


def read_weights(path: Path) -> Any:
    """A weights file's contents, as written; WeightsError when it is missing or not JSON."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise WeightsError(f"{path} is missing; fit it with `make fit`") from exc
    except json.JSONDecodeError as exc:
        raise WeightsError(f"{path} is not valid JSON ({exc}); refit with `make fit`") from exc
