"""BM25 and dense search inside PostgreSQL, for one generation.

BM25: the database finds the passages holding the query's terms among the allowed documents and
orders them by the sum of their stored bm25s weights; each candidate's weights come back in
query-token order and are summed here in float32, as bm25s sums them, so scores are bit-equal to
the in-process ones. A margin of extra candidates covers the rare near-tie that a float64 order
in SQL puts on the other side of the cut.

Dense: pgvector's negative inner product. Below `exact_scan_below` passages the scan is exact
(the planner is told not to use the index), which is as fast there and equals FAISS's exact
search; above it the HNSW index answers, with iterative scans when a filter is given so a
selective filter still fills `n`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from psycopg_pool import ConnectionPool

from index.backend import Allowed, Ranked, Scores, nothing_ranked
from index.bm25 import lucene_idf
from index.embedder import Vectors
from index.pg.schema import vector_table
from index.store import Store
from index.tokenize import tokenize

Pool = ConnectionPool


@dataclass(frozen=True, slots=True)
class PgSearchConfig:
    exact_scan_below: int = 50_000
    """Generations with fewer passages are scanned exactly: the answer FAISS gives, and at this
    size no slower than HNSW (bench/)."""
    ef_search: int = 200
    """HNSW candidate list; at least the number of results asked for is always used."""
    bm25_margin: int = 16

    def __post_init__(self) -> None:
        if self.exact_scan_below < 0:
            raise ValueError(f"exact_scan_below must be 0 or more, got {self.exact_scan_below}")
        if not 1 <= self.ef_search <= 1000:
            raise ValueError(
                f"ef_search must be from 1 to 1000 (pgvector's range), got {self.ef_search}"
            )
        if self.bm25_margin < 0:
            raise ValueError(f"bm25_margin must be 0 or more, got {self.bm25_margin}")


def _rows(store: Store, ids: Sequence[str]) -> list[int]:
    return [store.rows_by_id[i] for i in ids]


def _ranked(store: Store, scored: dict[int, np.float32], n: int) -> Ranked:
    best = sorted(scored.items(), key=lambda item: (-item[1], item[0]))[:n]
    return Ranked(
        tuple(store.passages[row].id for row, _ in best),
        np.array([score for _, score in best], dtype=np.float32),
    )


def _float32_sum(weights: Sequence[float]) -> np.float32:
    total = np.float32(0.0)
    for weight in weights:
        total = np.float32(total + np.float32(weight))
    return total


_QUERY_TERMS = (
    "q AS (SELECT term, ord FROM unnest(%(terms)s::text[]) WITH ORDINALITY AS u(term, ord))"
)
# The best rows by a float64 sum first, then the weights of those rows alone, in token order:
# gathering every matching row's weights cost 43 ms a query at 71k passages (bench/postgres.py).
_TOP_SQL = f"""
WITH {_QUERY_TERMS},
best AS (
    SELECT b.row FROM q JOIN bm25_postings b
        ON b.generation_id = %(generation)s AND b.term = q.term
    {{join}}
    GROUP BY b.row ORDER BY sum(b.weight::float8) DESC, b.row LIMIT %(limit)s
)
SELECT best.row, array_agg(b.weight ORDER BY q.ord)
FROM best CROSS JOIN q JOIN bm25_postings b
    ON b.generation_id = %(generation)s AND b.term = q.term AND b.row = best.row
GROUP BY best.row
"""
_OF_SQL = f"""
WITH {_QUERY_TERMS}
SELECT b.row, array_agg(b.weight ORDER BY q.ord)
FROM q JOIN bm25_postings b
    ON b.generation_id = %(generation)s AND b.term = q.term AND b.row = ANY(%(rows)s)
GROUP BY b.row
"""
_ALLOWED_JOIN = (
    "JOIN passages p ON p.generation_id = b.generation_id AND p.row = b.row"
    " AND p.document_id = ANY(%(documents)s)"
)


class PgBM25Query:
    def __init__(
        self,
        pool: Pool,
        generation: int,
        store: Store,
        terms: list[str],
        allowed: Allowed,
        margin: int,
    ) -> None:
        self._margin = margin
        self._pool = pool
        self._generation = generation
        self._store = store
        self._terms = terms
        self._allowed = allowed

    def _scores(self, sql: str, extra: dict[str, object]) -> dict[int, np.float32]:
        if not self._terms or (self._allowed is not None and not self._allowed):
            return {}
        params: dict[str, object] = {"terms": self._terms, "generation": self._generation}
        if self._allowed is not None:
            params["documents"] = sorted(self._allowed)
        params.update(extra)
        with self._pool.connection() as conn:
            found = conn.execute(sql, params).fetchall()
        return {int(row): _float32_sum(weights) for row, weights in found}

    def top(self, n: int) -> Ranked:
        join = _ALLOWED_JOIN if self._allowed is not None else ""
        scored = self._scores(_TOP_SQL.format(join=join), {"limit": n + self._margin})
        return _ranked(self._store, {r: s for r, s in scored.items() if s > 0}, n)

    def of(self, ids: Sequence[str]) -> Scores:
        rows = _rows(self._store, ids)
        scored = self._scores(_OF_SQL, {"rows": rows})
        return np.array([scored.get(row, 0.0) for row in rows], dtype=np.float32)


class PgLexical:
    def __init__(
        self,
        pool: Pool,
        generation: int,
        store: Store,
        document_frequency: dict[str, int],
        config: PgSearchConfig,
    ) -> None:
        self._config = config
        self._pool = pool
        self._generation = generation
        self._store = store
        self._df = document_frequency

    def idf(self, term: str) -> float:
        return lucene_idf(len(self._store.passages), self._df.get(term, 1))

    def query(self, text: str, allowed: Allowed) -> PgBM25Query:
        # bm25s drops out-of-vocabulary tokens and counts a repeated token once per repeat.
        terms = [t for t in tokenize(text) if t in self._df]
        return PgBM25Query(
            self._pool, self._generation, self._store, terms, allowed, self._config.bm25_margin
        )


class PgDenseQuery:
    def __init__(
        self,
        pool: Pool,
        generation: int,
        store: Store,
        vector: Vectors,
        allowed: Allowed,
        config: PgSearchConfig,
    ) -> None:
        self._pool = pool
        self._table = vector_table(generation)
        self._store = store
        self._vector = np.asarray(vector, dtype=np.float32)
        self._allowed = allowed
        self._config = config

    def top(self, n: int) -> Ranked:
        if self._allowed is not None and not self._allowed:
            return nothing_ranked()
        where = "" if self._allowed is None else "WHERE document_id = ANY(%(documents)s)"
        sql = (
            f"SELECT row, -(embedding <#> %(vector)s) FROM {self._table} {where}"
            " ORDER BY embedding <#> %(vector)s LIMIT %(limit)s"
        )
        params: dict[str, object] = {"vector": self._vector, "limit": n}
        if self._allowed is not None:
            params["documents"] = sorted(self._allowed)
        exact = len(self._store.passages) < self._config.exact_scan_below
        with self._pool.connection() as conn, conn.transaction():
            if exact:
                conn.execute("SELECT set_config('enable_indexscan', 'off', true)")
            else:
                ef = str(max(self._config.ef_search, n))
                conn.execute("SELECT set_config('hnsw.ef_search', %s, true)", (ef,))
                if self._allowed is not None:
                    conn.execute("SELECT set_config('hnsw.iterative_scan', 'relaxed_order', true)")
            found = conn.execute(sql, params).fetchall()
        return _ranked(self._store, {int(r): np.float32(s) for r, s in found}, n)

    def of(self, ids: Sequence[str]) -> Scores:
        rows = _rows(self._store, ids)
        sql = f"SELECT row, -(embedding <#> %s) FROM {self._table} WHERE row = ANY(%s)"
        with self._pool.connection() as conn:
            found: dict[int, float] = dict(conn.execute(sql, (self._vector, rows)).fetchall())
        return np.array([found.get(row, 0.0) for row in rows], dtype=np.float32)


class PgVectors:
    def __init__(self, pool: Pool, generation: int, store: Store, config: PgSearchConfig) -> None:
        self._pool = pool
        self._generation = generation
        self._store = store
        self._config = config

    def query(self, vector: Vectors, allowed: Allowed) -> PgDenseQuery:
        return PgDenseQuery(
            self._pool, self._generation, self._store, vector, allowed, self._config
        )
