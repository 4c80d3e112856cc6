"""Which documents a caller may see: one with `groups` only by members of one of those groups.

The HTTP layer turns a caller into an `Access` and the Assistant applies it before ranking, by
narrowing the search filters to the visible documents; the CLI reads with `EVERYTHING`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from index.abbreviations import visible_abbreviations
from index.generation import LoadedIndex
from ingest.model import Document
from retrieval.filters import Filters, document_allowed


@dataclass(frozen=True, slots=True)
class Access:
    """The document groups a caller belongs to; `everything` is for local tools only."""

    groups: frozenset[str] = frozenset()
    everything: bool = False

    def may_see(self, doc: Document, documents: dict[str, Document]) -> bool:
        """A document is visible when it and the pack it sits in are open to the caller."""
        if self.everything:
            return True
        parent = documents.get(doc.parent_id) if doc.parent_id else None
        return all(
            not d.groups or not self.groups.isdisjoint(d.groups)
            for d in (doc, parent)
            if d is not None
        )


EVERYTHING = Access(everything=True)
PUBLIC = Access()


def as_seen(doc: Document, documents: dict[str, Document], access: Access) -> Document:
    """`doc` as the caller may see it: a successor hidden from the caller is not named.

    A public document superseded by a restricted one would otherwise carry the restricted
    document's id in `superseded_by`, in listings and in answers' notes alike.
    """
    successor = documents.get(doc.superseded_by) if doc.superseded_by else None
    if doc.superseded_by is None or (
        successor is not None and access.may_see(successor, documents)
    ):
        return doc
    return replace(doc, superseded_by=None)


def visible_documents(documents: dict[str, Document], access: Access) -> dict[str, Document]:
    if access.everything:
        return documents
    return {
        i: as_seen(d, documents, access)
        for i, d in documents.items()
        if access.may_see(d, documents)
    }


def scoped_filters(
    filters: Filters | None, documents: dict[str, Document], access: Access
) -> Filters | None:
    """The caller's filters narrowed to the documents it may see, or None if it may see none.

    An empty `Filters` allows every passage, so a caller who sees everything keeps its own.
    """
    base = filters or Filters()
    visible = visible_documents(documents, access)
    if len(visible) == len(documents):
        return base
    if base.document_ids:
        only_ids = Filters(document_ids=base.document_ids)
        visible = {i: d for i, d in visible.items() if document_allowed(d, only_ids, documents)}
    if not visible:
        return None
    return Filters(
        document_ids=tuple(visible),
        doc_types=base.doc_types,
        date_from=base.date_from,
        date_to=base.date_to,
    )


def abbreviations_for(index: LoadedIndex, access: Access) -> dict[str, str]:
    """The acronym expansions a caller may use: those printed in documents it may see (an
    acronym defined only in a restricted glossary widens no one else's search)."""
    if access.everything:
        return index.abbreviations
    documents = index.store.documents

    def visible(document_id: str) -> bool:
        found = documents.get(document_id)
        return found is not None and access.may_see(found, documents)

    return visible_abbreviations(index.abbreviations, index.abbreviation_sources, visible)
