"""How a generation's BM25 weights are stored for PostgreSQL, and scoring from them.

Each term's postings are kept best weight first, in blocks that grow geometrically: block 0
holds the `first_block` best, block 1 the next `first_block * growth`, and so on, so no value
grows past what one read should carry; a query reads a term's blocks whole and makes its column
(index.pg.columns). Each passage's own (term, weight) list is kept too, to score given passages
exactly. Both are packed little-endian int32 and float32 arrays: nothing in SQL reads inside
them, and unpacking them is one numpy call.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

Rows = npt.NDArray[np.int64]
TermRows = npt.NDArray[np.int32]
"""A term's rows as index.bm25 gives them."""
Weights = npt.NDArray[np.float32]

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
