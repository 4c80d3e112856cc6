"""BM25 over passages with bm25s (sparse matrices), saved in and loaded from a generation."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import bm25s
import numpy as np
import numpy.typing as npt

from index.tokenize import tokenize

Scores = npt.NDArray[np.float32]

# bm25s logs through the root logger at INFO on every empty query; keep the service log useful.
logging.getLogger("bm25s").setLevel(logging.WARNING)


def lucene_idf(passages: int, document_frequency: int) -> float:
    """Lucene's idf; a term in no passage counts as in one."""
    df = max(1, document_frequency)
    return float(np.log(1 + (passages - df + 0.5) / (df + 0.5)))


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

    def postings(self) -> Iterator[tuple[str, npt.NDArray[np.int32], Scores]]:
        """Per vocabulary term, the rows holding it and their precomputed BM25 weights: what
        `scores` sums, so another store of the same weights ranks the same."""
        data = self._retriever.scores["data"]
        indices = self._retriever.scores["indices"]
        indptr = self._retriever.scores["indptr"]
        for term, row in self._retriever.vocab_dict.items():
            # bm25s keeps a placeholder token past the last column of its matrix.
            if row + 1 >= len(indptr):
                continue
            start, end = int(indptr[row]), int(indptr[row + 1])
            yield (
                str(term),
                np.asarray(indices[start:end], dtype=np.int32),
                np.asarray(data[start:end], dtype=np.float32),
            )

    def idf(self, term: str) -> float:
        """Lucene's idf of a (tokenised) term; an unseen term gets the idf of a one-off term."""
        row = self._retriever.vocab_dict.get(term)
        indptr = self._retriever.scores["indptr"]
        return lucene_idf(self._size, 1 if row is None else int(indptr[row + 1] - indptr[row]))

    def scores(self, query: str) -> Scores:
        """One BM25 score per passage (zeros when no query term is in the vocabulary)."""
        ids = self._retriever.get_tokens_ids(tokenize(query))
        if not ids:
            return np.zeros(self._size, dtype=np.float32)
        return np.asarray(self._retriever.get_scores_from_ids(ids), dtype=np.float32)
