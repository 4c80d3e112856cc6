"""HNSW's recall@10 against the exact scan, and its time, over a range of ef_search (figures).

The exact scan is the truth; for each ef_search the same query vectors ask HNSW for the 100
candidates search asks for, timed, and its top 10 is compared with the exact top 10. The
smallest ef_search at or above the recall target is the one to serve with (PgSearchConfig).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

import numpy as np

from index.embedder import Vectors
from index.pg.graph import HnswGraph
from index.pg.signals import PgSearchConfig, PgVectors, Pool
from index.store import Store

CANDIDATES = 100
"""What search asks the dense signal for (SearchConfig.candidates)."""


def ef_curve(
    pool: Pool,
    generation: int,
    store: Store,
    vectors: Sequence[Vectors],
    ef_values: Sequence[int],
    graph: HnswGraph,
) -> dict[str, Any]:
    """Recall@10 and the p50 / p95 time of an HNSW top 100 over the generation's `graph`, per
    ef_search."""
    exact = PgVectors(pool, generation, store, PgSearchConfig(exact_scan_below=10**9), graph)
    truth = [set(exact.query(v, None).top(10).ids) for v in vectors]
    curve: dict[str, Any] = {}
    for ef in ef_values:
        hnsw = PgVectors(
            pool, generation, store, PgSearchConfig(exact_scan_below=0, ef_search=ef), graph
        )
        for v in vectors:  # warm: the graph's pages into the server's cache
            hnsw.query(v, None).top(CANDIDATES)
        found, ms = [], []
        for v, want in zip(vectors, truth, strict=True):
            started = time.perf_counter()
            ids = hnsw.query(v, None).top(CANDIDATES).ids
            ms.append((time.perf_counter() - started) * 1000)
            found.append(len(want & set(ids[:10])) / max(1, len(want)))
        curve[str(ef)] = {
            "recall_at_10": round(float(np.mean(found)), 4),
            "p50_ms": round(float(np.percentile(ms, 50)), 2),
            "p95_ms": round(float(np.percentile(ms, 95)), 2),
        }
    return curve
