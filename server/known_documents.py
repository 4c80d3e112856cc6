"""Filters naming documents must name ones the caller can see: an unknown id is a mistake to
report (422), not a reason to refuse the question as if the documents were silent."""

from __future__ import annotations

from pipeline.assistant import Assistant
from pipeline.visibility import Access
from server.errors import ApiError
from server.schemas import FiltersIn


def unknown_ids(wanted: list[str], known: set[str]) -> list[str]:
    """The ids of `wanted` not in `known`, in the order given, each once."""
    return list(dict.fromkeys(i for i in wanted if i not in known))


def check_document_ids(filters: FiltersIn | None, assistant: Assistant, access: Access) -> None:
    """Raise 422 naming `filters.document_ids` when an id is not one the caller may see.

    A document hidden from the caller is reported exactly as one that does not exist."""
    if filters is not None:
        check_known(filters.document_ids, "filters.document_ids", assistant, access)


def check_known(wanted: list[str], field: str, assistant: Assistant, access: Access) -> None:
    """Raise 422 naming `field` when an id of `wanted` is not one the caller may see."""
    if not wanted:
        return
    known = {d.id for d in assistant.documents(access=access)}
    missing = unknown_ids(wanted, known)
    if missing:
        listed = ", ".join(repr(i) for i in missing[:5])
        raise ApiError(
            422,
            f"{field}: no document with id {listed}; GET /v1/documents lists the ids you may use",
        )
