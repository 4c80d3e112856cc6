"""The comparison of two editions for a caller: their commitments carried over, dropped, new.

Each commitment is represented by the mean of its sentences' vectors, made at index time, so
comparing needs no embedding at request time and works over either backend.
"""

from __future__ import annotations

from collections.abc import Sequence

from index.embedder import Vectors
from index.generation import LoadedIndex
from index.registers.changes import EditionChanges, MatchConfig, blended, compare_editions
from index.registers.model import Commitment
from index.registers.vectors import commitment_vectors as vectors_of
from pipeline.trail import visible_trail
from pipeline.visibility import Access, visible_documents


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
    seen = visible_documents(documents, access)
    rows = [visible_trail(c, seen) for c in index.registers.commitments]
    old = [c for c in rows if c.citation.document_id == old_id]
    new = [c for c in rows if c.citation.document_id == new_id]
    cosines = commitment_vectors(index, old) @ commitment_vectors(index, new).T
    return compare_editions(old, new, blended(old, new, cosines, config), config)


def commitment_vectors(index: LoadedIndex, rows: Sequence[Commitment]) -> Vectors:
    store = index.store
    return vectors_of(rows, store.passages, store.rows_by_id, index.sentences)
