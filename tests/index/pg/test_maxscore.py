"""The MaxScore bound over term columns finds exactly the full scan's top passages."""

from __future__ import annotations

import numpy as np
import pytest

from index.pg.columns import Column, ColumnCache, ColumnConfig, column, weights_at
from index.pg.impacts import ImpactLayout
from index.pg.maxscore import BoundConfig, best, exact_scores

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


def _columns(
    postings: Postings, rows: int, layout: ImpactLayout, config: ColumnConfig
) -> dict[int, Column]:
    """Each term's column made from its impact blocks, as a query reads them."""
    return {
        t: column([(r, w) for _, r, w in layout.blocks(held, weights)], rows, config)
        for t, (held, weights) in postings.items()
    }


def _full_scan(
    postings: Postings, tokens: list[int], rows: int, n: int, allowed: np.ndarray | None
) -> tuple[list[int], list[float]]:
    scores = np.zeros(rows, dtype=np.float32)
    for token in tokens:
        held, weights = postings[token]
        scores[held] += weights
    if allowed is not None:
        scores = np.where(allowed, scores, 0)
    expected = sorted(
        ((r, s) for r, s in enumerate(scores.tolist()) if s > 0), key=lambda i: (-i[1], i[0])
    )[:n]
    return [r for r, _ in expected], [s for _, s in expected]


@pytest.mark.parametrize("seed", range(12))
def test_the_top_passages_and_their_scores_equal_the_full_scan(seed: int) -> None:
    rng = np.random.default_rng(seed)
    rows, n = 600, int(rng.integers(1, 60))
    postings = _postings(rng, rows, 8)
    tokens = [int(t) for t in rng.integers(0, 8, size=int(rng.integers(1, 7)))]
    allowed = rng.random(rows) < 0.5 if seed % 3 == 0 else None
    layout = ImpactLayout(first_block=int(rng.integers(1, 40)), growth=int(rng.integers(1, 4)))
    config = ColumnConfig(dense_share=float(rng.uniform(0.05, 1)))
    bound = BoundConfig(reseed=int(rng.integers(1, 5)))
    found = best(tokens, _columns(postings, rows, layout, config), n, rows, allowed, bound)

    ids, scores = _full_scan(postings, tokens, rows, n, allowed)
    assert found.rows.tolist() == ids
    assert found.scores.tolist() == scores


def _three_terms(rows: int) -> Postings:
    """A rare heavy term in rows 0 to 9; a common light term everywhere but row 3, heaviest in
    rows 5 and 7; another common light term in every row."""
    common = np.full(rows, 0.2, dtype=np.float32)
    common[[5, 7]] = 0.95
    held = np.array([r for r in range(rows) if r != 3], dtype=np.int64)
    return {
        0: (np.arange(10, dtype=np.int64), np.linspace(5.0, 4.1, 10).astype(np.float32)),
        1: (held, common[held]),
        2: (np.arange(rows, dtype=np.int64), np.full(rows, 0.1, dtype=np.float32)),
    }


def test_common_terms_left_out_of_the_scan_are_read_by_row_for_the_candidates() -> None:
    rows = 2000
    postings = _three_terms(rows)
    columns = _columns(postings, rows, ImpactLayout(), ColumnConfig(dense_share=0.5))
    found = best([0, 1, 2], columns, 5, rows, None, BoundConfig())

    assert found.postings_summed == 10
    assert found.rows.tolist() == _full_scan(postings, [0, 1, 2], rows, 5, None)[0]
    assert found.rows.tolist() == [5, 7, 0, 1, 2]


def test_a_row_reaching_the_threshold_only_through_left_out_terms_is_kept() -> None:
    rows = 2000
    postings = _three_terms(rows)
    columns = _columns(postings, rows, ImpactLayout(), ColumnConfig(dense_share=0.5))
    # Rows 0 to 2 lead on the rare term and set the threshold; rows 5 and 7, below them on it,
    # pass them only through the common term's heavy weights, which are never scanned.
    found = best([0, 1, 2], columns, 3, rows, None, BoundConfig())

    assert found.rows.tolist() == [5, 7, 0]
    assert found.rows.tolist() == _full_scan(postings, [0, 1, 2], rows, 3, None)[0]


def test_a_query_of_common_terms_alone_sums_them_all() -> None:
    rows = 2000
    postings = _three_terms(rows)
    columns = _columns(postings, rows, ImpactLayout(), ColumnConfig(dense_share=0.5))
    found = best([1, 2], columns, 3, rows, None, BoundConfig())

    assert found.postings_summed == 2 * rows - 1
    assert found.rows.tolist() == [5, 7, 0]


def test_the_best_candidates_raise_the_threshold_before_the_rest_are_scored() -> None:
    rows = 5000
    common = np.full(rows, 0.1, dtype=np.float32)
    common[1000:1100] = 3.0
    postings = {
        0: (np.arange(200, dtype=np.int64), np.ones(200, dtype=np.float32)),
        1: (np.arange(rows, dtype=np.int64), common),
    }
    columns = _columns(postings, rows, ImpactLayout(), ColumnConfig(dense_share=0.5))
    # The rare term's rows seed a threshold of 1.1; the common term, too heavy to leave out,
    # makes rows 0 to 199 and 1000 to 1099 candidates, and only the latter can be best.
    once = best([0, 1], columns, 10, rows, None, BoundConfig(reseed=rows))
    again = best([0, 1], columns, 10, rows, None, BoundConfig(reseed=4))

    assert once.rows.tolist() == again.rows.tolist() == list(range(1000, 1010))
    assert once.scores.tolist() == again.scores.tolist()
    assert (once.candidates, again.candidates) == (310, 150)


@pytest.mark.parametrize("asked", [[3, 40], list(range(0, 600, 2))])
def test_a_columns_weight_is_read_at_any_row_sparse_or_dense(asked: list[int]) -> None:
    rows = 600
    held = np.arange(0, rows, 3, dtype=np.int32)
    weights = (held / 100).astype(np.float32)
    blocks = [(r, w) for _, r, w in ImpactLayout(first_block=16).blocks(held, weights)]
    sparse = column(blocks, rows, ColumnConfig(dense_share=0.9))
    dense = column(blocks, rows, ColumnConfig(dense_share=0.1))
    at = np.array(asked, dtype=np.int64)
    expected = np.where(at % 3 == 0, (at / 100).astype(np.float32), np.float32(0))

    assert sparse.rows is not None and dense.rows is None
    for found in weights_at([sparse, dense], at, rows):
        assert found.tolist() == expected.tolist()


def test_exact_scores_sum_the_weights_in_token_order() -> None:
    rows = 10
    columns = {
        2: Column(np.array([4]), np.array([0.1], dtype=np.float32), 0.1, 1),
        5: Column(np.array([4]), np.array([0.7], dtype=np.float32), 0.7, 1),
        9: Column(np.array([4]), np.array([1e8], dtype=np.float32), 1e8, 1),
        11: Column(np.array([], dtype=np.int64), np.array([], dtype=np.float32), 0.0, 0),
    }
    scores = exact_scores([9, 5, 2, 5, 11], columns, np.array([4, 8]), rows)
    expected = np.float32(0)
    for w in (1e8, 0.7, 0.1, 0.7):
        expected = np.float32(expected + np.float32(w))
    assert scores.tolist() == [expected, 0.0]


def test_the_least_recently_used_column_leaves_first_when_the_budget_is_full() -> None:
    def made(size: int) -> Column:
        return Column(None, np.zeros(size, dtype=np.float32), 0.0, 0)

    cache = ColumnCache(max_bytes=30)
    cache.put(1, made(3))
    cache.put(2, made(3))
    assert cache.get(1) is not None
    cache.put(3, made(3))
    assert cache.get(2) is None
    assert cache.get(1) is not None and cache.get(3) is not None
    cache.put(4, made(8))
    assert cache.get(4) is None


def test_a_layout_column_or_bound_setting_that_cannot_work_is_refused() -> None:
    with pytest.raises(ValueError, match="first_block"):
        ImpactLayout(first_block=0)
    with pytest.raises(ValueError, match="dense_share"):
        ColumnConfig(dense_share=0)
    with pytest.raises(ValueError, match="cache_mb"):
        ColumnConfig(cache_mb=-1)
    with pytest.raises(ValueError, match="reseed"):
        BoundConfig(reseed=0)
