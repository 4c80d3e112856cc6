"""The fitted answer models: the shipped file fits the features the code computes, and a file
that does not, or is malformed, fails naming what is wrong and how to fix it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from answer.features import REFUSAL_FEATURES, SPAN_FEATURES
from answer.ranker import WEIGHTS_FILE, LinearModel, WeightsError, load_models, parse_models


def _model(features: tuple[str, ...]) -> dict[str, Any]:
    n = len(features)
    return {"features": list(features), "weights": [0.5] * n, "bias": -1.0,
            "mean": [0.0] * n, "scale": [1.0] * n}  # fmt: skip


def _raw(**overrides: Any) -> dict[str, Any]:
    raw = {"span": _model(SPAN_FEATURES), "refusal": _model(REFUSAL_FEATURES), "answer_above": 0.3}
    raw.update(overrides)
    return raw


def _parse(raw: Any) -> None:
    parse_models(
        raw, span_features=SPAN_FEATURES, refusal_features=REFUSAL_FEATURES, source="w.json"
    )


def test_the_shipped_weights_fit_the_features_and_record_where_they_came_from() -> None:
    models = load_models()
    assert models.span.features == SPAN_FEATURES
    assert models.refusal.features == REFUSAL_FEATURES
    assert 0.0 < models.answer_above < 1.0
    body = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    assert set(body["fitted_on"]) == {"shipped", "second_council"}
    assert all(v["span_and_refusal_fit"] == "train" for v in body["fitted_on"].values())
    assert body["commit"] and body["cross_validated"]["span_rows"] > 1000


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ([], "expected a mapping"),
        (_raw(span=None), "span: missing; refit with `make fit`"),
        (_raw(span=_model(("coverage",))), r"fitted on features \['coverage'\].*refit"),
        (_raw(answer_above=1.5), "'answer_above' is 1.5; it must be from 0 to 1"),
        (_raw(answer_above=True), "'answer_above' must be a number"),
        (_raw(refusal={**_model(REFUSAL_FEATURES), "bias": "x"}), "refusal: could not convert"),
    ],
)
def test_a_bad_weights_file_fails_naming_the_problem(raw: Any, message: str) -> None:
    with pytest.raises(WeightsError, match=message):
        _parse(raw)


def test_a_model_rejects_mismatched_or_degenerate_parameters() -> None:
    with pytest.raises(WeightsError, match="one weight, mean and scale per feature"):
        LinearModel(("a", "b"), (1.0,), 0.0, (0.0, 0.0), (1.0, 1.0))
    with pytest.raises(WeightsError, match="scale must be positive"):
        LinearModel(("a",), (1.0,), 0.0, (0.0,), (0.0,))
    model = LinearModel(("a",), (2.0,), -1.0, (1.0,), (0.5,))
    assert model.probability((1.5,)) == pytest.approx(1 / (1 + 2.718281828**-1), rel=1e-6)
    with pytest.raises(WeightsError, match="expected 1 feature values, got 2"):
        model.probability((1.0, 2.0))


def test_a_missing_or_corrupt_weights_file_says_to_refit(tmp_path: Path) -> None:
    with pytest.raises(WeightsError, match="missing; fit it with `make fit`"):
        load_models(tmp_path / "none.json")
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(WeightsError, match="not valid JSON"):
        load_models(broken)
