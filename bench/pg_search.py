"""How the PostgreSQL benchmark times a searcher and checks what it finds: the gold questions'
search p50 and p95 with each stage's median, and evidence@5 as the eval counts it."""

from __future__ import annotations

import time
from typing import Any

import numpy as np

from bench.measure import GOLD
from bench.quality import eval_evidence
from evals.gold import load_gold
from index.pg.source import PostgresSource
from retrieval.clock import Clock
from retrieval.query import normalise
from retrieval.search import Searcher

STAGES = ("bm25", "dense", "fusion")


def percentiles(samples: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(float(np.percentile(samples, 50)), 2),
        "p95_ms": round(float(np.percentile(samples, 95)), 2),
    }


def timed_searches(searcher: Searcher, asked: list[str], rounds: int) -> dict[str, Any]:
    # The first hybrid pass is timed apart: its BM25 columns come from the database, later
    # passes' from the process's column cache (index.pg.columns), as the common terms' do in
    # service. The query vectors are cached before it without searching: a dense-only search
    # would read the columns too, since fusion asks BM25 for its candidates' scores.
    for question in asked:
        searcher.embed_query(
            normalise(searcher.read(question), searcher.index.abbreviations).expanded
        )
    first: list[float] = []
    for question in asked:
        started = time.perf_counter()
        searcher.search(searcher.read(question), k=10)
        first.append((time.perf_counter() - started) * 1000)
    totals: list[float] = []
    stages: dict[str, list[float]] = {name: [] for name in STAGES}
    for _ in range(rounds):
        for question in asked:
            clock = Clock()
            started = time.perf_counter()
            searcher.search(searcher.read(question), k=10, clock=clock)
            totals.append((time.perf_counter() - started) * 1000)
            for name in STAGES:
                stages[name].append(clock.ms.get(name, 0.0))
    medians = {name: round(float(np.median(ms)), 2) for name, ms in stages.items()}
    return {
        **percentiles(totals),
        "first_pass": percentiles(first),
        "stage_p50_ms": medians,
        "slowest": max(medians, key=medians.__getitem__),
    }


def evidence_at_5(searcher: Searcher) -> dict[str, Any]:
    """Evidence@5 of the gold questions that stand alone, as the eval counts it."""
    items = [i for i in load_gold(GOLD) if i.follows is None]
    top5_ids: dict[str, list[str]] = {}
    top5_texts: dict[str, list[str]] = {}
    for item in items:
        hits = searcher.search(searcher.read(item.question), k=5)
        top5_ids[item.id] = [h.passage.id for h in hits]
        top5_texts[item.id] = [h.passage.text for h in hits]
    return eval_evidence(items, top5_ids, top5_texts, searcher.index)


def served_generation(source: PostgresSource, tenant: str = "") -> int:
    with source.pool.connection() as conn:
        row = conn.execute(
            "SELECT generation_id FROM serving WHERE tenant = %s", (tenant,)
        ).fetchone()
    if row is None:
        raise RuntimeError("no generation is served")
    return int(row[0])
