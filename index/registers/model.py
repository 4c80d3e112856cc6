"""Register rows: plain frozen data, each citing the passage its verbatim text comes from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from ingest.model import Document, Passage

DecisionKind = Literal["resolution", "agreement", "action"]
"""A RESOLVED point; a decision the minutes' narrative records as the meeting's ("Members
agreed that ..."); a row of an action log."""


@dataclass(frozen=True, slots=True)
class Citation:
    """Where a row's text sits: the passage, its document, section, page or lines, and date."""

    passage_id: str
    document_id: str
    title: str
    section: str | None
    page: int | None
    lines: tuple[int, int] | None
    date: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "passage_id": self.passage_id,
            "document_id": self.document_id,
            "title": self.title,
            "section": self.section,
            "page": self.page,
            "lines": list(self.lines) if self.lines else None,
            "date": self.date,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Citation:
        lines = data.get("lines")
        return cls(**{**data, "lines": (lines[0], lines[1]) if lines else None})


@dataclass(frozen=True, slots=True)
class TrailLink:
    """A passage of a later document that mentions a commitment: its closest sentence, quoted
    verbatim, the passage's citation, and the blended similarity that linked them."""

    quote: str
    citation: Citation
    doc_type: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "quote": self.quote,
            "citation": self.citation.to_dict(),
            "doc_type": self.doc_type,
            "score": self.score,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TrailLink:
        return cls(**{**data, "citation": Citation.from_dict(data["citation"])})


@dataclass(frozen=True, slots=True)
class Commitment:
    """One commitment of a strategy or plan. `owner`, `target` and `measure` are verbatim
    phrases of the document, or None where it states none."""

    id: str
    text: str
    citation: Citation
    priority: str | None = None
    owner: str | None = None
    target: str | None = None
    measure: str | None = None
    trail: tuple[TrailLink, ...] = ()
    """Later documents' passages that mention it, in date order (index.registers.trail)."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "citation": self.citation.to_dict(),
            "priority": self.priority,
            "owner": self.owner,
            "target": self.target,
            "measure": self.measure,
            "trail": [link.to_dict() for link in self.trail],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Commitment:
        return cls(
            **{
                **data,
                "citation": Citation.from_dict(data["citation"]),
                "trail": tuple(TrailLink.from_dict(link) for link in data.get("trail", ())),
            }
        )


@dataclass(frozen=True, slots=True)
class Decision:
    """One RESOLVED point or recorded agreement of minutes, or one row of an action log."""

    id: str
    kind: DecisionKind
    text: str
    citation: Citation
    meeting: str
    meeting_date: str | None
    item_number: str | None = None
    item_title: str | None = None
    responsible_officer: str | None = None
    status: str | None = None
    comments: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "text": self.text,
            "citation": self.citation.to_dict(),
            "meeting": self.meeting,
            "meeting_date": self.meeting_date,
            "item_number": self.item_number,
            "item_title": self.item_title,
            "responsible_officer": self.responsible_officer,
            "status": self.status,
            "comments": self.comments,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Decision:
        return cls(**{**data, "citation": Citation.from_dict(data["citation"])})


@dataclass(frozen=True, slots=True)
class Registers:
    """Both registers of one generation, in document then passage order."""

    commitments: tuple[Commitment, ...] = ()
    decisions: tuple[Decision, ...] = ()


def cite(passage: Passage, document: Document) -> Citation:
    return Citation(
        passage_id=passage.id,
        document_id=document.id,
        title=document.title,
        section=passage.section,
        page=passage.page,
        lines=passage.lines,
        date=document.date,
    )
