"""Torch against int8 ONNX MiniLM: one query (the floor of every search) and batch throughput."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import numpy as np
import yaml

from index.embedder import Embedder, MiniLMEmbedder
from index.onnx_embedder import OnnxMiniLMEmbedder
from ingest.pipeline import ingest_corpus

REPO = Path(__file__).resolve().parent.parent
# A passage costs ~0.3 s of CPU on these cores; 64 of them per configuration keeps `make bench`
# inside its 30 minutes and still averages over many batches.
THROUGHPUT_PASSAGES = 64


def _query_ms(embedder: Embedder, questions: list[str]) -> list[float]:
    embedder.embed(questions[:3])
    times = []
    for q in questions:
        start = time.perf_counter()
        embedder.embed([q])
        times.append((time.perf_counter() - start) * 1000)
    return times


def _throughput(embedder: Embedder, texts: list[str]) -> float:
    start = time.perf_counter()
    embedder.embed(texts)
    return len(texts) / (time.perf_counter() - start)


def main() -> dict[str, object]:
    import torch

    questions = [g["question"] for g in yaml.safe_load((REPO / "evals/gold.yaml").read_text())]
    passages = [p.embed_text for p in ingest_corpus(REPO / "corpus").passages][:THROUGHPUT_PASSAGES]
    rows = {}
    for threads in (1, 2):
        torch.set_num_threads(threads)
        for name, embedder in (
            ("torch", MiniLMEmbedder()),
            ("onnx-int8", OnnxMiniLMEmbedder(threads=threads)),
        ):
            q = _query_ms(embedder, questions[:60])
            rows[f"{name} {threads} thread(s)"] = {
                "query_p50_ms": round(statistics.median(q), 2),
                "query_p95_ms": round(float(np.percentile(q, 95)), 2),
                "passages_per_s": round(_throughput(embedder, passages), 1),
            }
    torch_vecs = MiniLMEmbedder().embed(passages[:64])
    onnx_vecs = OnnxMiniLMEmbedder().embed(passages[:64])
    cosine = (torch_vecs * onnx_vecs).sum(axis=1)
    print("| embedder | query p50 ms | query p95 ms | passages/s |")
    print("|---|---|---|---|")
    for name, r in rows.items():
        print(f"| {name} | {r['query_p50_ms']} | {r['query_p95_ms']} | {r['passages_per_s']} |")
    print(f"cosine torch vs onnx over 64 passages: min {cosine.min():.4f} mean {cosine.mean():.4f}")
    return {
        "embedders": rows,
        "cosine_min": float(cosine.min()),
        "cosine_mean": float(cosine.mean()),
    }


if __name__ == "__main__":
    main()
