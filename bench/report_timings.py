"""Report sections on query-path speed: the issue-4 floor check and the stage timings."""

from __future__ import annotations

from typing import Any

from bench.report_tables import scale_factors, table
from bench.stages import STAGES

FLOOR_TARGET = {1: 2.0, 100: 5.0}
"""Issue 4: /v1/search within 2x of one query embedding on the shipped corpus, 5x at 100x."""

STAGE_LABELS = {
    "floor": "query embedding alone (the floor)",
    "stage_normalise": "query normalisation",
    "stage_bm25": "BM25 (bm25s scores + top-100)",
    "stage_embed": "query embedding (in the path)",
    "stage_dense": "dense search (FAISS top-100)",
    "stage_fusion": "fusion, prior, hits",
    "stage_compose": "answer composition",
    "search": "search, in-process (Assistant.search)",
    "search_cached": "search, query vector cached",
    "ask": "ask, in-process (Assistant.ask)",
    "http_search": "POST /v1/search",
    "http_ask": "POST /v1/ask",
    "http_search_overhead": "HTTP overhead, search",
    "http_ask_overhead": "HTTP overhead, ask",
    "reference_ask": "reference pipeline, question to answer",
}


def floor_check(results: dict[str, Any]) -> list[str]:
    rows = []
    for factor in scale_factors(results):
        s = results["scales"][str(factor)]
        t, r = s["timings_ms"], s["floor_ratio"]
        target = FLOOR_TARGET.get(factor)
        verdict = (
            "-" if target is None else ("met" if r["search_inprocess"] <= target else "MISSED")
        )
        rows.append(
            [
                f"{factor}x",
                s["passages"],
                t["floor"]["p50"],
                t["search"]["p50"],
                r["search_inprocess"],
                t["http_search"]["p50"],
                r["search_http"],
                f"{target}x" if target else "-",
                verdict,
            ]
        )
    return [
        "## Issue 4 floor check (medians, same process, same run)",
        "",
        *table(
            [
                "corpus",
                "passages",
                "embed 1 query ms",
                "search ms",
                "search / floor",
                "HTTP search ms",
                "HTTP / floor",
                "target",
                "in-process",
            ],
            rows,
        ),
    ]


def stage_tables(results: dict[str, Any]) -> list[str]:
    factors = scale_factors(results)
    keys = [
        "floor",
        *(f"stage_{s}" for s in STAGES),
        "search",
        "search_cached",
        "http_search",
        "http_search_overhead",
        "ask",
        "http_ask",
        "http_ask_overhead",
        "reference_ask",
    ]
    rows = []
    for key in keys:
        cells: list[Any] = [STAGE_LABELS[key]]
        for factor in factors:
            t = results["scales"][str(factor)]["timings_ms"].get(key)
            cells.append(f"{t['p50']:.2f} / {t['p95']:.2f}" if t else "-")
        rows.append(cells)
    lines = [
        "## Stage timings, warm, ms (p50 / p95) over the gold questions",
        "",
        "Each search and ask embeds its query (the query-vector cache is emptied first), except",
        "'query vector cached'. Stages are timed by the query path itself (retrieval.clock);",
        "HTTP overhead is HTTP minus in-process time for the same question, paired.",
        "",
        *table(["stage", *(f"{f}x" for f in factors)], rows),
    ]
    slow = []
    for factor in factors:
        t = results["scales"][str(factor)]["timings_ms"]
        stage_keys = [f"stage_{s}" for s in STAGES] + ["http_ask_overhead"]
        worst = max(stage_keys, key=lambda k: t[k]["p50"])
        rest = max((k for k in stage_keys if k != "stage_embed"), key=lambda k: t[k]["p50"])
        slow.append(
            f"- {factor}x: slowest stage {STAGE_LABELS[worst]} ({t[worst]['p50']} ms p50); "
            f"slowest after it {STAGE_LABELS[rest]} ({t[rest]['p50']} ms p50)"
        )
    unaccounted = [f"{f}x {results['scales'][str(f)]['search_unaccounted_ms']} ms" for f in factors]
    return [*lines, *slow, "", f"Search p50 minus its stages' p50s: {', '.join(unaccounted)}.", ""]
