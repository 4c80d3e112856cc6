"""Report sections on growth: the shipped index build, the scale series and scale.png."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.report_tables import scale_factors, table


def _growth(value: float, base: float) -> str:
    return f"{value / base:.1f}x" if base else "-"


def build_table(results: dict[str, Any]) -> list[str]:
    b = results["build"]
    rows = [
        ["passages (documents)", f"{b['passages']} ({b['documents']})"],
        ["cold: fresh index folder and embedding cache, s", b["cold_seconds"]],
        ["cold passages/s (embedding dominates)", b["cold_passages_per_s"]],
        ["warm, nothing changed, s", b["warm_unchanged_seconds"]],
        ["forced rebuild, every vector cached, s", b["forced_warm_cache_seconds"]],
        ["model load, s (before the build)", b["model_load_seconds"]],
        ["RSS with the model loaded, MB", b["rss_model_mb"]],
        ["peak RSS of the cold build process, MB", b["peak_rss_cold_mb"]],
        ["generation on disk, MB / embedding cache, MB", f"{b['generation_mb']} / {b['cache_mb']}"],
    ]
    return ["## Index build, shipped corpus", "", *table(["measure", "value"], rows)]


def scale_table(results: dict[str, Any]) -> list[str]:
    factors = scale_factors(results)
    base = results["scales"]["1"]
    rows = []
    for factor in factors:
        s = results["scales"][str(factor)]
        b, t = s["build"], s["timings_ms"]
        rows.append(
            [
                f"{factor}x",
                s["passages"],
                f"{b['build_seconds']}",
                b["generation_mb"],
                s["rss_mb"]["index_loaded"],
                f"{t['search']['p50']:.1f} / {t['search']['p95']:.1f}",
                f"{t['http_search']['p50']:.1f} / {t['http_search']['p95']:.1f}",
                f"{t['ask']['p50']:.1f} / {t['ask']['p95']:.1f}",
                f"{t['http_ask']['p50']:.1f} / {t['http_ask']['p95']:.1f}",
                s["evidence"]["eval_evidence_at_5"],
                s["evidence"]["quote_anywhere_at_5"],
            ]
        )
    growth = []
    for factor in factors[1:]:
        s = results["scales"][str(factor)]

        def grew(*path: str, s: dict[str, Any] = s) -> str:
            a: Any = s
            b: Any = base
            for p in path:
                a, b = a[p], b[p]
            return _growth(a, b)

        growth.append(
            f"- {factor}x vs 1x: passages {grew('passages')}, "
            f"index on disk {grew('build', 'generation_mb')}, "
            f"server RSS {grew('rss_mb', 'index_loaded')}, "
            f"search p50 {grew('timings_ms', 'search', 'p50')}, "
            f"ask p50 {grew('timings_ms', 'ask', 'p50')}, "
            f"BM25 {grew('timings_ms', 'stage_bm25', 'p50')}, "
            f"dense {grew('timings_ms', 'stage_dense', 'p50')}, "
            f"fusion {grew('timings_ms', 'stage_fusion', 'p50')}, "
            f"compose {grew('timings_ms', 'stage_compose', 'p50')}"
        )
    provenance = []
    for factor in factors[1:]:
        b = results["scales"][str(factor)]["build"]
        provenance.append(
            f"- {factor}x: {b['synthetic_files']} synthetic files ({b['corpus_mb']} MB of text); "
            f"{b['vectors_real']} passages with real vectors, "
            f"{b['proxy_derived'] + b['proxy_fallback']} with "
            f"proxy vectors ({b['proxy_derived']} from their sentences' source passages, "
            f"{b['proxy_fallback']} random real vector + noise); "
            f"build peak RSS {b['peak_rss_mb']} MB"
        )
    return [
        "## Scale series",
        "",
        "1x is the shipped corpus built cold with the real model. 10x and 100x hold the shipped",
        "files unchanged plus shuffled copies of its sentences (bench/synthetic.py). Their",
        "synthetic passages are NOT embedded with the model: each gets the normalised mean of the",
        "real vectors of the passages its sentences came from, plus seeded noise (cosine ~0.98),",
        "so their build time leaves out the embedding a real corpus of that size would need (at",
        "the cold rate above). Queries are always embedded with the real model. Timings in ms",
        "(p50 / p95). RSS: the serving process with model and index loaded (the 1x process later\n"
        "also holds the reference pipeline, so its later figures are not comparable).",
        "'eval ev@5' counts evidence only in the real document, as the eval does;",
        "'quote anywhere' also credits a synthetic copy that holds the quote verbatim.",
        "",
        *table(
            [
                "corpus",
                "passages",
                "build s",
                "index MB",
                "RSS loaded MB",
                "search",
                "HTTP search",
                "ask",
                "HTTP ask",
                "eval ev@5",
                "quote anywhere @5",
            ],
            rows,
        ),
        *growth,
        "",
        *provenance,
        "",
    ]


def chart(results: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    factors = scale_factors(results)
    scales = [results["scales"][str(f)] for f in factors]
    passages = [s["passages"] for s in scales]
    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4.5))
    for key, style in (
        ("ask", "o-"),
        ("search", "s-"),
        ("http_ask", "o--"),
        ("floor", "k:"),
        ("stage_bm25", "^-"),
        ("stage_dense", "v-"),
        ("stage_fusion", "d-"),
        ("stage_compose", "x-"),
    ):
        left.plot(passages, [s["timings_ms"][key]["p50"] for s in scales], style, label=key)
    left.set(xscale="log", yscale="log", xlabel="passages", ylabel="p50 ms")
    left.set_title("Query path p50 by corpus size")
    left.legend(fontsize=8)
    right.plot(passages, [s["build"]["build_seconds"] for s in scales], "o-", label="build s")
    right.plot(passages, [s["rss_mb"]["index_loaded"] for s in scales], "s-", label="server RSS MB")
    right.plot(passages, [s["build"]["generation_mb"] for s in scales], "^-", label="index MB")
    right.set(xscale="log", yscale="log", xlabel="passages")
    right.set_title("Build time (proxy vectors beyond 1x), memory, disk")
    right.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
