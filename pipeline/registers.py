"""Reading the registers: the rows a caller may see that pass its filters, a page at a time.

Rows of documents the caller may not see are dropped before anything else, so totals, pages
and filters never reveal them; so are a commitment's trail links into such documents. A row is
dated by its own date: a commitment by its document's, a decision by its meeting's (an action
log lists actions of many meetings).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from index.registers.model import Citation, Commitment, Decision
from ingest.model import Document
from pipeline.trail import visible_trail
from pipeline.visibility import Access, visible_documents
from retrieval.filters import Filters, date_within, document_allowed, document_date

MAX_LIMIT = 500

Row = TypeVar("Row", Commitment, Decision)


@dataclass(frozen=True, slots=True)
class RegisterQuery:
    """What a caller asks of a register; every condition given must hold."""

    filters: Filters = field(default_factory=Filters)
    owner: str | None = None
    """Part of the owner's name (a commitment's owner, a decision's responsible officer)."""
    text: str | None = None
    """Words that must all appear in the row's text, in any order and case."""
    offset: int = 0
    limit: int = 50

    def __post_init__(self) -> None:
        if self.offset < 0:
            raise ValueError(f"offset must be 0 or more, got {self.offset}")
        if not 1 <= self.limit <= MAX_LIMIT:
            raise ValueError(f"limit must be from 1 to {MAX_LIMIT}, got {self.limit}")


@dataclass(frozen=True, slots=True)
class RegisterPage(Generic[Row]):
    rows: tuple[Row, ...]
    total: int
    """How many rows pass the filters, on every page."""
    offset: int
    limit: int


def register_page(
    rows: Sequence[Row],
    documents: dict[str, Document],
    query: RegisterQuery,
    access: Access,
) -> RegisterPage[Row]:
    seen = visible_documents(documents, access)
    kept = [row for row in rows if row.citation.document_id in seen and passes(row, query, seen)]
    shown = kept[query.offset : query.offset + query.limit]
    return RegisterPage(
        rows=tuple(visible_trail(r, seen) if isinstance(r, Commitment) else r for r in shown),
        total=len(kept),
        offset=query.offset,
        limit=query.limit,
    )


def passes(
    row: Commitment | Decision, query: RegisterQuery, documents: dict[str, Document]
) -> bool:
    document = documents[row.citation.document_id]
    scope = Filters(document_ids=query.filters.document_ids, doc_types=query.filters.doc_types)
    if not document_allowed(document, scope, documents):
        return False
    if not date_within(row_date(row, documents), query.filters.date_from, query.filters.date_to):
        return False
    if query.owner and query.owner.casefold() not in (row_owner(row) or "").casefold():
        return False
    return not query.text or all(w in row.text.casefold() for w in query.text.casefold().split())


def row_owner(row: Commitment | Decision) -> str | None:
    return row.owner if isinstance(row, Commitment) else row.responsible_officer


def row_date(row: Commitment | Decision, documents: dict[str, Document]) -> str | None:
    if isinstance(row, Decision) and row.meeting_date:
        return row.meeting_date
    return citation_date(row.citation, documents)


def citation_date(citation: Citation, documents: dict[str, Document]) -> str | None:
    """A component of a pack without its own date takes the pack's date."""
    return citation.date or document_date(documents[citation.document_id], documents)
