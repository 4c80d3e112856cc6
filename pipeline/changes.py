"""The comparison of two editions for a caller: their commitments carried over, dropped, new.

Each commitment is represented by the mean of its sentences' vectors, made at index time, so
comparing needs no embedding at request time and works over either backend.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from index.embedder import Vectors
from index.generation import LoadedIndex
from index.registers.changes import EditionChanges, MatchConfig, blended, compare_editions
from index.registers.model import Commitment
from pipeline.visibility import Access


class UnknownEdition(ValueError):
    """A document id the caller may not see, or one with no commitments to compare."""

    def __init__(self, parameter: str, message: str) -> None:
        super().__init__(f"{parameter}: {message}")
        self.parameter = parameter


def edition_changes(
    index: LoadedIndex, old_id: str, new_id: str, access: Access, config: MatchConfig
) -> EditionChanges:
    documents = index.store.documents
    for parameter, document_id in (("from", old_id), ("to", new_id)):
        found = documents.get(document_id)
        if found is None or not access.may_see(found, documents):
            raise UnknownEdition(parameter, f"no document with id {document_id!r}")
    if old_id == new_id:
        raise UnknownEdition("to", f"compare {old_id!r} with another edition, not itself")
    old = [c for c in index.registers.commitments if c.citation.document_id == old_id]
    new = [c for c in index.registers.commitments if c.citation.document_id == new_id]
    cosines = commitment_vectors(index, old) @ commitment_vectors(index, new).T
    return compare_editions(old, new, blended(old, new, cosines, config), config)


def commitment_vectors(index: LoadedIndex, rows: Sequence[Commitment]) -> Vectors:
    """A unit vector per commitment: the mean of the vectors of its passage's sentences that
    lie within the commitment (a passage may hold several)."""
    sentences = index.sentences
    dim = sentences.vectors.shape[1] if len(sentences.vectors) else 1
    out = np.zeros((len(rows), dim), dtype=np.float32)
    owners = sentences.spans[:, 0] if len(sentences.spans) else np.zeros(0, dtype=np.int64)
    for i, row in enumerate(rows):
        passage_row = index.store.rows_by_id[row.citation.passage_id]
        begin = max(index.store.passages[passage_row].text.find(row.text), 0)
        first = np.searchsorted(owners, passage_row, side="left")
        last = np.searchsorted(owners, passage_row, side="right")
        spans = sentences.spans[first:last]
        inside = (spans[:, 2] > begin) & (spans[:, 1] < begin + len(row.text))
        chosen = sentences.vectors[first:last][inside]
        if len(chosen):
            mean = chosen.mean(axis=0)
            out[i] = mean / max(float(np.linalg.norm(mean)), 1e-12)
    return out
