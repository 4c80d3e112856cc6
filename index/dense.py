"""Exact inner-product search over normalised vectors with FAISS (IndexFlatIP)."""

from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np
import numpy.typing as npt

from index.embedder import Vectors

Rows = npt.NDArray[np.int64]

SEARCH_THREADS = 1
"""OpenMP threads for one query. The setting is per calling thread, so it is applied in every
search: the server's request threads otherwise ran FAISS on 2 threads (bench: 19.6 ms vs 14.0 ms
per query at 71k passages on 2 cores)."""


CONTEXT_WEIGHT = 0.5
"""Weight of a passage's context vector (document title and heading trail) in its stored vector.

Embedding the context inside the passage text let the long title and heading trail that every
passage of a document shares dominate MiniLM's mean-pooled vector; embedding the passage under
its own heading alone lost what the context says (which meeting, which strategy), and the
answer's confidence, which reads the dense score, fell with it. Adding the context's own vector
at this weight kept both. Hybrid, 146 answerable gold questions, against the context embedded
inside the text: evidence@5 0.849 -> 0.897 (dev 0.890 -> 0.918, test 0.808 -> 0.877),
evidence@1 0.548 -> 0.562, fact accuracy 0.507 -> 0.514. Without the context vector evidence@5
was 0.897 too but fact accuracy 0.493 and false refusals 0.082 -> 0.110; at weight 0.35 the
same as 0.5, at 0.7 evidence@5 0.911 and at 1.0 0.890 (those with the owner intent in
retrieval.query, against 0.918 at 0.5)."""


def with_context(text_vectors: Vectors, context_vectors: Vectors) -> Vectors:
    """Each passage's stored vector: its text's vector plus CONTEXT_WEIGHT times its context's
    (a zero row for a passage without context), scaled back to unit length."""
    blended = text_vectors + CONTEXT_WEIGHT * context_vectors
    norms = np.maximum(np.linalg.norm(blended, axis=1, keepdims=True), 1e-12)
    unit: Vectors = (blended / norms).astype(np.float32)
    return unit


class DenseIndex:
    """Cosine similarity of a query vector against every passage vector."""

    def __init__(self, index: faiss.Index) -> None:
        self._index = index

    @classmethod
    def build(cls, vectors: Vectors) -> DenseIndex:
        index = faiss.IndexFlatIP(vectors.shape[1])
        if len(vectors):
            index.add(np.ascontiguousarray(vectors, dtype=np.float32))
        return cls(index)

    @classmethod
    def load(cls, path: Path) -> DenseIndex:
        return cls(faiss.read_index(str(path)))

    def save(self, path: Path) -> None:
        faiss.write_index(self._index, str(path))

    def __len__(self) -> int:
        return int(self._index.ntotal)

    @property
    def dim(self) -> int:
        return int(self._index.d)

    def search(
        self, query: Vectors, k: int, allowed: Rows | None = None
    ) -> tuple[npt.NDArray[np.float32], Rows]:
        """Top-k (scores, rows) for one query vector, optionally only among `allowed` rows."""
        k = min(k, len(self) if allowed is None else len(allowed))
        if k == 0:
            return np.zeros(0, dtype=np.float32), np.zeros(0, dtype=np.int64)
        faiss.omp_set_num_threads(SEARCH_THREADS)
        params = None
        if allowed is not None:
            params = faiss.SearchParameters()
            params.sel = faiss.IDSelectorBatch(allowed.astype(np.int64))
        scores, rows = self._index.search(query.reshape(1, -1).astype(np.float32), k, params=params)
        keep = rows[0] >= 0
        return scores[0][keep], rows[0][keep]

    def similarity(self, query: Vectors, rows: Rows) -> npt.NDArray[np.float32]:
        """Cosine similarity of the query to the given passage rows."""
        if len(rows) == 0:
            return np.zeros(0, dtype=np.float32)
        return np.asarray(self._vectors()[rows] @ query.astype(np.float32), dtype=np.float32)

    def vectors(self) -> Vectors:
        """Every stored vector, in row order (a view, not a copy)."""
        return self._vectors()

    def _vectors(self) -> Vectors:
        # A zero-copy view of the flat index's storage: gathering a few rows must not copy all.
        n, d = len(self), self.dim
        xb = self._index.get_xb()  # type: ignore[attr-defined]  # IndexFlat only; stubs lack it
        flat = faiss.rev_swig_ptr(xb, n * d)
        return np.asarray(flat, dtype=np.float32).reshape(n, d)
