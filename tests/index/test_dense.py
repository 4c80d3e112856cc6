"""Passage vectors: a passage's text vector with its context's added at CONTEXT_WEIGHT."""

from __future__ import annotations

import numpy as np

from index.dense import CONTEXT_WEIGHT, with_context
from index.embedder import Vectors


def _unit(*values: float) -> Vectors:
    v = np.array(values, dtype=np.float32)
    unit: Vectors = v / np.linalg.norm(v)
    return unit


def test_blended_vectors_are_unit_length_and_lean_towards_their_context() -> None:
    text, context = _unit(1, 0, 0), _unit(0, 1, 0)
    blended = with_context(text[None], context[None])[0]
    assert abs(float(np.linalg.norm(blended)) - 1) < 1e-6
    assert blended @ text > blended @ context > 0
    assert abs(float(blended[1] / blended[0]) - CONTEXT_WEIGHT) < 1e-6


def test_a_passage_without_context_keeps_its_text_vector() -> None:
    text = _unit(0.3, 0.4, 0.5)
    blended = with_context(text[None], np.zeros((1, 3), dtype=np.float32))[0]
    assert np.allclose(blended, text)
