"""Request and response bodies of the HTTP API (and of the CLI's --json output)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    Strict,
    StringConstraints,
    field_validator,
    model_validator,
)

from answer.model import Answer
from ingest.fields import fields_to_dict
from ingest.model import DOC_TYPES, Document, Passage
from retrieval.filters import Filters
from retrieval.search import Hit

MAX_QUESTION_CHARS = 2000
MAX_K = 50
# YYYY, YYYY-MM or YYYY-MM-DD with months and days that can exist (the schema tells clients as
# much; a validator then checks the calendar itself, for 29 February).
_ISO_PREFIX = re.compile(
    r"(?!0000)[0-9]{4}(-((0[13578]|1[02])(-(0[1-9]|[12][0-9]|3[01]))?"
    r"|(0[469]|11)(-(0[1-9]|[12][0-9]|30))?"
    r"|02(-(0[1-9]|1[0-9]|2[0-9]))?))?"
)
ISO_PREFIX_PATTERN = f"^{_ISO_PREFIX.pattern}$"


# What JSON Schema (ECMAScript) calls white space, so that "not only spaces" means the same to a
# client checking the schema as to the server (Python's str.strip also strips \x1c-\x1f).
_SPACE = (
    " \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
    "\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
)


def _trimmed(value: object) -> object:
    """The text without surrounding spaces; its length limit holds for the text as sent."""
    if not isinstance(value, str):
        return value  # the str schema refuses it, naming the type
    if len(value) > MAX_QUESTION_CHARS:
        raise ValueError(f"must be at most {MAX_QUESTION_CHARS} characters, got {len(value)}")
    return value.strip(_SPACE)


# "Not only spaces" as an explicit class: \S differs between ECMAScript (the schema's readers)
# and the server's regex engine on characters such as U+0085.
_NOT_SPACE = "[^" + "".join(f"\\u{ord(c):04x}" for c in _SPACE) + "]"

Text = Annotated[
    str,
    StringConstraints(min_length=1, max_length=MAX_QUESTION_CHARS, pattern=_NOT_SPACE),
    BeforeValidator(_trimmed),
]
DocType = Literal[DOC_TYPES]  # type: ignore[valid-type]


class _Strict(BaseModel):
    """Unknown fields are refused, and no value is converted: "10" is not 10, true is not 1."""

    model_config = ConfigDict(extra="forbid", strict=True)


class FiltersIn(_Strict):
    """Restrict results; every condition given must hold."""

    document_ids: list[Annotated[str, StringConstraints(min_length=1, max_length=200)]] = Field(
        default_factory=list, max_length=50
    )
    doc_types: list[DocType] = Field(default_factory=list, max_length=len(DOC_TYPES))
    # The pattern is in the schema for clients; the validator below gives the friendlier error.
    date_from: str | None = Field(
        default=None,
        description="YYYY, YYYY-MM or YYYY-MM-DD",
        json_schema_extra={"pattern": ISO_PREFIX_PATTERN},
    )
    date_to: str | None = Field(
        default=None,
        description="YYYY, YYYY-MM or YYYY-MM-DD",
        json_schema_extra={"pattern": ISO_PREFIX_PATTERN},
    )

    @field_validator("date_from", "date_to")
    @classmethod
    def _iso(cls, value: str | None) -> str | None:
        return iso_prefix(value)

    @model_validator(mode="after")
    def _in_order(self) -> FiltersIn:
        check_order(self.date_from, self.date_to)
        return self

    def to_filters(self) -> Filters:
        return Filters(
            document_ids=tuple(self.document_ids),
            doc_types=tuple(self.doc_types),
            date_from=self.date_from,
            date_to=self.date_to,
        )


def _a_number(value: object) -> object:
    """A JSON number only: 10 and 10.0 are 10, but "10" and true are not numbers."""
    if isinstance(value, bool | str):
        raise ValueError(f"must be a whole number, not {type(value).__name__} {value!r}")
    return value


WholeNumber = Annotated[int, Strict(False), BeforeValidator(_a_number)]
"""An integer field of a strict model: JSON's 10.0 is 10 (JSON Schema's integer), "10" is not."""


def iso_prefix(value: str | None) -> str | None:
    """`value` when it is a real date written YYYY, YYYY-MM or YYYY-MM-DD (or None)."""
    if value is not None and not (_ISO_PREFIX.fullmatch(value) and _real_date(value)):
        raise ValueError("must be a real date written YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def check_order(date_from: str | None, date_to: str | None) -> None:
    if date_from and date_to and reversed_range(date_from, date_to):
        raise ValueError(
            f"date_from {date_from!r} is after date_to {date_to!r}; give the earlier date as"
            " date_from"
        )


def reversed_range(date_from: str, date_to: str) -> bool:
    """Whether `date_from` is after `date_to`, compared on the precision both give (as the
    filter itself compares them: 2020-05 to 2020 is not reversed)."""
    shared = min(len(date_from), len(date_to))
    return date_from[:shared] > date_to[:shared]


def _real_date(value: str) -> bool:
    """Whether a YYYY, YYYY-MM or YYYY-MM-DD date exists on the calendar."""
    year, month, day = [*value.split("-"), "01", "01"][:3]
    try:
        dt.date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True


class AskRequest(_Strict):
    question: Text
    # Ids are made by the server (32 hex digits); anything else cannot be one of them.
    conversation_id: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32}$")] | None = None
    filters: FiltersIn | None = None


class SearchRequest(_Strict):
    query: Text
    k: WholeNumber = Field(default=10, ge=1, le=MAX_K)
    filters: FiltersIn | None = None
    mode: Literal["hybrid", "rrf", "bm25", "dense"] = "hybrid"


class PassageRef(BaseModel):
    """Where a passage sits: what a citation and a search result both show."""

    passage_id: str
    document_id: str
    title: str
    date: str | None
    section: str | None
    page: int | None
    lines: list[int] | None
    kind: str
    text: str


class CitationOut(PassageRef):
    n: int
    quote: str


class AskResponse(BaseModel):
    answer: str
    refused: bool
    confidence: float
    conversation_id: str
    citations: list[CitationOut]


class SearchResult(PassageRef):
    score: float
    scores: dict[str, float]


class SearchResponse(BaseModel):
    results: list[SearchResult]


class DocumentOut(BaseModel):
    id: str
    title: str
    doc_type: str
    date: str | None
    period: str | None
    publisher: str | None
    parent_id: str | None
    superseded_by: str | None
    author: str | None
    contacts: list[str]
    source: str
    sha256: str


class DocumentsResponse(BaseModel):
    documents: list[DocumentOut]


class PassageOut(BaseModel):
    id: str
    document_id: str
    title: str
    date: str | None
    section: str | None
    page: int | None
    lines: list[int] | None
    kind: str
    fields: dict[str, str]
    text: str


class ErrorBody(BaseModel):
    code: str
    message: str


class ErrorResponse(BaseModel):
    error: ErrorBody


def _ref(passage: Passage, document: Document) -> dict[str, object]:
    return {
        "passage_id": passage.id,
        "document_id": document.id,
        "title": document.title,
        "date": document.date,
        "section": passage.section,
        "page": passage.page,
        "lines": list(passage.lines) if passage.lines else None,
        "kind": passage.kind,
        "text": passage.text,
    }


def ask_response(answer: Answer, conversation_id: str) -> AskResponse:
    return AskResponse(
        answer=answer.text,
        refused=answer.refused,
        confidence=answer.confidence,
        conversation_id=conversation_id,
        citations=[
            CitationOut.model_validate({"n": c.n, "quote": c.quote, **_ref(c.passage, c.document)})
            for c in answer.citations
        ],
    )


def search_response(hits: list[Hit]) -> SearchResponse:
    return SearchResponse(
        results=[
            SearchResult.model_validate(
                {"score": h.score, "scores": h.scores.as_dict(), **_ref(h.passage, h.document)}
            )
            for h in hits
        ]
    )


def document_out(doc: Document) -> DocumentOut:
    data = doc.to_dict()
    data.pop("groups", None)
    return DocumentOut(**data)


def passage_out(passage: Passage, doc: Document) -> PassageOut:
    return PassageOut(
        id=passage.id,
        document_id=doc.id,
        title=doc.title,
        date=doc.date,
        section=passage.section,
        page=passage.page,
        lines=list(passage.lines) if passage.lines else None,
        kind=passage.kind,
        fields=fields_to_dict(passage.fields),
        text=passage.text,
    )
