"""BM25 inside PostgreSQL, for one generation, ranking exactly as bm25s does in-process.

The database holds each term's postings as impact-ordered blocks (index.pg.publish). A query
reads its terms whole, once per process: each becomes a column (index.pg.columns), kept in the
process since the same common terms recur query after query. The best passages are proven by
the MaxScore bound of index.pg.maxscore, which scans the rarer terms and reads the common ones
by row for its candidates alone; scores fusion asks about are read from the same columns. Every
score is the float32 sum bm25s makes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import psycopg
from psycopg.rows import TupleRow

from index.backend import Allowed, Ranked, Scores, nothing_ranked
from index.bm25 import lucene_idf
from index.errors import IndexCorrupt
from index.pg.columns import Column, ColumnCache, column
from index.pg.maxscore import Mask, best, exact_scores
from index.pg.signals import PgSearchConfig, Pool, passage_rows, ranked
from index.store import Store
from index.tokenize import tokenize

Connection = psycopg.Connection[TupleRow]

_BLOCKS_SQL = """
SELECT term_id, rows, weights FROM bm25_blocks
WHERE generation_id = %(generation)s AND term_id = ANY(%(terms)s::int4[])
ORDER BY term_id, block
"""


@dataclass(frozen=True, slots=True)
class Depth:
    """How much of its terms' postings one query summed row by row to prove its best
    passages, and how many rows it scored exactly (figures for bench/, and for tuning)."""

    postings_summed: int
    postings: int
    candidates: int


def allowed_mask(store: Store, allowed: Allowed) -> Mask | None:
    """Per row, whether its document is allowed; None when every one is."""
    if allowed is None:
        return None
    documents = np.fromiter(
        (d in allowed for d in store.document_order), dtype=bool, count=len(store.document_order)
    )
    mask: Mask = documents[store.row_document]
    return mask


class PgBM25Query:
    def __init__(
        self,
        pool: Pool,
        generation: int,
        store: Store,
        tokens: list[int],
        df: dict[int, int],
        allowed: Allowed,
        config: PgSearchConfig,
        cache: ColumnCache,
    ) -> None:
        self._pool = pool
        self._generation = generation
        self._store = store
        self._cache = cache
        self._tokens = tokens
        self._df = df
        self._allowed = allowed
        self._config = config
        self._columns: dict[int, Column] | None = None
        self._known: dict[int, np.float32] = {}
        """Scores already summed for this query: fusion asks again for the top passages'."""
        self.depth: Depth | None = None
        """Set by `top`."""

    def top(self, n: int) -> Ranked:
        if not self._tokens or (self._allowed is not None and not self._allowed):
            return nothing_ranked()
        columns = self._read_columns()
        found = best(
            self._tokens,
            columns,
            n,
            len(self._store.passages),
            allowed_mask(self._store, self._allowed),
            self._config.bound,
        )
        scored = dict(zip(found.rows.tolist(), found.scores, strict=True))
        self._known.update(scored)
        self.depth = Depth(
            found.postings_summed, sum(c.postings for c in columns.values()), found.candidates
        )
        return ranked(self._store, scored, n)

    def _read_columns(self) -> dict[int, Column]:
        """The query terms' columns, from this process's cache or read whole from the database."""
        if self._columns is not None:
            return self._columns
        terms = list(dict.fromkeys(self._tokens))
        columns = {t: c for t in terms if (c := self._cache.get(t)) is not None}
        missing = [t for t in terms if t not in columns]
        if missing:
            with self._pool.connection() as conn:
                found = conn.execute(
                    _BLOCKS_SQL, {"generation": self._generation, "terms": missing}, binary=True
                ).fetchall()
            blocks: dict[int, list[tuple[bytes, bytes]]] = {t: [] for t in missing}
            for term, rows, weights in found:
                blocks[int(term)].append((bytes(rows), bytes(weights)))
            for term in missing:
                made = column(blocks[term], len(self._store.passages), self._config.columns)
                # A term whose postings are not all there would rank wrongly, not just slowly.
                if made.postings != self._df[term]:
                    raise IndexCorrupt(
                        f"generation {self._generation} lacks BM25 blocks of term {term}"
                    )
                self._cache.put(term, made)
                columns[term] = made
        self._columns = columns
        return columns

    def prefetch(self, n: int) -> None:
        """BM25's reading is numpy in this process after one read of columns: not overlapped."""

    def of(self, ids: Sequence[str]) -> Scores:
        rows = passage_rows(self._store, ids)
        if self._tokens:
            missing = np.array(
                sorted({row for row in rows if row not in self._known}), dtype=np.int64
            )
            if len(missing):
                scores = exact_scores(
                    self._tokens, self._read_columns(), missing, len(self._store.passages)
                )
                self._known.update(zip(missing.tolist(), scores, strict=True))
        return np.array([self._known.get(row, 0.0) for row in rows], dtype=np.float32)


class PgLexical:
    def __init__(
        self,
        pool: Pool,
        generation: int,
        store: Store,
        terms: dict[str, tuple[int, int]],
        config: PgSearchConfig,
    ) -> None:
        """`terms` maps each term to its id in this generation and its document frequency."""
        self._pool = pool
        self._generation = generation
        self._store = store
        self._terms = terms
        self._df = {term_id: df for term_id, df in terms.values()}
        self._config = config
        self._cache = ColumnCache(config.columns.cache_mb * 2**20)

    def idf(self, term: str) -> float:
        found = self._terms.get(term)
        return lucene_idf(len(self._store.passages), 1 if found is None else found[1])

    def query(self, text: str, allowed: Allowed) -> PgBM25Query:
        # bm25s drops out-of-vocabulary tokens and counts a repeated token once per repeat.
        tokens = [self._terms[t][0] for t in tokenize(text) if t in self._terms]
        return PgBM25Query(
            self._pool,
            self._generation,
            self._store,
            tokens,
            self._df,
            allowed,
            self._config,
            self._cache,
        )
