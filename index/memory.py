"""The in-process backend: bm25s and FAISS over a generation loaded whole into memory.

It ranks exactly as search did before the backend seam: the full BM25 score array masked to the
allowed rows and cut with argpartition, and FAISS's exact inner product over the allowed rows.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from index.backend import Allowed, Ranked, Scores, nothing_ranked
from index.bm25 import BM25Index
from index.dense import DenseIndex
from index.embedder import Vectors
from index.store import Store

Rows = npt.NDArray[np.int64]


def allowed_rows(store: Store, allowed: Allowed) -> Rows | None:
    """The rows of the allowed documents' passages, ascending; None when all are allowed."""
    if allowed is None:
        return None
    documents = np.array([d in allowed for d in store.document_order], dtype=bool)
    return np.flatnonzero(documents[store.row_document]).astype(np.int64)


def _rows(store: Store, ids: Sequence[str]) -> Rows:
    return np.array([store.rows_by_id[i] for i in ids], dtype=np.int64)


def _ranked(store: Store, rows: Rows, scores: Scores) -> Ranked:
    order = np.argsort(-scores, kind="stable")
    return Ranked(
        tuple(store.passages[int(r)].id for r in rows[order]),
        np.asarray(scores[order], dtype=np.float32),
    )


def top_rows(scores: Scores, n: int) -> Rows:
    """The rows of the `n` highest scores, in no particular order."""
    if len(scores) <= n:
        return np.arange(len(scores), dtype=np.int64)
    return np.argpartition(-scores, n)[:n].astype(np.int64)


class MemoryBM25Query:
    def __init__(self, store: Store, scores: Scores, allowed: Rows | None) -> None:
        self._store = store
        self._scores = scores
        self._allowed = allowed

    def top(self, n: int) -> Ranked:
        masked = self._scores
        if self._allowed is not None:
            masked = np.full(len(self._scores), -np.inf, dtype=np.float32)
            masked[self._allowed] = self._scores[self._allowed]
        rows = top_rows(masked, n)
        rows = rows[masked[rows] > 0]
        return _ranked(self._store, rows, masked[rows])

    def of(self, ids: Sequence[str]) -> Scores:
        return np.asarray(self._scores[_rows(self._store, ids)], dtype=np.float32)

    def prefetch(self, n: int) -> None:
        """Ranking here is numpy in this process: nothing to overlap."""


class MemoryLexical:
    def __init__(self, bm25: BM25Index, store: Store) -> None:
        self._bm25 = bm25
        self._store = store

    def idf(self, term: str) -> float:
        return self._bm25.idf(term)

    def query(self, text: str, allowed: Allowed) -> MemoryBM25Query:
        rows = allowed_rows(self._store, allowed)
        return MemoryBM25Query(self._store, self._bm25.scores(text), rows)


class MemoryDenseQuery:
    def __init__(
        self, store: Store, dense: DenseIndex, vector: Vectors, allowed: Rows | None
    ) -> None:
        self._store = store
        self._dense = dense
        self._vector = vector
        self._allowed = allowed

    def top(self, n: int) -> Ranked:
        scores, rows = self._dense.search(self._vector, n, self._allowed)
        if len(rows) == 0:
            return nothing_ranked()
        return _ranked(self._store, rows.astype(np.int64), scores)

    def of(self, ids: Sequence[str]) -> Scores:
        return self._dense.similarity(self._vector, _rows(self._store, ids))

    def prefetch(self, n: int) -> None:
        """Ranking here is FAISS in this process: nothing to overlap."""


class MemoryVectors:
    def __init__(self, dense: DenseIndex, store: Store) -> None:
        self._dense = dense
        self._store = store

    def query(self, vector: Vectors, allowed: Allowed) -> MemoryDenseQuery:
        rows = allowed_rows(self._store, allowed)
        return MemoryDenseQuery(self._store, self._dense, vector, rows)
