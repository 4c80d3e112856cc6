"""Rank fusion of the BM25 and dense signals: pure functions over score arrays."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

Scores = npt.NDArray[np.float32]

RRF_K = 60
"""Cormack, Clarke and Büttcher (SIGIR 2009): k=60 damps the head of each ranking."""


def ranks(scores: Scores) -> npt.NDArray[np.int64]:
    """1-based rank of each entry, highest score first (ties keep input order)."""
    order = np.argsort(-scores, kind="stable")
    out = np.empty(len(scores), dtype=np.int64)
    out[order] = np.arange(1, len(scores) + 1)
    return out


def reciprocal_rank_fusion(signals: list[Scores], *, k: int = RRF_K) -> Scores:
    """sum over signals of 1 / (k + rank): robust to the signals' different scales."""
    fused = np.zeros(len(signals[0]), dtype=np.float64)
    for scores in signals:
        fused += 1.0 / (k + ranks(scores))
    return fused.astype(np.float32)


def min_max(scores: Scores) -> Scores:
    low, high = float(scores.min(initial=0.0)), float(scores.max(initial=0.0))
    if high - low < 1e-9:
        return np.zeros_like(scores)
    return ((scores - low) / (high - low)).astype(np.float32)


def weighted_fusion(signals: list[Scores], weights: list[float]) -> Scores:
    """Convex combination of min-max normalised scores."""
    if len(signals) != len(weights):
        raise ValueError(f"{len(signals)} signals but {len(weights)} weights")
    fused = np.zeros(len(signals[0]), dtype=np.float32)
    for scores, weight in zip(signals, weights, strict=True):
        fused += weight * min_max(scores)
    return fused
