"""BM25's best `n` passages from impact blocks (index.pg.impacts), proven exact: a threshold
algorithm.

A query reads block 0 of each of its terms and reads deeper only while the blocks read cannot
yet prove which passages are the best:

- a passage scores at least the weights read for it (its lower bound) and at most that plus,
  for each term not read for it, the last weight read of that term (its upper bound);
- a passage read in no term scores at most the sum of those last weights;
- with the `n`-th best lower bound as the threshold, a passage whose upper bound is below it
  is out, and reading stops once no unread passage can reach it.

The passages left are scored exactly as bm25s scores them (float32, in query-token order), so
the result is the full scan's top `n`, ties included. Summing every posting of a common term is
what made SQL's BM25 the slowest stage at 71k passages (bench/postgres.py).

Bounds are kept in arrays over all rows and updated by each block alone, so a round costs the
postings it reads, not all those read so far.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from index.pg.impacts import ROW_DTYPE, WEIGHT_DTYPE, Rows, Weights

Mask = npt.NDArray[np.bool_]


@dataclass(frozen=True, slots=True)
class ThresholdConfig:
    deepen_share: float = 0.5
    """A round reads the next block of every term whose unread postings could still add at
    least this share of what the most open term's could. At 71k passages a query reads a median
    40% of its terms' postings so, against 68% when every open term is deepened each round."""
    candidate_cap: int = 400
    """Passages left undecided once the unread ones are ruled out are scored from their own
    rows; with more than this, reading deeper is cheaper."""

    def __post_init__(self) -> None:
        if not 0 < self.deepen_share <= 1:
            raise ValueError(f"deepen_share must be over 0 and at most 1, got {self.deepen_share}")
        if self.candidate_cap < 1:
            raise ValueError(f"candidate_cap must be at least 1, got {self.candidate_cap}")


@dataclass(slots=True)
class _Term:
    df: int
    multiplicity: int
    rows: list[Rows] = field(default_factory=list)
    weights: list[Weights] = field(default_factory=list)
    read: int = 0

    @property
    def exhausted(self) -> bool:
        return self.read >= self.df

    @property
    def unread_bound(self) -> float:
        """The most this term's unread postings can add to one passage's score."""
        if self.exhausted:
            return 0.0
        return float(self.weights[-1][-1]) * self.multiplicity if self.weights else float("inf")


@dataclass(frozen=True, slots=True)
class Candidates:
    """The passages that may be in the top `n`: exact scores where every query term's weight
    was read, and the rows to look up for the rest."""

    scored: dict[int, np.float32]
    to_look_up: list[int]


class ThresholdTopK:
    """One query: ask `wanted` for (term, block) pairs, give each block read to `add`, repeat
    until `wanted` is empty, then take `candidates`."""

    def __init__(
        self,
        tokens: list[int],
        df: Mapping[int, int],
        n: int,
        row_count: int,
        allowed: Mask | None,
        config: ThresholdConfig,
    ) -> None:
        self._tokens = tokens
        self._terms = {t: _Term(df[t], tokens.count(t)) for t in dict.fromkeys(tokens)}
        self._n = n
        self._allowed = allowed
        self._config = config
        # A float32 sum of k weights is within k * 2^-24 of the exact sum, relatively: bounds
        # are widened by that much so the proof holds for bm25s's rounding as well.
        self._slack = len(tokens) * 2.0**-23
        self._lower = np.zeros(row_count, dtype=np.float64)
        # Which terms were read for each row, a bit a term (64 to a word), so a row's upper
        # bound is found from its own bits rather than from every posting read.
        self._bit = {t: divmod(i, 64) for i, t in enumerate(self._terms)}
        words = -(-len(self._terms) // 64)
        self._read = [np.zeros(row_count, dtype=np.uint64) for _ in range(words)]
        self._seen_rows: list[Rows] = []
        self._best = np.zeros(0, dtype=np.int64)
        self._touched: list[Rows] = []
        self._undecided: Rows | None = None

    @property
    def postings_read(self) -> int:
        return sum(s.read for s in self._terms.values())

    @property
    def postings(self) -> int:
        """All postings of the query's terms: what a full scan would read."""
        return sum(s.df for s in self._terms.values())

    def add(self, term: int, rows: bytes, weights: bytes) -> None:
        state = self._terms[term]
        held = np.frombuffer(rows, dtype=ROW_DTYPE).astype(np.int64)
        values = np.frombuffer(weights, dtype=WEIGHT_DTYPE)
        state.rows.append(held)
        state.weights.append(values)
        state.read += len(held)
        # A block holds a row at most once, so plain fancy-index addition is exact here.
        self._lower[held] += values.astype(np.float64) * state.multiplicity
        word, bit = self._bit[term]
        before = self._read[word][held]
        self._read[word][held] = before | np.uint64(1 << bit)
        # A row is seen for the first time when no term had been read for it.
        unseen = before == 0
        for other, column in enumerate(self._read):
            if other != word:
                unseen &= column[held] == 0
        self._seen_rows.append(held[unseen])
        self._touched.append(held)
        self._undecided = None

    def _threshold(self) -> float:
        """The `n`-th best lower bound among allowed rows (0 while fewer are read). Bounds only
        grow, so the best `n` are among the last best and the rows read since."""
        if self._touched:
            touched = np.concatenate(self._touched)
            self._touched = []
            if len(self._best) >= self._n:
                # The n-th best bound only grows: a row below the last one cannot be in the best.
                touched = touched[self._lower[touched] >= self._lower[self._best].min()]
            pool = np.concatenate([self._best, touched])
            # Keep each row once without sorting: the last place that wrote it keeps it.
            place = np.empty(len(self._lower), dtype=np.int64)
            place[pool] = np.arange(len(pool))
            pool = pool[place[pool] == np.arange(len(pool))]
            if self._allowed is not None:
                pool = pool[self._allowed[pool]]
            if len(pool) > self._n:
                pool = pool[np.argpartition(-self._lower[pool], self._n - 1)[: self._n]]
            self._best = pool
        return float(self._lower[self._best].min()) if len(self._best) >= self._n else 0.0

    def wanted(self) -> list[tuple[int, int]]:
        """(term, block) pairs to read next; empty once the top `n` is proven."""
        open_terms = {t: s for t, s in self._terms.items() if not s.exhausted}
        unread = {t: s.unread_bound for t, s in open_terms.items()}
        if any(b == float("inf") for b in unread.values()):
            return [(t, 0) for t, s in open_terms.items() if not s.weights]
        if not open_terms:
            return []
        least = self._threshold() * (1 - self._slack)
        if sum(unread.values()) * (1 + self._slack) < least:
            self._undecided = self._still_open(least)
            if len(self._undecided) <= self._config.candidate_cap:
                return []
        floor = self._config.deepen_share * max(unread.values())
        return [(t, len(open_terms[t].rows)) for t, b in unread.items() if b >= floor]

    def _read_for(self, term: int, rows: Rows) -> Mask:
        """Whether `term` was read for each of `rows`."""
        word, bit = self._bit[term]
        return ((self._read[word][rows] >> np.uint64(bit)) & np.uint64(1)).astype(bool)

    def _still_open(self, least: float) -> Rows:
        """The rows read whose upper bound reaches `least`."""
        if not self._seen_rows:
            return np.zeros(0, dtype=np.int64)
        seen = np.concatenate(self._seen_rows)
        if self._allowed is not None:
            seen = seen[self._allowed[seen]]
        unread_total = sum(s.unread_bound for s in self._terms.values())
        # A row's upper bound is at most its lower bound plus every open term's unread bound:
        # rows that cannot reach `least` even so are out before their terms are counted.
        seen = seen[(self._lower[seen] + unread_total) * (1 + self._slack) >= least]
        upper = self._lower[seen] + unread_total
        for term, state in self._terms.items():
            if not state.exhausted:
                upper -= state.unread_bound * self._read_for(term, seen)
        undecided: Rows = seen[upper * (1 + self._slack) >= least]
        return undecided

    def candidates(self) -> Candidates:
        """Call once `wanted` is empty."""
        if self._undecided is None:
            self._undecided = self._still_open(self._threshold() * (1 - self._slack))
        undecided = self._undecided
        # A row's score is known when every term not read to its end was read for it.
        known = np.ones(len(undecided), dtype=bool)
        for term, state in self._terms.items():
            if not state.exhausted:
                known &= self._read_for(term, undecided)
        total = np.zeros(len(self._lower), dtype=np.float32)
        for token in self._tokens:
            state = self._terms[token]
            for held, values in zip(state.rows, state.weights, strict=True):
                total[held] += values
        return Candidates(
            dict(zip(undecided[known].tolist(), total[undecided[known]], strict=True)),
            undecided[~known].tolist(),
        )
