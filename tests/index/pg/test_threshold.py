"""The threshold algorithm over impact blocks finds exactly the full scan's top passages."""

from __future__ import annotations

import numpy as np
import pytest

from index.pg.impacts import ImpactLayout, score_rows
from index.pg.threshold import ThresholdConfig, ThresholdTopK

Postings = dict[int, tuple[np.ndarray, np.ndarray]]


def _postings(rng: np.random.Generator, rows: int, terms: int) -> Postings:
    postings: Postings = {}
    for term in range(terms):
        df = int(rng.integers(1, rows))
        held = np.sort(rng.choice(rows, size=df, replace=False))
        # Few distinct weights, so ties at the cut are common.
        weights = rng.choice(np.linspace(0.1, 3.0, 12), size=df).astype(np.float32)
        postings[term] = (held.astype(np.int64), weights)
    return postings


def _full_scan(postings: Postings, tokens: list[int], rows: int) -> np.ndarray:
    scores = np.zeros(rows, dtype=np.float32)
    for token in tokens:
        held, weights = postings[token]
        np.add.at(scores, held, weights)
    return scores


def _top(
    postings: Postings,
    tokens: list[int],
    n: int,
    allowed: np.ndarray | None,
    layout: ImpactLayout,
    config: ThresholdConfig,
    rows: int,
) -> tuple[list[int], list[float], int]:
    blocks = {t: list(layout.blocks(*postings[t])) for t in set(tokens)}
    df = {t: len(postings[t][0]) for t in blocks}
    search = ThresholdTopK(tokens, df, n, rows, allowed, config)
    rounds = 0
    while wanted := search.wanted():
        rounds += 1
        assert rounds <= 1000
        for term, block in wanted:
            number, held, weights = blocks[term][block]
            assert number == block
            search.add(term, held, weights)
    found = search.candidates()
    forward = _forward(postings, rows)
    looked_up = score_rows(
        tokens,
        found.to_look_up,
        [forward[r][0] for r in found.to_look_up],
        [forward[r][1] for r in found.to_look_up],
    )
    scored = found.scored | looked_up
    best = sorted(scored.items(), key=lambda item: (-item[1], item[0]))[:n]
    return [r for r, _ in best], [float(s) for _, s in best], rounds


def _forward(postings: Postings, rows: int) -> dict[int, tuple[bytes, bytes]]:
    per_row: dict[int, list[tuple[int, float]]] = {r: [] for r in range(rows)}
    for term, (held, weights) in sorted(postings.items()):
        for row, weight in zip(held.tolist(), weights.tolist(), strict=True):
            per_row[row].append((term, weight))
    return {
        row: (
            np.array([t for t, _ in pairs], dtype="<i4").tobytes(),
            np.array([w for _, w in pairs], dtype="<f4").tobytes(),
        )
        for row, pairs in per_row.items()
    }


@pytest.mark.parametrize("seed", range(12))
def test_the_top_passages_and_their_scores_equal_the_full_scan(seed: int) -> None:
    rng = np.random.default_rng(seed)
    rows, n = 600, int(rng.integers(1, 60))
    postings = _postings(rng, rows, 8)
    tokens = [int(t) for t in rng.integers(0, 8, size=int(rng.integers(1, 7)))]
    allowed = rng.random(rows) < 0.5 if seed % 3 == 0 else None
    layout = ImpactLayout(first_block=int(rng.integers(1, 40)), growth=int(rng.integers(1, 4)))
    config = ThresholdConfig(deepen_share=float(rng.uniform(0.2, 1)), candidate_cap=50)
    ids, scores, _ = _top(postings, tokens, n, allowed, layout, config, rows)

    full = _full_scan(postings, tokens, rows)
    if allowed is not None:
        full = np.where(allowed, full, 0)
    expected = sorted(
        ((r, s) for r, s in enumerate(full.tolist()) if s > 0), key=lambda item: (-item[1], item[0])
    )[:n]
    assert ids == [r for r, _ in expected]
    assert scores == [s for _, s in expected]


def test_a_query_of_rare_terms_is_decided_by_the_first_blocks() -> None:
    rng = np.random.default_rng(1)
    rows = 5000
    postings = {
        0: (np.arange(0, rows, 50, dtype=np.int64), np.full(100, 5.0, dtype=np.float32)),
        1: (np.arange(rows, dtype=np.int64), rng.uniform(0.01, 0.2, rows).astype(np.float32)),
    }
    ids, _, rounds = _top(
        postings, [0, 1], 10, None, ImpactLayout(first_block=128), ThresholdConfig(), rows
    )
    assert rounds == 1
    assert all(r % 50 == 0 for r in ids)


def test_looked_up_rows_sum_their_weights_in_token_order() -> None:
    term_ids = [np.array([2, 5, 9], dtype="<i4").tobytes(), b""]
    weights = [np.array([0.1, 0.7, 1e8], dtype="<f4").tobytes(), b""]
    scores = score_rows([9, 5, 2, 5, 11], [4, 8], term_ids, weights)
    expected = np.float32(0)
    for w in (1e8, 0.7, 0.1, 0.7):
        expected = np.float32(expected + np.float32(w))
    assert scores == {4: expected, 8: np.float32(0)}


def test_a_layout_that_cannot_cut_blocks_is_refused() -> None:
    with pytest.raises(ValueError, match="first_block"):
        ImpactLayout(first_block=0)
    with pytest.raises(ValueError, match="deepen_share"):
        ThresholdConfig(deepen_share=0)
