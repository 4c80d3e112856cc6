"""A commitment's meaning as one vector: the mean of the index-time vectors of its passage's
sentences that lie within it (a passage may hold several commitments). Made from the
generation's sentence vectors, so matching commitments needs no embedding of its own."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from index.embedder import Vectors
from index.registers.model import Commitment
from index.sentences import SentenceVectors
from ingest.model import Passage


def sentence_slice(sentences: SentenceVectors, row: int) -> slice:
    """The sentences of the passage at `row` (spans are stored in passage order)."""
    owners = sentences.spans[:, 0]
    first = int(np.searchsorted(owners, row, side="left"))
    return slice(first, int(np.searchsorted(owners, row, side="right")))


def commitment_vectors(
    rows: Sequence[Commitment],
    passages: Sequence[Passage],
    rows_by_id: dict[str, int],
    sentences: SentenceVectors,
) -> Vectors:
    """A unit vector per commitment; zeros for one with no sentence vector."""
    dim = sentences.vectors.shape[1] if len(sentences.vectors) else 1
    out = np.zeros((len(rows), dim), dtype=np.float32)
    for i, row in enumerate(rows):
        passage_row = rows_by_id[row.citation.passage_id]
        begin = max(passages[passage_row].text.find(row.text), 0)
        chosen = sentence_slice(sentences, passage_row)
        spans = sentences.spans[chosen]
        inside = (spans[:, 2] > begin) & (spans[:, 1] < begin + len(row.text))
        picked = sentences.vectors[chosen][inside]
        if len(picked):
            mean = picked.mean(axis=0)
            out[i] = mean / max(float(np.linalg.norm(mean)), 1e-12)
    return out
