"""BM25 inside PostgreSQL, for one generation, ranking exactly as bm25s does in-process.

The database holds each term's postings as impact-ordered blocks and each passage's own term
weights (index.pg.publish). The best passages are read block by block until the threshold
algorithm of index.pg.threshold proves them; passages it leaves undecided, and those fusion asks
about, are scored from their own rows. Every score is the float32 sum bm25s makes. Blocks read
are kept in the process (BlockCache), since the same common terms recur query after query.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import psycopg
from psycopg.rows import TupleRow

from index.backend import Allowed, Ranked, Scores, nothing_ranked
from index.bm25 import lucene_idf
from index.errors import IndexCorrupt
from index.pg.impacts import score_rows
from index.pg.signals import PgSearchConfig, Pool, passage_rows, ranked
from index.pg.threshold import Mask, ThresholdTopK
from index.store import Store
from index.tokenize import tokenize

Connection = psycopg.Connection[TupleRow]

_BLOCKS_SQL = """
SELECT b.term_id, b.block, b.rows, b.weights
FROM unnest(%(terms)s::int4[], %(blocks)s::int4[]) AS w(term_id, block)
JOIN bm25_blocks b
    ON b.generation_id = %(generation)s AND b.term_id = w.term_id AND b.block = w.block
ORDER BY b.term_id, b.block
"""
_ROWS_SQL = """
SELECT row, term_ids, weights FROM bm25_rows
WHERE generation_id = %(generation)s AND row = ANY(%(rows)s::int4[])
"""


@dataclass(frozen=True, slots=True)
class Depth:
    """How much of its terms' postings one query read to prove its best passages, and how
    many it then scored from their own rows (figures for bench/, and for tuning)."""

    postings_read: int
    postings: int
    rounds: int
    looked_up: int


class BlockCache:
    """Impact blocks already read, kept in this process up to a byte budget, least recently
    used out first: a generation's blocks never change, and a common term's first blocks are
    read by most queries."""

    def __init__(self, max_bytes: int) -> None:
        self._max_bytes = max_bytes
        self._blocks: OrderedDict[tuple[int, int], tuple[bytes, bytes]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, term: int, block: int) -> tuple[bytes, bytes] | None:
        with self._lock:
            found = self._blocks.get((term, block))
            if found is not None:
                self._blocks.move_to_end((term, block))
            return found

    def put(self, term: int, block: int, rows: bytes, weights: bytes) -> None:
        size = len(rows) + len(weights)
        if size > self._max_bytes:
            return
        with self._lock:
            if (term, block) in self._blocks:
                return
            self._blocks[(term, block)] = (rows, weights)
            self._bytes += size
            while self._bytes > self._max_bytes:
                _, (old_rows, old_weights) = self._blocks.popitem(last=False)
                self._bytes -= len(old_rows) + len(old_weights)


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
        cache: BlockCache,
    ) -> None:
        self._pool = pool
        self._generation = generation
        self._store = store
        self._cache = cache
        self._tokens = tokens
        self._df = df
        self._allowed = allowed
        self._config = config
        self._known: dict[int, np.float32] = {}
        """Scores already summed for this query: fusion asks again for the top passages'."""
        self.depth: Depth | None = None
        """Set by `top`."""

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
        rounds = 0
        with self._pool.connection() as conn:
            while wanted := search.wanted():
                rounds += 1
                missing = []
                for term, block in wanted:
                    cached = self._cache.get(term, block)
                    if cached is None:
                        missing.append((term, block))
                    else:
                        search.add(term, *cached)
                if missing:
                    self._read_blocks(conn, missing, search)
            candidates = search.candidates()
            scored = candidates.scored | self._look_up(conn, candidates.to_look_up)
        self._known.update(scored)
        self.depth = Depth(
            search.postings_read, search.postings, rounds, len(candidates.to_look_up)
        )
        return ranked(self._store, scored, n)

    def _read_blocks(
        self, conn: Connection, wanted: list[tuple[int, int]], search: ThresholdTopK
    ) -> None:
        terms, blocks = zip(*wanted, strict=True)
        params = {"terms": list(terms), "blocks": list(blocks), "generation": self._generation}
        found = conn.execute(_BLOCKS_SQL, params, binary=True).fetchall()
        # Every round must add each block it asked for, or the reading would never end.
        if len(found) != len(wanted):
            raise IndexCorrupt(
                f"generation {self._generation} lacks {len(wanted) - len(found)} BM25 block(s)"
            )
        for term, block, rows, weights in found:
            packed = bytes(rows), bytes(weights)
            self._cache.put(int(term), int(block), *packed)
            search.add(int(term), *packed)

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

    def prefetch(self, n: int) -> None:
        """BM25's reading is numpy in this process between its block reads: not overlapped."""

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
        self._cache = BlockCache(config.bm25_block_cache_mb * 2**20)

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
