"""How a generation's BM25 weights are stored for PostgreSQL.

Each term's postings are kept best weight first, in blocks that grow geometrically: block 0
holds the `first_block` best, block 1 the next `first_block * growth`, and so on, so no value
grows past what one read should carry; a query reads a term's blocks whole and makes its column
(index.pg.columns). Rows and weights are packed little-endian int32 and float32 arrays: nothing
in SQL reads inside them, and unpacking them is one numpy call.
"""

from __future__ import annotations

from collections.abc import Iterator
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
