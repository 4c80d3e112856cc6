"""Search filters (documents, document types, date range) turned into the documents they allow."""

from __future__ import annotations

from dataclasses import dataclass

from index.backend import Allowed
from ingest.model import Document


@dataclass(frozen=True, slots=True)
class Filters:
    """All given conditions must hold. A document id also selects the components inside it.

    Dates are ISO 8601 prefixes (YYYY, YYYY-MM or YYYY-MM-DD), compared on the precision given.
    """

    document_ids: tuple[str, ...] = ()
    doc_types: tuple[str, ...] = ()
    date_from: str | None = None
    date_to: str | None = None

    @property
    def empty(self) -> bool:
        return not (self.document_ids or self.doc_types or self.date_from or self.date_to)


def document_date(doc: Document, documents: dict[str, Document]) -> str | None:
    """A component without its own date takes the date of the pack it sits in."""
    if doc.date or doc.parent_id is None:
        return doc.date
    parent = documents.get(doc.parent_id)
    return parent.date if parent else None


def date_within(date: str | None, start: str | None, end: str | None) -> bool:
    """Whether an ISO date prefix lies in [start, end], each compared on the shared precision."""
    if start is None and end is None:
        return True
    if date is None:
        return False
    if start is not None and date[: len(start)] < start[: len(date)]:
        return False
    return end is None or date[: len(end)] <= end[: len(date)]


def document_allowed(
    doc: Document,
    filters: Filters,
    documents: dict[str, Document],
    ids: frozenset[str] | None = None,
) -> bool:
    """Whether `doc` passes; `ids` is filters.document_ids as a set, when the caller has one."""
    wanted = ids if ids is not None else frozenset(filters.document_ids)
    if wanted and not (doc.id in wanted or (doc.parent_id or "") in wanted):
        return False
    if filters.doc_types and doc.doc_type not in filters.doc_types:
        return False
    return date_within(document_date(doc, documents), filters.date_from, filters.date_to)


def allowed_documents(documents: dict[str, Document], filters: Filters | None) -> Allowed:
    """Ids of the documents passing the filters, or None when nothing is filtered (all pass)."""
    if filters is None or filters.empty:
        return None
    # One set for all documents: a visibility filter can list thousands of ids.
    ids = frozenset(filters.document_ids)
    return frozenset(
        doc_id
        for doc_id, document in documents.items()
        if document_allowed(document, filters, documents, ids)
    )
