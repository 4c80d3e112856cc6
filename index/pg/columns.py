"""One BM25 term's weights over a generation's rows, held in the process: a column.

A rare term's column is its postings, rows ascending; a common term's (one in at least
`ColumnConfig.dense_share` of the rows) is one weight per row, zero where the term is absent, so
its weight for any row is read at a glance rather than searched for (index.pg.maxscore). A
column is made from all of the term's impact blocks (index.pg.impacts): the order blocks are
read in does not matter to it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from index.pg.impacts import ROW_DTYPE, WEIGHT_DTYPE, Rows, Weights


@dataclass(frozen=True, slots=True)
class ColumnConfig:
    dense_share: float = 0.1
    """A term in at least this share of the rows is held as one weight per row (4 bytes a row,
    against 8 a posting for the rest). At 709,837 passages (1000x councils) that is 109 of
    139,756 terms, 41% of all postings."""
    cache_mb: int = 512
    """Columns kept in each process after they are read; 0 keeps none. The gold questions at
    1000x use about 280 MB of them (468 terms)."""

    def __post_init__(self) -> None:
        if not 0 < self.dense_share <= 1:
            raise ValueError(f"dense_share must be over 0 and at most 1, got {self.dense_share}")
        if not 0 <= self.cache_mb <= 65536:
            raise ValueError(f"cache_mb must be from 0 to 65536, got {self.cache_mb}")


@dataclass(frozen=True, slots=True)
class Column:
    """`rows` ascending with their `weights` (sparse), or `rows` None and one weight per row
    (dense); `peak` is the largest weight, the most the term adds to any row; `postings` the
    rows holding the term."""

    rows: Rows | None
    weights: Weights
    peak: float
    postings: int

    @property
    def nbytes(self) -> int:
        return int(self.weights.nbytes) + (0 if self.rows is None else int(self.rows.nbytes))


def column(blocks: Sequence[tuple[bytes, bytes]], row_count: int, config: ColumnConfig) -> Column:
    """The column of one term from all of its blocks' (rows, weights) bytes."""
    rows = np.concatenate(
        [np.frombuffer(r, dtype=ROW_DTYPE) for r, _ in blocks] or [np.zeros(0, ROW_DTYPE)]
    ).astype(np.int64)
    weights = np.concatenate(
        [np.frombuffer(w, dtype=WEIGHT_DTYPE) for _, w in blocks] or [np.zeros(0, WEIGHT_DTYPE)]
    ).astype(np.float32)
    peak = float(weights.max()) if len(weights) else 0.0
    if len(rows) >= config.dense_share * row_count:
        dense = np.zeros(row_count, dtype=np.float32)
        dense[rows] = weights
        return _frozen(Column(None, dense, peak, len(rows)))
    order = np.argsort(rows, kind="stable")
    return _frozen(Column(rows[order], weights[order], peak, len(rows)))


def _frozen(col: Column) -> Column:
    # A cached column is shared by every query (and thread) of the process.
    col.weights.setflags(write=False)
    if col.rows is not None:
        col.rows.setflags(write=False)
    return col


def weights_at(columns: Sequence[Column], rows: Rows, row_count: int) -> list[Weights]:
    """Each column's weight at each of `rows` (ascending, distinct), 0 where absent."""
    found: list[Weights] = []
    place: Rows | None = None
    for col in columns:
        if col.rows is None:
            found.append(col.weights[rows])
            continue
        if not len(col.rows):
            found.append(np.zeros(len(rows), dtype=np.float32))
            continue
        if len(rows) * 16 < len(col.rows):
            # Few rows against many postings: a binary search each.
            at = np.minimum(np.searchsorted(col.rows, rows), len(col.rows) - 1)
            found.append(np.where(col.rows[at] == rows, col.weights[at], np.float32(0)))
            continue
        if place is None:
            # Many rows: each posting finds its place among them in one pass.
            place = np.full(row_count, -1, dtype=np.int64)
            place[rows] = np.arange(len(rows))
        where = place[col.rows]
        held = where >= 0
        values = np.zeros(len(rows), dtype=np.float32)
        values[where[held]] = col.weights[held]
        found.append(values)
    return found


class ColumnCache:
    """Columns already made, kept in this process up to a byte budget, least recently used out
    first: a generation's weights never change, and common terms recur query after query."""

    def __init__(self, max_bytes: int) -> None:
        self._max_bytes = max_bytes
        self._columns: OrderedDict[int, Column] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, term: int) -> Column | None:
        with self._lock:
            found = self._columns.get(term)
            if found is not None:
                self._columns.move_to_end(term)
            return found

    def put(self, term: int, col: Column) -> None:
        if col.nbytes > self._max_bytes:
            return
        with self._lock:
            if term in self._columns:
                return
            self._columns[term] = col
            self._bytes += col.nbytes
            while self._bytes > self._max_bytes:
                _, old = self._columns.popitem(last=False)
                self._bytes -= old.nbytes
