"""BM25 over passages with bm25s (sparse matrices), saved in and loaded from a generation."""

from __future__ import annotations

import logging
from pathlib import Path

import bm25s
import numpy as np
import numpy.typing as npt

from index.tokenize import tokenize

Scores = npt.NDArray[np.float32]

# bm25s logs through the root logger at INFO on every empty query; keep the service log useful.
logging.getLogger("bm25s").setLevel(logging.WARNING)


class BM25Index:
    """Scores every passage for a query; 'lucene' BM25 with k1=1.2, b=0.75 (Lucene defaults)."""

    K1 = 1.2
    B = 0.75

    def __init__(self, retriever: bm25s.BM25, size: int) -> None:
        self._retriever = retriever
        self._size = size

    @classmethod
    def build(cls, texts: list[str]) -> BM25Index:
        retriever = bm25s.BM25(k1=cls.K1, b=cls.B, method="lucene")
        corpus_tokens = [tokenize(t) for t in texts]
        retriever.index(corpus_tokens, show_progress=False)
        return cls(retriever, len(texts))

    @classmethod
    def load(cls, directory: Path, size: int) -> BM25Index:
        retriever = bm25s.BM25.load(str(directory), show_progress=False, verbosity=0)
        loaded = int(retriever.scores["num_docs"])
        if loaded != size:
            raise ValueError(f"BM25 index in {directory} holds {loaded} passages, expected {size}")
        return cls(retriever, size)

    def save(self, directory: Path) -> None:
        self._retriever.save(str(directory), show_progress=False)

    def __len__(self) -> int:
        return self._size

    def idf(self, term: str) -> float:
        """Lucene's idf of a (tokenised) term; an unseen term gets the idf of a one-off term."""
        row = self._retriever.vocab_dict.get(term)
        indptr = self._retriever.scores["indptr"]
        df = 1 if row is None else max(1, int(indptr[row + 1] - indptr[row]))
        return float(np.log(1 + (self._size - df + 0.5) / (df + 0.5)))

    def scores(self, query: str) -> Scores:
        """One BM25 score per passage (zeros when no query term is in the vocabulary)."""
        ids = self._retriever.get_tokens_ids(tokenize(query))
        if not ids:
            return np.zeros(self._size, dtype=np.float32)
        return np.asarray(self._retriever.get_scores_from_ids(ids), dtype=np.float32)
