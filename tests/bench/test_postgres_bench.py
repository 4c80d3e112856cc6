"""bench/postgres.py measures both backends on a real index and names the slowest stage."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from bench.postgres import measure

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def test_the_shipped_corpus_is_measured_on_both_backends(real_index_dir: Path) -> None:
    work = Path(tempfile.mkdtemp(prefix="sa-bench-pg-test-"))
    work.chmod(0o755)
    try:
        result = measure(real_index_dir, 1, 1, work, tenant_index=real_index_dir)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    assert result["postgres_exact_scan"] is True
    # The exact scan and HNSW agree on a corpus this small.
    assert result["hnsw_recall_at_10"] >= 0.98
    for backend in ("memory_search", "postgres_search"):
        assert result[backend]["p50_ms"] > 0
        assert result[backend]["slowest"] in {"bm25", "dense", "fusion"}
    # The same generation published again as a tenant of its own is searched as well, and finds
    # what the default tenant finds.
    tenant = result["tenant_copy0"]
    assert tenant["passages"] == result["passages"]
    assert tenant["search"]["p50_ms"] > 0 and tenant["unscoped_again"]["p50_ms"] > 0
    assert tenant["evidence"] == result["evidence"]
