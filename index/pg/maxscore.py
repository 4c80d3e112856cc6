"""BM25's best `n` passages from the query terms' columns (index.pg.columns), proven exact: a
MaxScore bound.

- The sparse (rarer, weightier) terms are summed over their postings into a partial score per
  row; every row holding one of them is seen.
- The `n` seen rows of best partial score are scored exactly; the least of those scores is a
  threshold no passage below can be among the best `n`.
- The dense (common, light) terms are taken lightest first and left out of the summing while
  their peaks add up to less than the threshold: a row holding none but those cannot reach
  it. The rest are summed over every row.
- A row is a candidate while its partial score plus the left-out peaks reaches the threshold.
  When there are many, the best of them by partial score (which now counts the summed common
  terms) are scored first and raise the threshold, and the rest are held to it.
- Candidates are scored exactly, the left-out terms' weights read by row, and the best `n` of
  them are the answer, ties by row as in a full scan.

A dense term is read by row instead of scanned, so a common word costs what its candidates
need, not its postings. Exact scores are summed in float32 in query-token order, as bm25s sums
them; bounds are widened by the float32 rounding they could hide.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from index.pg.columns import Column, weights_at
from index.pg.impacts import Rows, Weights

Mask = npt.NDArray[np.bool_]


@dataclass(frozen=True, slots=True)
class BoundConfig:
    reseed: int = 4
    """With more candidates than this many times `n`, the best of them by partial score are
    scored first and set the threshold again. At 1000x councils (the gold questions, columns in
    memory) 4 took the rows scored from 11,346 to 2,556 at p50 (206,172 to 32,665 at p95) and
    the bound from 3.4 to 2.5 ms; 2, 10 and 25 were no better."""

    def __post_init__(self) -> None:
        if self.reseed < 1:
            raise ValueError(f"reseed must be at least 1, got {self.reseed}")


@dataclass(frozen=True, slots=True)
class Best:
    """The best rows, best first (ties by row), their exact scores, and what it took."""

    rows: Rows
    scores: Weights
    postings_summed: int
    """Postings added row by row: the sparse terms' and the summed dense terms'."""
    candidates: int
    """Rows scored exactly (the threshold's seeds and the candidates)."""


def exact_scores(
    tokens: list[int], columns: Mapping[int, Column], rows: Rows, row_count: int
) -> Weights:
    """Each of `rows` (ascending, distinct) scored as bm25s scores it: the tokens' weights added
    in float32 in token order, a repeated token once per repeat."""
    terms = list(dict.fromkeys(tokens))
    found = dict(zip(terms, weights_at([columns[t] for t in terms], rows, row_count), strict=True))
    total = np.zeros(len(rows), dtype=np.float32)
    for token in tokens:
        # Adding 0 where a row lacks the token leaves its float32 sum as bm25s leaves it.
        total += found[token]
    return total


def best(
    tokens: list[int],
    columns: Mapping[int, Column],
    n: int,
    row_count: int,
    allowed: Mask | None,
    config: BoundConfig,
) -> Best:
    """The best `n` allowed rows with a score over 0, exactly as a full scan ranks them."""
    repeats = Counter(tokens)
    # A float32 sum of k weights is within k * 2^-24 of the exact sum, relatively: bounds are
    # widened by twice that, so the proof holds for bm25s's rounding and for the partial sums.
    slack = (len(tokens) + 1) * 2.0**-23
    partial = np.zeros(row_count, dtype=np.float32)
    summed = 0
    dense: list[int] = []
    for term in repeats:
        col = columns[term]
        if col.rows is None:
            dense.append(term)
        else:
            partial[col.rows] += col.weights * np.float32(repeats[term])
            summed += col.postings
    seen = _allowed(np.flatnonzero(partial > 0), allowed)
    seeds = seen if len(seen) <= n else seen[np.argpartition(-partial[seen], n - 1)[:n]]
    seeds = np.sort(seeds)
    seed_scores = exact_scores(tokens, columns, seeds, row_count)
    threshold = float(seed_scores.min()) if len(seeds) >= n else 0.0
    left_out = 0.0
    for term in sorted(dense, key=lambda t: columns[t].peak * repeats[t]):
        peak = columns[term].peak * repeats[term]
        if (left_out + peak) * (1 + slack) < threshold * (1 - slack):
            left_out += peak
            continue
        partial += columns[term].weights * np.float32(repeats[term])
        summed += columns[term].postings
    candidates = _allowed(np.flatnonzero(_reaching(partial, threshold, left_out, slack)), allowed)
    scored = len(seeds)
    many = config.reseed * n
    if len(candidates) > many:
        # The seeds were chosen before the summed common terms counted: the best candidates by
        # their partial score now raise the threshold, and the rest are held to it.
        best_now = candidates[np.argpartition(-partial[candidates], many - 1)]
        reseeds = np.sort(best_now[:many])
        reseed_scores = exact_scores(tokens, columns, reseeds, row_count)
        scored += len(reseeds)
        threshold = max(threshold, float(np.partition(reseed_scores, -n)[-n]))
        candidates = candidates[_reaching(partial[candidates], threshold, left_out, slack)]
    scores = exact_scores(tokens, columns, candidates, row_count)
    top = _top(candidates, scores, n)
    return Best(candidates[top], scores[top], summed, scored + len(candidates))


def _reaching(partial: Weights, threshold: float, left_out: float, slack: float) -> Mask:
    """Whether each partial score plus the left-out terms' peaks can reach the threshold."""
    # The least partial score that can, rounded down to float32.
    least = threshold * (1 - slack) / (1 + slack) - left_out
    floor = np.nextafter(np.float32(least), np.float32(-np.inf))
    reach: Mask = partial > 0 if least <= 0 else partial >= floor
    return reach


def _allowed(rows: Rows, allowed: Mask | None) -> Rows:
    return rows if allowed is None else rows[allowed[rows]]


def _top(rows: Rows, scores: Weights, n: int) -> Rows:
    """Places of the best `n` scores over 0, best first, ties by row."""
    keep = np.flatnonzero(scores > 0)
    if len(keep) > n:
        # Only rows at or above the n-th best score can be in the best n.
        cut = np.partition(scores[keep], len(keep) - n)[len(keep) - n]
        keep = keep[scores[keep] >= cut]
    order: Rows = keep[np.lexsort((rows[keep], -scores[keep]))][:n]
    return order
