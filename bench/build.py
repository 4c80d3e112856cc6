"""Index build timings: the shipped corpus cold, warm and re-indexed, and the scale corpora."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path
from typing import Any

import numpy as np

from bench.stats import disk_mb, peak_rss_mb, rss_mb
from bench.synthetic import PROXY_SPREAD, CorpusKind, ProxyEmbedder, write_scale_corpus
from index.build import CACHE_FILE, build_index
from index.cache import EmbeddingCache
from index.generation import GENERATIONS, current_name
from index.onnx_embedder import OnnxMiniLMEmbedder
from ingest.pipeline import ingest_corpus


def _generation_mb(index_dir: Path) -> float:
    return disk_mb(index_dir / GENERATIONS / str(current_name(index_dir)))


def build_shipped(corpus_dir: Path, index_dir: Path) -> dict[str, Any]:
    """Cold (fresh index folder and embedding cache), then unchanged, then forced with a warm
    cache; the embedder uses every core, as `strategy-assistant index` does."""
    if index_dir.exists():
        raise ValueError(f"{index_dir} exists; a cold build needs a fresh folder")
    started = time.perf_counter()
    embedder = OnnxMiniLMEmbedder(threads=os.cpu_count() or 1)
    model_seconds = time.perf_counter() - started
    rss_model = rss_mb()
    cold = build_index(corpus_dir, index_dir, embedder)
    peak_cold = peak_rss_mb()
    warm = build_index(corpus_dir, index_dir, embedder)
    forced = build_index(corpus_dir, index_dir, embedder, force=True)
    return {
        "passages": cold.passages,
        "documents": cold.documents,
        "model_load_seconds": round(model_seconds, 2),
        "cold_seconds": round(cold.seconds, 2),
        "cold_embedded": cold.embedded,
        "cold_passages_per_s": round(cold.passages / cold.seconds, 1),
        "warm_unchanged_seconds": round(warm.seconds, 3),
        "warm_unchanged_embedded": warm.embedded,
        "forced_warm_cache_seconds": round(forced.seconds, 2),
        "forced_embedded": forced.embedded,
        "rss_model_mb": rss_model,
        "peak_rss_cold_mb": peak_cold,
        "generation_mb": _generation_mb(index_dir),
        "cache_mb": disk_mb(index_dir / CACHE_FILE),
    }


def scale_name(factor: int, kind: CorpusKind) -> str:
    # The identical-copies corpus keeps its old folder names.
    return f"{factor}x" if kind == "identical" else f"{factor}x-{kind}"


def cached_scale(
    corpus_dir: Path, shipped_index: Path, factor: int, kind: CorpusKind, cache_dir: Path
) -> Path:
    """The index of a scale corpus kept in `cache_dir` between runs, built once (22 minutes and
    16 GB at 1000x); its corpus text is dropped once built. Delete the folder to rebuild it."""
    index_dir = cache_dir / f"index-{scale_name(factor, kind)}"
    if (index_dir / "CURRENT").is_file():
        return index_dir
    shutil.rmtree(index_dir, ignore_errors=True)
    build_scale(corpus_dir, shipped_index, factor, cache_dir, kind=kind)
    shutil.rmtree(cache_dir / f"corpus-{scale_name(factor, kind)}", ignore_errors=True)
    return index_dir


def build_scale(
    corpus_dir: Path,
    shipped_index: Path,
    factor: int,
    work_dir: Path,
    *,
    kind: CorpusKind = "identical",
) -> dict[str, Any]:
    """Write a corpus `factor` times the shipped one and build it with proxy vectors.

    The shipped passages' real vectors come from the shipped build's embedding cache, which
    is copied into the new index folder so the shipped documents hit it as they would in use.
    """
    shipped = ingest_corpus(corpus_dir)
    real = OnnxMiniLMEmbedder(threads=1)
    cache = EmbeddingCache(shipped_index / CACHE_FILE)
    hashes = [p.content_hash for p in shipped.passages]
    known = cache.get_many(real.fingerprint, hashes, real.dim)
    cache.close()
    # Passages the shipped build did not see (ingest changed in between) get real vectors now.
    missing = [i for i, h in enumerate(hashes) if h not in known]
    if missing:
        fresh = real.embed([shipped.passages[i].embed_text for i in missing])
        known.update({hashes[i]: fresh[row] for row, i in enumerate(missing)})

    vectors = np.stack([known[h] for h in hashes]).astype(np.float32)
    name = scale_name(factor, kind)
    started = time.perf_counter()
    scale = write_scale_corpus(
        corpus_dir, work_dir / f"corpus-{name}", factor, shipped.passages, kind=kind
    )
    generate_seconds = time.perf_counter() - started
    proxy = ProxyEmbedder(
        name=real.name,
        fingerprint=real.fingerprint,
        dim=real.dim,
        passages=shipped.passages,
        vectors=vectors,
        spread=PROXY_SPREAD[kind],
        sources=scale.sources,
    )
    index_dir = work_dir / f"index-{name}"
    index_dir.mkdir(parents=True)
    shutil.copyfile(shipped_index / CACHE_FILE, index_dir / CACHE_FILE)
    rss_before = rss_mb()
    report = build_index(scale.directory, index_dir, proxy)
    return {
        "factor": factor,
        "kind": kind,
        "corpus_mb": round(scale.bytes / 1e6, 1),
        "files": scale.shipped_files + scale.synthetic_files,
        "synthetic_files": scale.synthetic_files,
        "generate_seconds": round(generate_seconds, 1),
        "passages": report.passages,
        "documents": report.documents,
        "build_seconds": round(report.seconds, 1),
        "vectors_real": len(shipped.passages),
        "vectors_real_embedded_now": len(missing),
        "vectors_proxy_embedded": report.embedded,
        "proxy_derived": proxy.derived,
        "proxy_fallback": proxy.fallback,
        "proxy_exact": proxy.exact,
        "rss_before_build_mb": rss_before,
        "peak_rss_mb": peak_rss_mb(),
        "generation_mb": _generation_mb(index_dir),
        "cache_mb": disk_mb(index_dir / CACHE_FILE),
        "index_dir": str(index_dir),
    }
