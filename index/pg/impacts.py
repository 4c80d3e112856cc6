"""BM25's best passages from impact-ordered posting blocks, proven exact (a threshold algorithm).

Each term's postings are stored best weight first, in blocks that grow geometrically: block 0
holds the `first_block` best, block 1 the next `first_block * growth`, and so on. A query reads
block 0 of each of its terms and keeps reading deeper blocks only while the blocks read cannot
yet prove which passages are the best `n`:

- a passage seen in some lists scores at least the weights seen (its lower bound) and at most
  that plus, for each list it was not seen in, the last weight read there (its upper bound);
- a passage seen in no list scores at most the sum of those last weights;
- with the `n`-th best lower bound as the threshold, every passage whose upper bound is below
  it is out, and the search stops once no unseen passage can reach it.

The survivors' scores are then summed exactly as bm25s sums them (float32, in query-token
order), so the result is the top `n` of the full scan, ties included. Summing every posting of
a common term is what made SQL's BM25 the slowest stage at 71k passages (bench/postgres.py).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

Rows = npt.NDArray[np.int64]
TermRows = npt.NDArray[np.int32]
"""A term's rows as index.bm25 gives them."""
Weights = npt.NDArray[np.float32]
Mask = npt.NDArray[np.bool_]

ROW_DTYPE = np.dtype("<i4")
WEIGHT_DTYPE = np.dtype("<f4")


@dataclass(frozen=True, slots=True)
class ImpactLayout:
    """How a generation's postings are cut into blocks when it is published."""

    first_block: int = 256
    growth: int = 4

    def __post_init__(self) -> None:
        if self.first_block < 1:
            raise ValueError(f"first_block must be at least 1, got {self.first_block}")
        if self.growth < 1:
            raise ValueError(f"growth must be at least 1, got {self.growth}")

    def blocks(self, rows: TermRows, weights: Weights) -> Iterator[tuple[int, bytes, bytes]]:
        """(block number, rows, weights) of one term, best weight first (ties by row), as
        little-endian int32 and float32 bytes."""
        order = np.lexsort((rows, -weights))
        start, size, block = 0, self.first_block, 0
        while start < len(order):
            part = order[start : start + size]
            yield (
                block,
                rows[part].astype(ROW_DTYPE).tobytes(),
                weights[part].astype(WEIGHT_DTYPE).tobytes(),
            )
            start, size, block = start + size, size * self.growth, block + 1


@dataclass(frozen=True, slots=True)
class ThresholdConfig:
    deepen_share: float = 0.5
    """A round reads the next block of every term whose unread weights could still add at least
    this share of the largest such term's: fewer postings than deepening all (40% against 67% of
    the full scan at 71k passages), in a few more rounds."""
    candidate_cap: int = 400
    """Passages left undecided after the proof are scored by looking their rows up; more than
    this and reading deeper is cheaper."""

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
    next_block: int = 0

    @property
    def exhausted(self) -> bool:
        return self.read >= self.df

    @property
    def unread_bound(self) -> float:
        """The most one unread posting of this term can add to a score."""
        if self.exhausted or not self.weights:
            return 0.0 if self.exhausted else float("inf")
        return float(self.weights[-1][-1]) * self.multiplicity


class _Bounds(NamedTuple):
    """Every row read, each read posting's index into them, the offsets of each term's
    postings there, which rows may be in the top `n`, and whether no unread row can be."""

    seen: Rows
    position: Rows
    offsets: list[int]
    undecided: Mask
    proven: bool


@dataclass(frozen=True, slots=True)
class Candidates:
    """The passages that may be in the top `n`: exact scores where every query term's weight
    was read, and the rows still to be looked up for the rest."""

    scored: dict[int, np.float32]
    to_look_up: list[int]


class ThresholdTopK:
    """One query's reading of impact blocks: ask `wanted`, give each block to `add`, repeat
    until `wanted` is empty, then take `candidates`."""

    def __init__(
        self,
        tokens: list[int],
        df: Mapping[int, int],
        n: int,
        allowed: Mask | None,
        config: ThresholdConfig,
    ) -> None:
        self._tokens = tokens
        self._terms = {t: _Term(df[t], tokens.count(t)) for t in dict.fromkeys(tokens)}
        self._n = n
        self._allowed = allowed
        self._config = config
        # float32 sums of up to len(tokens) weights differ from the exact sum by at most this
        # share of it: bounds are widened by it so the proof holds for bm25s's rounding too.
        self._slack = len(tokens) * 2.0**-23
        self._last: _Bounds | None = None

    def add(self, term: int, rows: bytes, weights: bytes) -> None:
        state = self._terms[term]
        state.rows.append(np.frombuffer(rows, dtype=ROW_DTYPE).astype(np.int64))
        state.weights.append(np.frombuffer(weights, dtype=WEIGHT_DTYPE))
        state.read += len(state.rows[-1])
        state.next_block += 1
        self._last = None

    def wanted(self) -> list[tuple[int, int]]:
        """(term, block) pairs to read next; empty once the top `n` is proven."""
        open_terms = {t: s for t, s in self._terms.items() if not s.exhausted}
        if not open_terms:
            return []
        bounds = {t: s.unread_bound for t, s in open_terms.items()}
        if any(b == float("inf") for b in bounds.values()):
            return [(t, s.next_block) for t, s in open_terms.items() if not s.weights]
        bounds_now = self._bounds()
        if bounds_now.proven and int(bounds_now.undecided.sum()) <= self._config.candidate_cap:
            return []
        floor = self._config.deepen_share * max(bounds.values())
        return [(t, open_terms[t].next_block) for t, b in bounds.items() if b >= floor]

    def _bounds(self) -> _Bounds:
        if self._last is None:
            self._last = self._compute_bounds()
        return self._last

    def _compute_bounds(self) -> _Bounds:
        terms = list(self._terms.values())
        counts = [s.read for s in terms]
        seen, index = np.unique(
            np.concatenate([r for s in terms for r in s.rows]), return_inverse=True
        )
        offsets = np.concatenate([[0], np.cumsum(counts)]).tolist()
        weighted = np.concatenate(
            [w.astype(np.float64) * s.multiplicity for s in terms for w in s.weights]
        )
        unread = np.repeat([s.unread_bound for s in terms], counts)
        unseen_bound = sum(s.unread_bound for s in terms)
        lower = np.bincount(index, weights=weighted, minlength=len(seen))
        upper = lower + unseen_bound - np.bincount(index, weights=unread, minlength=len(seen))
        allowed = np.ones(len(seen), dtype=bool) if self._allowed is None else self._allowed[seen]
        ranked = lower[allowed]
        cut = len(ranked) - self._n
        threshold = float(np.partition(ranked, cut)[cut]) if cut >= 0 else 0.0
        least = threshold * (1 - self._slack)
        undecided = allowed & (upper * (1 + self._slack) >= least)
        proven = unseen_bound == 0 or unseen_bound * (1 + self._slack) < least
        return _Bounds(seen, index, offsets, undecided, proven)

    def candidates(self) -> Candidates:
        """Call once `wanted` is empty."""
        seen, index, offsets, undecided, _ = self._bounds()
        terms = list(self._terms)
        if not len(seen):
            return Candidates({}, [])
        # A row's score is known when every term that is not exhausted was read for it.
        open_terms = [i for i, t in enumerate(terms) if not self._terms[t].exhausted]
        present = np.zeros(len(seen), dtype=np.int64)
        for i in open_terms:
            present[index[offsets[i] : offsets[i + 1]]] += 1
        known = undecided & (present == len(open_terms))
        total = np.zeros(len(seen), dtype=np.float32)
        for token in self._tokens:
            i = terms.index(token)
            rows = index[offsets[i] : offsets[i + 1]]
            # One posting per row and term, so no index repeats within this addition.
            total[rows] += np.concatenate(self._terms[token].weights)
        return Candidates(
            {int(r): np.float32(s) for r, s in zip(seen[known], total[known], strict=True)},
            [int(r) for r in seen[undecided & ~known]],
        )


def score_rows(
    tokens: list[int], rows: list[int], term_ids: list[bytes], weights: list[bytes]
) -> dict[int, np.float32]:
    """Exact scores of looked-up rows, from each row's own (term id ascending, weight) lists:
    the query tokens' weights summed in float32 in token order, as bm25s sums them."""
    ids = [np.frombuffer(t, dtype=ROW_DTYPE).astype(np.int64) for t in term_ids]
    total = np.zeros(len(rows), dtype=np.float32)
    if not any(len(i) for i in ids):
        return dict(zip(rows, total, strict=True))
    span = max(max(int(i.max()) for i in ids if len(i)), *tokens) + 1
    owner = np.repeat(np.arange(len(rows), dtype=np.int64), [len(i) for i in ids])
    # Keys sorted by (row, term): one binary search finds every row's weight for a token.
    keys = owner * span + np.concatenate(ids)
    flat = np.concatenate([np.frombuffer(w, dtype=WEIGHT_DTYPE) for w in weights])
    for token in tokens:
        wanted = np.arange(len(rows), dtype=np.int64) * span + token
        at = np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)
        # Adding 0 where a row lacks the token leaves its float32 sum as bm25s leaves it.
        total += np.where(keys[at] == wanted, flat[at], np.float32(0))
    return dict(zip(rows, total, strict=True))


def rows_of(
    postings: Sequence[tuple[str, TermRows, Weights]], row_count: int
) -> Iterator[tuple[int, bytes, bytes]]:
    """Per row, its term ids (ascending: a term's id is its place in `postings`) and their
    weights, packed as `score_rows` reads them; a row with no term gets empty lists."""
    lengths = [len(rows) for _, rows, _ in postings]
    if not any(lengths):
        for row in range(row_count):
            yield row, b"", b""
        return
    rows = np.concatenate([r for _, r, _ in postings]).astype(np.int64)
    terms = np.repeat(np.arange(len(postings), dtype=np.int64), lengths)
    weights = np.concatenate([w for _, _, w in postings])
    order = np.argsort(rows, kind="stable")
    bounds = np.searchsorted(rows[order], np.arange(row_count + 1))
    term_bytes = terms[order].astype(ROW_DTYPE)
    weight_bytes = weights[order].astype(WEIGHT_DTYPE)
    for row in range(row_count):
        start, end = int(bounds[row]), int(bounds[row + 1])
        yield row, term_bytes[start:end].tobytes(), weight_bytes[start:end].tobytes()
