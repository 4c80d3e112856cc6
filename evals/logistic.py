"""L2-regularised logistic regression by Newton's method, and grouped cross-validation: enough
to fit the answer models (answer/ranker.py) on a few thousand rows without another dependency.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from answer.ranker import LinearModel

Matrix = npt.NDArray[np.float64]
Vector = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class Rows:
    """Feature rows, their 0/1 labels and the question each row belongs to (for grouped folds)."""

    x: Matrix
    y: Vector
    groups: npt.NDArray[np.int64]


def rows(
    features: Sequence[Sequence[float]], labels: Sequence[bool], groups: Sequence[int]
) -> Rows:
    return Rows(
        np.asarray(features, dtype=np.float64),
        np.asarray(labels, dtype=np.float64),
        np.asarray(groups, dtype=np.int64),
    )


def _sigmoid(z: Vector) -> Vector:
    out: Vector = 1.0 / (1.0 + np.exp(-np.clip(z, -60, 60)))
    return out


def fit_logistic(
    names: Sequence[str], data: Rows, *, l2: float = 1.0, iterations: int = 50
) -> LinearModel:
    """Weights minimising log loss + l2/2 * |w|^2 over standardised features (bias unpenalised)."""
    if len(data.y) == 0 or data.y.min() == data.y.max():
        raise ValueError("fitting needs both positive and negative rows")
    mean = data.x.mean(axis=0)
    scale = data.x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    z = np.hstack([np.ones((len(data.y), 1)), (data.x - mean) / scale])
    w = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], l2)
    penalty[0] = 1e-6
    for _ in range(iterations):
        p = _sigmoid(z @ w)
        gradient = z.T @ (p - data.y) + penalty * w
        hessian = (z * (p * (1 - p))[:, None]).T @ z + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return LinearModel(
        features=tuple(names),
        weights=tuple(float(v) for v in w[1:]),
        bias=float(w[0]),
        mean=tuple(float(v) for v in mean),
        scale=tuple(float(v) for v in scale),
    )


def probabilities(model: LinearModel, x: Matrix) -> Vector:
    w = np.asarray(model.weights)
    z = model.bias + ((x - np.asarray(model.mean)) / np.asarray(model.scale)) @ w
    return _sigmoid(z)


def folds(groups: npt.NDArray[np.int64], k: int) -> list[npt.NDArray[np.bool_]]:
    """`k` held-out masks, each question's rows all in one fold (questions dealt in turn)."""
    unique = np.unique(groups)
    fold_of = {int(g): n % k for n, g in enumerate(unique)}
    assigned = np.array([fold_of[int(g)] for g in groups])
    return [assigned == n for n in range(k)]


def top1_accuracy(scores: Vector, data: Rows) -> float:
    """Share of questions (with at least one positive row) whose best-scored row is positive."""
    hits, total = 0, 0
    for g in np.unique(data.groups):
        mask = data.groups == g
        if data.y[mask].max() == 0:
            continue
        total += 1
        hits += int(data.y[mask][int(np.argmax(scores[mask]))] == 1)
    return hits / total if total else 0.0


def log_loss(p: Vector, y: Vector) -> float:
    p = np.clip(p, 1e-9, 1 - 1e-9)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def cross_validated(names: Sequence[str], data: Rows, k: int = 5) -> Vector:
    """Each row's probability from a model fitted without its question's fold."""
    out = np.zeros(len(data.y))
    for held in folds(data.groups, k):
        train = Rows(data.x[~held], data.y[~held], data.groups[~held])
        out[held] = probabilities(fit_logistic(names, train), data.x[held])
    return out
