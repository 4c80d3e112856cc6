"""Warm query-path timings at one index, in one process: the floor, each stage, in-process and
over HTTP, the reference pipeline beside ours, memory, and evidence@5.

Every timed search or ask starts with the searcher's query-vector cache emptied, so each one
pays for embedding its query, as a user's new question does; `search_cached_ms` shows the same
search with the vector cached. Samples are interleaved per question (floor, stages, search,
HTTP search, ask, HTTP ask), so a noisy neighbour slows all of them alike.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import numpy.typing as npt

from answer.extractive import compose
from bench.reference import ReferencePipeline
from bench.stats import peak_rss_mb, ratio, rss_mb, summary, timed_ms
from evals.evidence import build_evidence_map, normalise
from evals.gold import GoldItem, load_gold
from evals.metrics import fact_met
from index.embedder import Embedder
from index.generation import LoadedIndex
from index.onnx_embedder import OnnxMiniLMEmbedder
from retrieval.fusion import weighted_fusion
from retrieval.query import asks_for_older
from retrieval.query import normalise as normalise_query
from retrieval.search import Hit, SearchConfig, Searcher
from server.app import create_app
from server.conversations import ConversationStore
from server.runtime import CONVERSATIONS_FILE, make_embedder, pin_threads
from server.service import ANSWER_PASSAGES, Assistant
from server.settings import Settings

REPO = Path(__file__).resolve().parent.parent
GOLD = REPO / "evals" / "gold.yaml"
SEARCH_K = 10
STAGES = ("normalise", "bm25", "embed", "dense", "fusion", "compose")


def forget_query_vectors(assistant: Assistant) -> None:
    """Empty the searcher's query-vector cache, so the next search embeds its query."""
    assistant.searcher.clear_query_cache()


def _top_rows(scores: npt.NDArray[np.float32], n: int) -> npt.NDArray[np.int64]:
    if len(scores) <= n:
        return np.arange(len(scores), dtype=np.int64)
    return np.argpartition(-scores, n)[:n].astype(np.int64)


@dataclass(slots=True)
class StageTimer:
    """The query path of `Searcher.search` (hybrid, no filters) and `compose`, stage by stage.

    It calls the same components in the same order as the searcher; `unaccounted` in the report
    (search total minus the stages) shows if the two drift apart.
    """

    index: LoadedIndex
    embedder: Embedder
    config: SearchConfig = field(default_factory=SearchConfig)
    superseded: npt.NDArray[np.bool_] = field(init=False)

    def __post_init__(self) -> None:
        store = self.index.store
        flags = [store.documents[d].superseded_by is not None for d in store.document_order]
        self.superseded = np.array(flags, dtype=bool)[store.row_document]

    def run(self, question: str) -> dict[str, float]:
        index, store, cfg = self.index, self.index.store, self.config
        ms: dict[str, float] = {}
        query, ms["normalise"] = timed_ms(lambda: normalise_query(question, index.abbreviations))
        pool = max(cfg.candidates, 5 * SEARCH_K)

        def bm25() -> tuple[npt.NDArray[np.float32], npt.NDArray[np.int64]]:
            scores = index.bm25.scores(query.expanded)
            rows = _top_rows(scores, pool)
            return scores, rows[scores[rows] > 0]

        (bm25_all, bm25_rows), ms["bm25"] = timed_ms(bm25)
        vector, ms["embed"] = timed_ms(lambda: self.embedder.embed([query.expanded])[0])
        (_, dense_rows), ms["dense"] = timed_ms(lambda: index.dense.search(vector, pool))

        def fuse() -> list[Hit]:
            rows = np.unique(np.concatenate([bm25_rows, dense_rows]))
            bm25_scores = np.maximum(bm25_all[rows], 0).astype(np.float32)
            dense = index.dense.similarity(vector, rows)
            w = cfg.dense_weight
            fused = weighted_fusion([bm25_scores, dense], [1 - w, w])
            prior = np.ones(len(rows), dtype=np.float32)
            for i, row in enumerate(rows):
                if self.superseded[row]:
                    document = store.document_of(store.passages[int(row)])
                    if not asks_for_older(query.text, document):
                        prior[i] = cfg.superseded_penalty
            final = fused * prior
            order = np.argsort(-final, kind="stable")[:SEARCH_K]
            hits = []
            for i in order:
                passage = store.passages[int(rows[i])]
                scores = {"bm25": float(bm25_scores[i]), "dense": float(dense[i])}
                hits.append(Hit(passage, store.document_of(passage), float(final[i]), scores))
            return hits

        hits, ms["fusion"] = timed_ms(fuse)
        _, ms["compose"] = timed_ms(
            lambda: compose(
                question,
                query.expanded,
                hits[:ANSWER_PASSAGES],
                idf=index.bm25.idf,
                documents=store.documents,
            )
        )
        return ms


def _held_normalised(texts: Sequence[str], item: GoldItem) -> bool:
    """The brief's rule: some gold quote, normalised, inside some passage, normalised."""
    quotes = [normalise(ev.quote) for ev in item.evidence]
    return any(q and q in normalise(t) for t in texts for q in quotes)


def _facts(item: GoldItem, answer: str, refused: bool) -> list[bool]:
    return [not refused and fact_met(spellings, answer) for spellings in item.facts]


def _quality(
    items: Sequence[GoldItem],
    top5: dict[str, list[str]],
    answers: dict[str, tuple[str, bool]],
) -> dict[str, Any]:
    answerable = [i for i in items if i.answerable]
    facts = [f for i in answerable for f in _facts(i, *answers[i.id])]
    whole = [all(_facts(i, *answers[i.id])) for i in answerable]
    words = [len(answers[i.id][0].split()) for i in answerable if not answers[i.id][1]]
    unanswerable = [i for i in items if not i.answerable]
    return {
        "evidence_at_5": round(
            float(np.mean([_held_normalised(top5[i.id], i) for i in answerable])), 3
        ),
        "fact_accuracy": round(float(np.mean(facts)), 3),
        "items_all_facts": round(float(np.mean(whole)), 3),
        "answer_words_p50": float(np.median(words)) if words else 0.0,
        "refused_unanswerable": round(float(np.mean([answers[i.id][1] for i in unanswerable])), 3)
        if unanswerable
        else None,
        "refused_answerable": round(float(np.mean([answers[i.id][1] for i in answerable])), 3),
        "answerable": len(answerable),
    }


def measure(
    index_dir: Path,
    *,
    rounds: int,
    corpus_dir: Path | None = None,
    reference: bool = False,
    progress: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Everything measured at one index; `reference` also builds and runs the reference."""
    from tests.server.live import serve

    rss_start = rss_mb()
    items = load_gold(GOLD)
    questions = [i.question for i in items]
    data_dir = Path(tempfile.mkdtemp(prefix="bench-data-"))
    # One client asks far faster than a person: no rate limit; the audit log goes to a file.
    extra = {"rate_limit_per_minute": 0, "audit_log": str(data_dir / "audit.jsonl")}
    settings = Settings(
        index_dir=index_dir,
        data_dir=data_dir,
        embedder="onnx",
        query_threads=1,
        **{k: v for k, v in extra.items() if k in Settings.model_fields},  # type: ignore[arg-type]
    )
    started = time.perf_counter()
    pin_threads(settings.query_threads)
    embedder = make_embedder(settings, threads=settings.query_threads)
    rss_model = rss_mb()
    conversations = ConversationStore(
        data_dir / CONVERSATIONS_FILE,
        ttl_seconds=settings.conversation_ttl_seconds,
        max_turns=settings.conversation_max_turns,
    )
    assistant = Assistant(index_dir=index_dir, embedder=embedder, conversations=conversations)
    load_seconds = time.perf_counter() - started
    rss_loaded = rss_mb()
    searcher: Searcher = assistant.searcher
    store = searcher.index.store
    stages = StageTimer(searcher.index, embedder)
    progress(f"loaded {len(store.passages)} passages in {load_seconds:.1f}s; warming up")
    for q in questions[:10]:
        assistant.search(q, k=SEARCH_K)
        assistant.ask(q)
        stages.run(q)

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
    app = create_app(settings, assistant=assistant)
    with serve(app) as base, httpx.Client(base_url=base, timeout=60) as client:
        for q in questions[:5]:
            client.post("/v1/search", json={"query": q, "k": SEARCH_K}).raise_for_status()
            client.post("/v1/ask", json={"question": q}).raise_for_status()
        started = time.perf_counter()
        for r in range(rounds):
            for n, item in enumerate(items):
                q = item.question
                expanded = normalise_query(q, searcher.index.abbreviations).expanded
                samples["floor"].append(timed_ms(lambda: embedder.embed([expanded]))[1])  # noqa: B023
                for stage, ms in stages.run(q).items():
                    samples[f"stage_{stage}"].append(ms)
                forget_query_vectors(assistant)
                hits, search_ms = timed_ms(lambda: assistant.search(q, k=SEARCH_K))  # noqa: B023
                samples["search"].append(search_ms)
                samples["search_cached"].append(
                    timed_ms(lambda: assistant.search(q, k=SEARCH_K))[1]  # noqa: B023
                )
                forget_query_vectors(assistant)
                response, http_ms = timed_ms(
                    lambda: client.post("/v1/search", json={"query": q, "k": SEARCH_K})  # noqa: B023
                )
                response.raise_for_status()
                samples["http_search"].append(http_ms)
                samples["http_search_overhead"].append(http_ms - search_ms)
                forget_query_vectors(assistant)
                result, ask_ms = timed_ms(lambda: assistant.ask(q))  # noqa: B023
                samples["ask"].append(ask_ms)
                forget_query_vectors(assistant)
                response, http_ms = timed_ms(
                    lambda: client.post("/v1/ask", json={"question": q})  # noqa: B023
                )
                response.raise_for_status()
                samples["http_ask"].append(http_ms)
                samples["http_ask_overhead"].append(http_ms - ask_ms)
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
    conversations.close()

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
        "quality": _quality(items, top5, answers),
        "evidence": _eval_evidence(items, top5_ids, top5, searcher.index),
    }
    if ref is not None:
        out["reference"] = {
            "windows": len(ref.windows),
            "build_seconds": round(ref.build_seconds, 1),
            "quality": _quality(items, ref_top5, ref_answers),
        }
    return out


def _eval_evidence(
    items: Sequence[GoldItem],
    top5_ids: dict[str, list[str]],
    top5_texts: dict[str, list[str]],
    index: LoadedIndex,
) -> dict[str, Any]:
    """evidence@5 as the eval suite counts it (the quote in the right document, partial quotes
    cut by a chunk boundary credited), and leniently (the quote anywhere, copies included)."""
    store = index.store
    answerable = [i for i in items if i.answerable]
    evidence = build_evidence_map(answerable, store.passages, store.documents)
    strict = [any(evidence.held(pid, item) for pid in top5_ids[item.id]) for item in answerable]
    lenient = [_held_normalised(top5_texts[item.id], item) for item in answerable]
    return {
        "eval_evidence_at_5": round(float(np.mean(strict)), 3),
        "quote_anywhere_at_5": round(float(np.mean(lenient)), 3),
    }
