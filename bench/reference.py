"""The pipeline a Python engineer would assemble from the design card's libraries in an hour.

Fixed 200-word windows with a 50-word overlap over the raw corpus files, rank-bm25's BM25Okapi
on lowercased word tokens, the same embedding model, a FAISS IndexFlatIP, reciprocal rank fusion
of the two top-100 lists, and the top window as the answer. None of this project's ingest,
structure, query rewriting, fusion weights or answer composition.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path

import faiss
import numpy as np
import yaml
from rank_bm25 import BM25Okapi

from index.embedder import Embedder

WINDOW = 200
OVERLAP = 50
CANDIDATES = 100
RRF_K = 60
_WORD = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower())


@dataclass(frozen=True, slots=True)
class Window:
    document_id: str
    text: str


def windows(corpus_dir: Path, *, size: int = WINDOW, overlap: int = OVERLAP) -> list[Window]:
    """Fixed word windows over each file the manifest lists, the last one ending the file."""
    manifest = yaml.safe_load((corpus_dir / "manifest.yaml").read_text(encoding="utf-8"))
    out: list[Window] = []
    step = size - overlap
    for entry in manifest["documents"]:
        words = (corpus_dir / entry["file"]).read_text(encoding="utf-8").split()
        starts = list(range(0, max(len(words) - overlap, 1), step))
        out += [Window(entry["id"], " ".join(words[s : s + size])) for s in starts]
    return out


class ReferencePipeline:
    def __init__(self, corpus_dir: Path, build_embedder: Embedder, query_embedder: Embedder):
        started = time.perf_counter()
        self.windows = windows(corpus_dir)
        texts = [w.text for w in self.windows]
        self._bm25 = BM25Okapi([tokens(t) for t in texts])
        vectors = build_embedder.embed(texts)
        self._faiss = faiss.IndexFlatIP(vectors.shape[1])
        self._faiss.add(np.ascontiguousarray(vectors, dtype=np.float32))
        self._embedder = query_embedder
        self.build_seconds = time.perf_counter() - started

    def search(self, query: str, k: int = 5) -> list[Window]:
        bm25 = np.asarray(self._bm25.get_scores(tokens(query)))
        bm25_top = np.argsort(-bm25)[:CANDIDATES]
        vector = self._embedder.embed([query])
        _, dense = self._faiss.search(vector, CANDIDATES)
        fused: dict[int, float] = {}
        for ranking in (bm25_top, dense[0]):
            for rank, row in enumerate(ranking, start=1):
                if row >= 0:
                    fused[int(row)] = fused.get(int(row), 0.0) + 1.0 / (RRF_K + rank)
        best = sorted(fused, key=lambda r: -fused[r])[:k]
        return [self.windows[r] for r in best]

    def ask(self, question: str) -> tuple[str, list[Window]]:
        """The top window is the answer; the top five are its evidence."""
        hits = self.search(question, k=5)
        return (hits[0].text if hits else ""), hits
