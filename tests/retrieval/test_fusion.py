from __future__ import annotations

import numpy as np

from retrieval.fusion import RRF_K, ranks, reciprocal_rank_fusion, weighted_fusion


def test_ranks_are_one_based_highest_first() -> None:
    assert ranks(np.array([0.1, 0.9, 0.5], dtype=np.float32)).tolist() == [3, 1, 2]


def test_rrf_rewards_agreement_between_signals() -> None:
    bm25 = np.array([3.0, 2.0, 1.0], dtype=np.float32)
    dense = np.array([0.2, 0.9, 0.1], dtype=np.float32)
    fused = reciprocal_rank_fusion([bm25, dense])
    assert int(np.argmax(fused)) in (0, 1)
    assert fused[2] == np.float32(2 / (RRF_K + 3))


def test_weighted_fusion_normalises_each_signal() -> None:
    fused = weighted_fusion(
        [np.array([100.0, 0.0], dtype=np.float32), np.array([0.0, 1.0], dtype=np.float32)],
        [0.5, 0.5],
    )
    assert np.allclose(fused, [0.5, 0.5])
