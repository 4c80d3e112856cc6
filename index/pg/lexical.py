"""BM25 inside PostgreSQL, for one generation, ranking exactly as bm25s does in-process.

The database holds each term's postings as impact-ordered blocks and each passage's own term
weights (index.pg.publish). The best passages are read block by block until the threshold
algorithm of index.pg.threshold proves them; passages it leaves undecided, and those fusion asks
about, are scored from their own rows. Every score is the float32 sum bm25s makes.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import psycopg
from psycopg.rows import TupleRow

from index.backend import Allowed, Ranked, Scores, nothing_ranked
from index.bm25 import lucene_idf
from index.pg.impacts import score_rows
from index.pg.signals import PgSearchConfig, Pool, passage_rows, ranked
from index.pg.threshold import Mask, ThresholdTopK
from index.store import Store
from index.tokenize import tokenize

Connection = psycopg.Connection[TupleRow]

_BLOCKS_SQL = """
SELECT b.term_id, b.rows, b.weights
FROM unnest(%(terms)s::int4[], %(blocks)s::int4[]) AS w(term_id, block)
JOIN bm25_blocks b
    ON b.generation_id = %(generation)s AND b.term_id = w.term_id AND b.block = w.block
ORDER BY b.term_id, b.block
"""
_ROWS_SQL = """
SELECT row, term_ids, weights FROM bm25_rows
WHERE generation_id = %(generation)s AND row = ANY(%(rows)s::int4[])
"""


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
    ) -> None:
        self._pool = pool
        self._generation = generation
        self._store = store
        self._tokens = tokens
        self._df = df
        self._allowed = allowed
        self._config = config
        self._known: dict[int, np.float32] = {}
        """Scores already summed for this query: fusion asks again for the top passages'."""

    def top(self, n: int) -> Ranked:
        if not self._tokens or (self._allowed is not None and not self._allowed):
            return nothing_ranked()
        search = ThresholdTopK(
            self._tokens,
            self._df,
            n,
            len(self._store.passages),
            allowed_mask(self._store, self._allowed),
            self._config.threshold,
        )
        with self._pool.connection() as conn:
            while wanted := search.wanted():
                terms, blocks = zip(*wanted, strict=True)
                params = {"terms": list(terms), "blocks": list(blocks)}
                found = conn.execute(
                    _BLOCKS_SQL, params | {"generation": self._generation}, binary=True
                )
                for term, rows, weights in found:
                    search.add(int(term), bytes(rows), bytes(weights))
            candidates = search.candidates()
            scored = candidates.scored | self._look_up(conn, candidates.to_look_up)
        self._known.update(scored)
        return ranked(self._store, scored, n)

    def _look_up(self, conn: Connection, rows: list[int]) -> dict[int, np.float32]:
        if not rows:
            return {}
        found = conn.execute(
            _ROWS_SQL, {"generation": self._generation, "rows": rows}, binary=True
        ).fetchall()
        return score_rows(
            self._tokens,
            [int(row) for row, _, _ in found],
            [bytes(term_ids) for _, term_ids, _ in found],
            [bytes(weights) for _, _, weights in found],
        )

    def of(self, ids: Sequence[str]) -> Scores:
        rows = passage_rows(self._store, ids)
        if self._tokens:
            missing = [row for row in dict.fromkeys(rows) if row not in self._known]
            if missing:
                with self._pool.connection() as conn:
                    self._known.update(self._look_up(conn, missing))
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

    def idf(self, term: str) -> float:
        found = self._terms.get(term)
        return lucene_idf(len(self._store.passages), 1 if found is None else found[1])

    def query(self, text: str, allowed: Allowed) -> PgBM25Query:
        # bm25s drops out-of-vocabulary tokens and counts a repeated token once per repeat.
        tokens = [self._terms[t][0] for t in tokenize(text) if t in self._terms]
        return PgBM25Query(
            self._pool, self._generation, self._store, tokens, self._df, allowed, self._config
        )
