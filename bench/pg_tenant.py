"""One council published as a tenant of its own beside the big generation, and searched: what a
shared service gives each council (bench/postgres.py --tenant-index)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from bench.pg_search import evidence_at_5, timed_searches
from index.factory import BackendChoice, open_source, publish_built
from index.onnx_embedder import OnnxMiniLMEmbedder
from index.pg.source import PostgresSource
from retrieval.search import Searcher

TENANT = "copy-0"


def measure_tenant(
    index_dir: Path, url: str, embedder: OnnxMiniLMEmbedder, asked: list[str], rounds: int
) -> dict[str, Any]:
    """Copy 0 published as a tenant of its own beside the big generation, and searched."""
    choice = BackendChoice("postgres", index_dir, database_url=url, tenant=TENANT)
    started = time.perf_counter()
    publish_built(choice)
    publish_seconds = time.perf_counter() - started
    source = open_source(choice)
    assert isinstance(source, PostgresSource)
    try:
        started = time.perf_counter()
        loaded = source.load(model_fingerprint=embedder.fingerprint)
        load_seconds = time.perf_counter() - started
        searcher = Searcher(loaded, embedder)
        timed = timed_searches(searcher, asked, rounds)
        with source.pool.connection() as conn:
            row = conn.execute(
                "SELECT (SELECT count(*) FROM passages), (SELECT count(*) FROM bm25_blocks)"
            ).fetchone()
        evidence = evidence_at_5(searcher)
    finally:
        source.close()
    return {
        "tenant": TENANT,
        "passages": len(loaded.store.passages),
        "passages_in_database": int(row[0]) if row else None,
        "bm25_blocks_in_database": int(row[1]) if row else None,
        "search": timed,
        "evidence": evidence,
        "publish_seconds": round(publish_seconds, 1),
        "load_seconds": round(load_seconds, 1),
    }
