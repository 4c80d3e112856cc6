"""Warm query-path timings at one index, in one process: the floor, each stage, in-process and
over HTTP, the reference pipeline beside ours, memory, and evidence@5.

Every timed search or ask starts with the searcher's query-vector cache emptied, so each one
pays for embedding its query, as a user's new question does; `search_cached_ms` shows the same
search with the vector cached. Samples are interleaved per question (floor, ask, HTTP ask,
stages, search, HTTP search), so a noisy neighbour slows all of them alike.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from answer.warm import WARM_SENTENCES
from bench.loopback import LoopbackClient
from bench.quality import eval_evidence, quality
from bench.reference import ReferencePipeline
from bench.served import served
from bench.stages import SEARCH_K, STAGES, stage_times
from bench.stats import peak_rss_mb, ratio, rss_mb, summary, timed_ms
from evals.gold import load_gold
from index.onnx_embedder import OnnxMiniLMEmbedder
from pipeline.assistant import Assistant
from pipeline.runtime import open_assistant
from retrieval.query import normalise as normalise_query
from retrieval.search import Searcher

REPO = Path(__file__).resolve().parent.parent
SERVER_QUERY_CACHE = 8
GOLD = REPO / "evals" / "gold.yaml"


def forget_query_vectors(assistant: Assistant) -> None:
    """Empty the searcher's query-vector cache, so the next search embeds its query."""
    assistant.searcher.clear_query_cache()


def measure(
    index_dir: Path,
    *,
    rounds: int,
    corpus_dir: Path | None = None,
    reference: bool = False,
    progress: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Everything measured at one index; `reference` also builds and runs the reference."""
    rss_start = rss_mb()
    items = load_gold(GOLD)
    questions = [i.question for i in items]
    data_dir = Path(tempfile.mkdtemp(prefix="bench-data-"))
    started = time.perf_counter()
    # Warmed as `serve` warms its assistant (answer/warm.py), so both sides start alike.
    assistant = open_assistant(
        index_dir, data_dir, embedder="onnx", query_threads=1, warm_sentences=WARM_SENTENCES
    )
    embedder = assistant.embedder
    rss_model = rss_mb()
    load_seconds = time.perf_counter() - started
    rss_loaded = rss_mb()
    searcher: Searcher = assistant.searcher
    store = searcher.index.store
    progress(f"loaded {len(store.passages)} passages in {load_seconds:.1f}s; warming up")
    for q in questions[:10]:
        assistant.search(q, k=SEARCH_K)
        assistant.ask(q)
        stage_times(assistant, q)

    ref: ReferencePipeline | None = None
    if reference:
        assert corpus_dir is not None
        progress("building the reference pipeline (embedding its windows)")
        ref = ReferencePipeline(corpus_dir, OnnxMiniLMEmbedder(threads=2), embedder)
        for q in questions[:10]:
            ref.ask(q)

    samples: dict[str, list[float]] = {
        k: []
        for k in (
            "floor",
            "search",
            "search_cached",
            "http_search",
            "ask",
            "http_ask",
            "http_search_overhead",
            "http_ask_overhead",
            "reference_ask",
            *(f"stage_{s}" for s in STAGES),
        )
    }
    top5: dict[str, list[str]] = {}
    top5_ids: dict[str, list[str]] = {}
    answers: dict[str, tuple[str, bool]] = {}
    ref_top5: dict[str, list[str]] = {}
    ref_answers: dict[str, tuple[str, bool]] = {}

    # One client asks far faster than a person: no rate limit; the audit log goes to a file. Each
    # server is sent each question as the floor embeds it, so its query-vector cache is cut to a
    # few vectors: enough for the searches of one ask that share a text (in-process, the cache is
    # emptied before each ask), too few to keep a question until the next round. Searches and
    # asks go to servers of their own, so a search does not warm the ask's cache. (A mark added
    # to make each question new to a full cache lengthened the text the server embedded: about
    # 0.4 ms, 10% of the floor.)
    def settings(name: str) -> dict[str, str]:
        return {
            "SA_QUERY_CACHE": str(SERVER_QUERY_CACHE),
            "SA_RATE_LIMIT_PER_MINUTE": "0",
            "SA_AUDIT_LOG": str(data_dir / f"audit-{name}.jsonl"),
            "SA_EMBEDDER": "onnx",
            "SA_QUERY_THREADS": "1",
        }

    with (
        served(index_dir, data_dir / "search", settings=settings("search")) as search_base,
        served(index_dir, data_dir / "ask", settings=settings("ask")) as ask_base,
        LoopbackClient(search_base) as searching,
        LoopbackClient(ask_base) as asking,
    ):
        for q in questions[:5]:
            searching.post("/v1/search", {"query": q, "k": SEARCH_K})
            asking.post("/v1/ask", {"question": q})
        started = time.perf_counter()
        for r in range(rounds):
            for n, item in enumerate(items):
                q = item.question
                expanded = normalise_query(searcher.read(q), searcher.index.abbreviations).expanded
                samples["floor"].append(timed_ms(lambda: embedder.embed([expanded]))[1])  # noqa: B023
                # Asked first, before the stages and searches below have passed this question's
                # sentences through the answer layer's caches: in round one each process sees
                # the question as new, as a user's question is.
                forget_query_vectors(assistant)
                result, ask_ms = timed_ms(lambda: assistant.ask(q))  # noqa: B023
                samples["ask"].append(ask_ms)
                _, http_ms = timed_ms(
                    lambda: asking.post("/v1/ask", {"question": q})  # noqa: B023
                )
                samples["http_ask"].append(http_ms)
                samples["http_ask_overhead"].append(http_ms - ask_ms)
                for stage, ms in stage_times(assistant, q).items():
                    samples[f"stage_{stage}"].append(ms)
                forget_query_vectors(assistant)
                hits, search_ms = timed_ms(lambda: assistant.search(q, k=SEARCH_K))  # noqa: B023
                samples["search"].append(search_ms)
                samples["search_cached"].append(
                    timed_ms(lambda: assistant.search(q, k=SEARCH_K))[1]  # noqa: B023
                )
                _, http_ms = timed_ms(
                    lambda: searching.post("/v1/search", {"query": q, "k": SEARCH_K})  # noqa: B023
                )
                samples["http_search"].append(http_ms)
                samples["http_search_overhead"].append(http_ms - search_ms)
                if r == 0:
                    top5[item.id] = [h.passage.text for h in hits[:5]]
                    top5_ids[item.id] = [h.passage.id for h in hits[:5]]
                    answers[item.id] = (result.answer.text, result.answer.refused)
                if ref is not None:
                    (answer, windows), ref_ms = timed_ms(lambda: ref.ask(q))  # noqa: B023
                    samples["reference_ask"].append(ref_ms)
                    if r == 0:
                        ref_top5[item.id] = [w.text for w in windows]
                        ref_answers[item.id] = (answer, False)
                if n % 40 == 0:
                    progress(f"round {r + 1}/{rounds}: question {n + 1}/{len(items)}")
        timed_seconds = time.perf_counter() - started
    rss_after = rss_mb()
    assistant.close()

    stats = {k: summary(v) for k, v in samples.items() if v}
    floor = stats["floor"]["p50"]
    stage_sum = sum(stats[f"stage_{s}"]["p50"] for s in STAGES if s != "compose")
    out: dict[str, Any] = {
        "passages": len(store.passages),
        "documents": len(store.documents),
        "questions": len(items),
        "rounds": rounds,
        "load_seconds": round(load_seconds, 2),
        "timed_seconds": round(timed_seconds, 1),
        "rss_mb": {
            "process_start": rss_start,
            "model_loaded": rss_model,
            "index_loaded": rss_loaded,
            "after_queries": rss_after,
            "peak": peak_rss_mb(),
        },
        "timings_ms": stats,
        "floor_ratio": {
            "search_inprocess": ratio(stats["search"]["p50"], floor),
            "search_http": ratio(stats["http_search"]["p50"], floor),
            "ask_inprocess": ratio(stats["ask"]["p50"], floor),
            "ask_http": ratio(stats["http_ask"]["p50"], floor),
        },
        "search_unaccounted_ms": round(stats["search"]["p50"] - stage_sum, 3),
        "quality": quality(items, top5, answers),
        "evidence": eval_evidence(items, top5_ids, top5, searcher.index),
    }
    if ref is not None:
        out["reference"] = {
            "windows": len(ref.windows),
            "build_seconds": round(ref.build_seconds, 1),
            "quality": quality(items, ref_top5, ref_answers),
        }
    return out
