"""Report sections comparing alternatives: the reference pipeline against ours, and the
query embedders against each other."""

from __future__ import annotations

from typing import Any

from bench.report_tables import table


def reference_table(results: dict[str, Any]) -> list[str]:
    shipped = results["scales"]["1"]
    if "reference" not in shipped:
        return []
    ours, ref = shipped["quality"], shipped["reference"]["quality"]
    t = shipped["timings_ms"]

    def line(name: str, a: Any, b: Any) -> list[Any]:
        ratio = f"{b / a:.2f}" if isinstance(a, int | float) and a else "-"
        return [name, a, b, ratio]

    rows = [
        line("evidence@5 (quote in a top-5 passage)", ours["evidence_at_5"], ref["evidence_at_5"]),
        line("answer fact accuracy (facts met)", ours["fact_accuracy"], ref["fact_accuracy"]),
        line("answers with every fact", ours["items_all_facts"], ref["items_all_facts"]),
        line("answer length, words p50", ours["answer_words_p50"], ref["answer_words_p50"]),
        line("unanswerable questions refused", ours["refused_unanswerable"], 0.0),
        line("answerable questions refused", ours["refused_answerable"], 0.0),
        line("question to answer p50 ms", t["ask"]["p50"], t["reference_ask"]["p50"]),
        line("question to answer p95 ms", t["ask"]["p95"], t["reference_ask"]["p95"]),
        line(
            "index build s (cold, same embedder)",
            results["build"]["cold_seconds"],
            shipped["reference"]["build_seconds"],
        ),
        line("passages / windows", shipped["passages"], shipped["reference"]["windows"]),
    ]
    return [
        "## Reference pipeline vs ours (shipped corpus, same process, same run)",
        "",
        "Reference: 200-word windows with 50-word overlap over the raw files, rank-bm25",
        "BM25Okapi, the same int8 ONNX MiniLM, FAISS IndexFlatIP, RRF (k=60), top window as the",
        f"answer. {ours['answerable']} answerable questions, asked standalone (follow-ups without",
        "their conversation) by both. A fact counts only in an answer that was not refused.",
        "",
        *table(["measure", "ours", "reference", "reference / ours"], rows),
    ]


def embedder_table(results: dict[str, Any]) -> list[str]:
    e = results.get("embedders")
    if not e:
        return []
    rows = [
        [name, r["query_p50_ms"], r["query_p95_ms"], r["passages_per_s"]]
        for name, r in e["embedders"].items()
    ]
    return [
        "## Query embedders (bench/embedders.py)",
        "",
        *table(["embedder", "query p50 ms", "query p95 ms", "passages/s"], rows),
        f"Cosine torch vs int8 ONNX over 64 passages: min {e['cosine_min']:.4f}, "
        f"mean {e['cosine_mean']:.4f}.",
        "",
    ]
