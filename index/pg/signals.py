"""Dense search inside PostgreSQL for one generation, and the settings of both signals there
(BM25 is index.pg.lexical).

Dense: pgvector's negative inner product. Below `exact_scan_below` passages the scan is exact
(the planner is told not to use the index), which is as fast there and equals FAISS's exact
search; above it the generation's HNSW graph answers (index.pg.graph), with iterative scans when
a filter is given so a selective filter still fills `n`. Either way the scores are the float32
vectors' own, so a half-precision graph changes which passages are found, never their scores.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np
from psycopg_pool import ConnectionPool

from index.backend import Allowed, Ranked, Scores, nothing_ranked
from index.embedder import Vectors
from index.pg.columns import ColumnConfig
from index.pg.graph import HnswGraph, check_ef_search
from index.pg.maxscore import BoundConfig
from index.pg.schema import vector_table
from index.store import Store

Pool = ConnectionPool


@dataclass(frozen=True, slots=True)
class PgSearchConfig:
    exact_scan_below: int = 50_000
    """Generations with fewer passages are scanned exactly: the answer FAISS gives, and at this
    size no slower than HNSW (bench/)."""
    ef_search: int | None = None
    """HNSW's candidate list for every generation, in place of the one recorded with each
    (index.pg.graph): for measuring a graph at other values (bench/hnsw.py)."""
    columns: ColumnConfig = field(default_factory=ColumnConfig)
    """How BM25's terms are held in the process once read (index.pg.columns)."""
    bound: BoundConfig = field(default_factory=BoundConfig)
    """How BM25's best passages are proven from them (index.pg.maxscore)."""

    def __post_init__(self) -> None:
        if self.exact_scan_below < 0:
            raise ValueError(f"exact_scan_below must be 0 or more, got {self.exact_scan_below}")
        if self.ef_search is not None:
            check_ef_search(self.ef_search)


def passage_rows(store: Store, ids: Sequence[str]) -> list[int]:
    return [store.rows_by_id[i] for i in ids]


def ranked(store: Store, scored: dict[int, np.float32], n: int) -> Ranked:
    best = sorted(scored.items(), key=lambda item: (-item[1], item[0]))[:n]
    return Ranked(
        tuple(store.passages[row].id for row, _ in best),
        np.array([score for _, score in best], dtype=np.float32),
    )


def nearest_sql(table: str, graph: HnswGraph | None, dim: int, *, filtered: bool) -> str:
    """The nearest rows by `graph`, or by the exact scan if None, with their float32 scores."""
    where = "WHERE document_id = ANY(%(documents)s)" if filtered else ""
    # The graph is used only when the query orders by the very expression it was built on.
    order = (
        "embedding <#> %(vector)s"
        if graph is None
        else f"{graph.key(dim)} <#> {graph.operand(dim)}"
    )
    return (
        f"SELECT row, -(embedding <#> %(vector)s) FROM {table} {where}"
        f" ORDER BY {order} LIMIT %(limit)s"
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
        graph: HnswGraph,
        executor: ThreadPoolExecutor,
    ) -> None:
        self._pool = pool
        self._graph = graph
        self._executor = executor
        self._prefetched: tuple[int, Future[Ranked]] | None = None
        self._table = vector_table(generation)
        self._store = store
        self._vector = np.asarray(vector, dtype=np.float32)
        self._allowed = allowed
        self._config = config
        self._known: dict[int, np.float32] = {}
        """Scores `top` already has: fusion asks again for them among its candidates'."""

    def prefetch(self, n: int) -> None:
        """The nearest `n` asked for on another thread: the database walks the graph on its
        own core while this process reads BM25's blocks (index.pg.lexical)."""
        if self._prefetched is None:
            self._prefetched = (n, self._executor.submit(self._top, n))

    def top(self, n: int) -> Ranked:
        if self._prefetched is not None and self._prefetched[0] == n:
            return self._prefetched[1].result()
        return self._top(n)

    def _top(self, n: int) -> Ranked:
        if self._allowed is not None and not self._allowed:
            return nothing_ranked()
        exact = len(self._store.passages) < self._config.exact_scan_below
        sql = nearest_sql(
            self._table,
            None if exact else self._graph,
            len(self._vector),
            filtered=self._allowed is not None,
        )
        params: dict[str, object] = {"vector": self._vector, "limit": n}
        if self._allowed is not None:
            params["documents"] = sorted(self._allowed)
        with self._pool.connection() as conn, conn.transaction():
            if exact:
                conn.execute("SELECT set_config('enable_indexscan', 'off', true)")
            else:
                ef = str(max(self._config.ef_search or self._graph.ef_search, n))
                conn.execute("SELECT set_config('hnsw.ef_search', %s, true)", (ef,))
                if self._allowed is not None:
                    conn.execute("SELECT set_config('hnsw.iterative_scan', 'relaxed_order', true)")
            found = conn.execute(sql, params).fetchall()
        scored = {int(r): np.float32(s) for r, s in found}
        self._known.update(scored)
        return ranked(self._store, scored, n)

    def of(self, ids: Sequence[str]) -> Scores:
        rows = passage_rows(self._store, ids)
        missing = [row for row in dict.fromkeys(rows) if row not in self._known]
        if missing:
            sql = f"SELECT row, -(embedding <#> %s) FROM {self._table} WHERE row = ANY(%s)"
            with self._pool.connection() as conn:
                found = conn.execute(sql, (self._vector, missing)).fetchall()
            self._known.update({int(r): np.float32(s) for r, s in found})
        return np.array([self._known.get(row, 0.0) for row in rows], dtype=np.float32)


class PgVectors:
    def __init__(
        self,
        pool: Pool,
        generation: int,
        store: Store,
        config: PgSearchConfig,
        graph: HnswGraph,
    ) -> None:
        self._pool = pool
        self._generation = generation
        self._store = store
        self._config = config
        self.graph = graph
        """What the generation's vectors were published with (index.pg.graph)."""
        # One thread per connection the pool may open: a prefetch never waits for a thread
        # longer than it would wait for a connection.
        self._executor = ThreadPoolExecutor(
            max_workers=max(1, pool.max_size), thread_name_prefix="pg-dense"
        )

    def query(self, vector: Vectors, allowed: Allowed) -> PgDenseQuery:
        return PgDenseQuery(
            self._pool,
            self._generation,
            self._store,
            vector,
            allowed,
            self._config,
            self.graph,
            self._executor,
        )
