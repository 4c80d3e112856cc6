"""Matching the commitments of two editions: one to one, best first, at a threshold."""

from __future__ import annotations

import numpy as np
import pytest

from index.registers.changes import MatchConfig, blended, compare_editions, lexical_similarity
from index.registers.model import Citation, Commitment


def _row(n: int, text: str) -> Commitment:
    return Commitment(f"p{n}", text, Citation(f"p{n}", "doc", "Doc", None, None, None, None))


OLD = [_row(1, "We will open play areas."), _row(2, "We will plant trees.")]
NEW = [_row(3, "We will open new play areas."), _row(4, "We will clean rivers.")]


def test_each_commitment_matches_at_most_one_best_pair_first() -> None:
    scores = np.array([[0.9, 0.8], [0.85, 0.1]], dtype=np.float32)
    changes = compare_editions(OLD, NEW, scores, MatchConfig(dense_weight=0.7, threshold=0.5))
    assert [(c.old.id, c.new.id) for c in changes.carried] == [("p1", "p3")]
    assert [r.id for r in changes.dropped] == ["p2"]
    assert [r.id for r in changes.new] == ["p4"]
    assert changes.threshold == 0.5


def test_below_the_threshold_nothing_is_carried() -> None:
    scores = np.full((2, 2), 0.59, dtype=np.float32)
    changes = compare_editions(OLD, NEW, scores, MatchConfig(dense_weight=0.7, threshold=0.6))
    assert changes.carried == () and len(changes.dropped) == len(changes.new) == 2


def test_the_blend_weighs_meaning_against_shared_wording() -> None:
    dense = np.zeros((2, 2), dtype=np.float32)
    lexical_only = blended(OLD, NEW, dense, MatchConfig(dense_weight=0.0, threshold=0.6))
    assert lexical_only[0, 0] == pytest.approx(lexical_similarity(OLD[0].text, NEW[0].text))
    assert lexical_only[0, 0] > lexical_only[1, 1] == 0.0
    assert blended(OLD, NEW, dense, MatchConfig(dense_weight=1.0, threshold=0.6)).max() == 0.0


@pytest.mark.parametrize("field", ["dense_weight", "threshold"])
def test_a_weight_or_threshold_outside_0_to_1_is_refused_naming_it(field: str) -> None:
    with pytest.raises(ValueError, match=field):
        MatchConfig(**{"dense_weight": 0.7, "threshold": 0.6, field: 1.5})
