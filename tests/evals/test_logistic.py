"""The logistic fit behind the answer models: it learns a separable signal, keeps each
question's rows in one fold, and scores top-1 by question."""

from __future__ import annotations

import numpy as np
import pytest

from evals.logistic import (
    cross_validated,
    fit_logistic,
    folds,
    probabilities,
    rows,
    top1_accuracy,
)


def _data() -> tuple[list[list[float]], list[bool], list[int]]:
    rng = np.random.default_rng(0)
    x, y, groups = [], [], []
    for g in range(40):
        for n in range(5):
            good = n == 0
            x.append([float(good) + rng.normal(0, 0.3), rng.normal(0, 1)])
            y.append(good)
            groups.append(g)
    return x, y, groups


def test_a_separable_signal_is_learned_and_the_noise_is_not() -> None:
    data = rows(*_data())
    model = fit_logistic(("signal", "noise"), data)
    assert model.weights[0] > 2.0
    assert abs(model.weights[1]) < 0.5
    assert top1_accuracy(probabilities(model, data.x), data) > 0.95
    assert top1_accuracy(cross_validated(("signal", "noise"), data), data) > 0.9


def test_each_questions_rows_stay_in_one_fold() -> None:
    groups = np.array([0, 0, 1, 1, 2, 2, 3, 3, 4], dtype=np.int64)
    masks = folds(groups, 2)
    for g in np.unique(groups):
        assert sum(bool(m[groups == g].all()) for m in masks) == 1


def test_fitting_needs_both_labels() -> None:
    x, _, groups = _data()
    with pytest.raises(ValueError, match="both positive and negative"):
        fit_logistic(("signal", "noise"), rows(x, [False] * len(x), groups))
