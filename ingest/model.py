"""The plain data every stage passes down the chain: documents and their passages."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any

from ingest.fields import PassageFields, check_fields, fields_from_dict, fields_to_dict


class DocType(StrEnum):
    """What a document is, as its manifest entry says."""

    STRATEGY = "strategy"
    MINUTES = "minutes"
    REPORT = "report"
    ACTION_LOG = "action_log"
    SLIDES = "slides"
    PROGRESS_REPORT = "progress_report"
    MEETING_PACK = "meeting_pack"
    DOCUMENT = "document"


DOC_TYPES: tuple[str, ...] = tuple(t.value for t in DocType)


class PassageKind(StrEnum):
    """What a passage is, as ingest read its structure."""

    PARAGRAPH = "paragraph"
    LIST = "list"
    TABLE_ROW = "table_row"
    MINUTE_ITEM = "minute_item"
    RESOLUTION = "resolution"
    ACTION = "action"
    COMMITMENT = "commitment"
    CONTACT = "contact"
    DEFINITION = "definition"
    HEADING = "heading"


PASSAGE_KINDS: tuple[str, ...] = tuple(k.value for k in PassageKind)


@dataclass(frozen=True, slots=True)
class Document:
    """One document, or one component (a report, the minutes) inside a meeting pack."""

    id: str
    title: str
    doc_type: DocType
    source: str
    sha256: str
    date: str | None = None
    period: str | None = None
    publisher: str | None = None
    parent_id: str | None = None
    superseded_by: str | None = None
    author: str | None = None
    contacts: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["contacts"] = list(self.contacts)
        data["groups"] = list(self.groups)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        return cls(
            **{
                **data,
                "doc_type": DocType(data["doc_type"]),
                "contacts": tuple(data.get("contacts", ())),
                "groups": tuple(data.get("groups", ())),
            }
        )


@dataclass(frozen=True, slots=True)
class Passage:
    """A quotable span of one document, labelled with where it sits and what it is.

    `text` is the quotable text. `context` (document title and section) is indexed with the
    passage so that retrieval sees where it sits, but it is never quoted. `fields` are what
    ingest read out of a structured passage, typed by its kind (ingest.fields).
    """

    id: str
    document_id: str
    text: str
    section: str | None = None
    page: int | None = None
    lines: tuple[int, int] | None = None
    kind: PassageKind = PassageKind.PARAGRAPH
    fields: PassageFields | None = None
    context: str = ""

    def __post_init__(self) -> None:
        check_fields(self.id, self.kind, self.fields)

    @property
    def content_hash(self) -> str:
        """Hash of everything that is embedded: equal hashes may share an embedding."""
        return content_hash(self.embed_text)

    @property
    def index_text(self) -> str:
        """What BM25 indexes: the whole context, so a question naming a document or section
        matches every passage under it."""
        return f"{self.context}\n{self.text}" if self.context else self.text

    @property
    def embed_text(self) -> str:
        """What the embedder reads for the passage itself: its text under its own (innermost)
        heading. The context is embedded on its own and added to this vector at index time
        (index.dense.with_context), so a long title shared by a whole document does not drown
        the passage's own words."""
        heading = self.section.rsplit(" > ", 1)[-1] if self.section else ""
        return f"{heading}\n{self.text}" if heading else self.text

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["lines"] = list(self.lines) if self.lines else None
        data["fields"] = fields_to_dict(self.fields)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Passage:
        """The passage `to_dict` wrote; ValueError when its fields do not fit its kind."""
        lines = data.get("lines")
        kind = PassageKind(data.get("kind", PassageKind.PARAGRAPH))
        fields = fields_from_dict(data["id"], kind, data.get("fields") or {})
        return cls(
            **{
                **data,
                "kind": kind,
                "lines": (lines[0], lines[1]) if lines else None,
                "fields": fields,
            }
        )


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def passage_id(document_id: str, text: str, taken: set[str]) -> str:
    """A stable id from the document and the passage text.

    Re-ingesting unchanged text yields the same id; a repeated text in one document (the same
    slide twice) gets a numbered suffix in order of appearance, so ids stay unique and stable.
    """
    return unique_id(f"{document_id}:{content_hash(text)[:12]}", taken)


def unique_id(base: str, taken: set[str]) -> str:
    """`base`, or `base-2`, `base-3`, ... : the first one not in `taken`, which it joins."""
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    taken.add(candidate)
    return candidate
