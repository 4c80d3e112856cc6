"""Query parameters and bodies of the register routes, and their CSV form."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import fields
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
)

from index.registers.changes import EditionChanges
from index.registers.model import Citation, Commitment, Decision
from pipeline.registers import MAX_LIMIT, RegisterPage, RegisterQuery
from pipeline.trail import trail_summary
from retrieval.filters import Filters
from server.schemas import ISO_PREFIX_PATTERN, DocType, check_order, iso_prefix

Words = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]


class RegisterParams(BaseModel):
    """Filters of a register; every one given must hold. Unknown parameters are refused."""

    model_config = ConfigDict(extra="forbid")

    document_id: list[Annotated[str, StringConstraints(min_length=1, max_length=200)]] = Field(
        default_factory=list,
        max_length=50,
        description="only rows of these documents (a pack's id also selects the reports in it)",
    )
    doc_type: list[DocType] = Field(default_factory=list, description="only these document types")
    date_from: str | None = Field(
        default=None,
        description="YYYY, YYYY-MM or YYYY-MM-DD: a commitment's document date, a decision's "
        "meeting date",
        json_schema_extra={"pattern": ISO_PREFIX_PATTERN},
    )
    date_to: str | None = Field(
        default=None,
        description="YYYY, YYYY-MM or YYYY-MM-DD",
        json_schema_extra={"pattern": ISO_PREFIX_PATTERN},
    )
    owner: Words | None = Field(
        default=None, description="part of the owner's (or responsible officer's) name"
    )
    text: Words | None = Field(default=None, description="words that must all be in the text")
    offset: int = Field(default=0, ge=0, description="rows to skip")
    limit: int = Field(default=50, ge=1, le=MAX_LIMIT, description="rows on the page")
    format: Literal["json", "csv"] | None = Field(
        default=None, description="csv for a spreadsheet (as does `Accept: text/csv`)"
    )

    @field_validator("date_from", "date_to")
    @classmethod
    def _iso(cls, value: str | None) -> str | None:
        return iso_prefix(value)

    @field_validator("date_to")
    @classmethod
    def _in_order(cls, value: str | None, info: ValidationInfo) -> str | None:
        """Checked on date_to (after date_from), so that the error names a field."""
        check_order(info.data.get("date_from"), value)
        return value

    def to_query(self) -> RegisterQuery:
        return RegisterQuery(
            filters=Filters(
                document_ids=tuple(self.document_id),
                doc_types=tuple(self.doc_type),
                date_from=self.date_from,
                date_to=self.date_to,
            ),
            owner=self.owner,
            text=self.text,
            offset=self.offset,
            limit=self.limit,
        )


class RowCitationOut(BaseModel):
    passage_id: str
    document_id: str
    title: str
    section: str | None
    page: int | None
    lines: list[int] | None
    date: str | None


class TrailLinkOut(BaseModel):
    quote: str = Field(description="verbatim: a sentence of the cited passage")
    citation: RowCitationOut
    doc_type: str
    score: float = Field(description="blended similarity of meaning and wording, 0 to 1")


class CommitmentOut(BaseModel):
    id: str
    text: str = Field(description="verbatim: a substring of the cited passage's text")
    citation: RowCitationOut
    priority: str | None
    owner: str | None = Field(description="as the document names it; null when it names none")
    target: str | None = Field(description="a target date as the document states it")
    measure: str | None = Field(description="a measure as the document states it")
    trail: list[TrailLinkOut] = Field(
        description="passages of later documents you may see that mention it, in date order"
    )
    trail_summary: str = Field(
        description='what the trail says: "mentioned in TITLE of DATE; ..." or "no later '
        'mention in these documents"'
    )


class DecisionOut(BaseModel):
    id: str
    kind: Literal["resolution", "agreement", "action"] = Field(
        description='"resolution": a RESOLVED point; "agreement": a decision the minutes record '
        'as the meeting\'s ("Members agreed that ..."); "action": a row of an action log'
    )
    text: str = Field(description="verbatim: a substring of the cited passage's text")
    citation: RowCitationOut
    meeting: str
    meeting_date: str | None
    item_number: str | None
    item_title: str | None
    responsible_officer: str | None
    status: str | None
    comments: str | None


class CommitmentsResponse(BaseModel):
    rows: list[CommitmentOut]
    total: int = Field(description="rows passing the filters, on every page")
    offset: int
    limit: int


class DecisionsResponse(BaseModel):
    rows: list[DecisionOut]
    total: int = Field(description="rows passing the filters, on every page")
    offset: int
    limit: int


class CarriedOut(BaseModel):
    old: CommitmentOut
    new: CommitmentOut
    score: float = Field(description="blended similarity of meaning and wording, 0 to 1")


class ChangesResponse(BaseModel):
    from_: str = Field(alias="from", serialization_alias="from")
    to: str
    threshold: float = Field(description="the similarity at which two commitments match")
    carried: list[CarriedOut] = Field(description="in both editions, each side quoted")
    dropped: list[CommitmentOut] = Field(description="in the older edition only")
    new: list[CommitmentOut] = Field(description="in the newer edition only")


def commitment_out(row: Commitment) -> CommitmentOut:
    body = {**row.to_dict(), "trail_summary": trail_summary(row.trail)}
    return CommitmentOut.model_validate(body)


def changes_response(old_id: str, new_id: str, changes: EditionChanges) -> ChangesResponse:
    return ChangesResponse.model_validate(
        {
            "from": old_id,
            "to": new_id,
            "threshold": changes.threshold,
            "carried": [
                {"old": commitment_out(c.old), "new": commitment_out(c.new), "score": c.score}
                for c in changes.carried
            ],
            "dropped": [commitment_out(r) for r in changes.dropped],
            "new": [commitment_out(r) for r in changes.new],
        }
    )


def commitments_response(page: RegisterPage[Commitment]) -> CommitmentsResponse:
    return CommitmentsResponse(
        rows=[commitment_out(r) for r in page.rows],
        total=page.total,
        offset=page.offset,
        limit=page.limit,
    )


def decisions_response(page: RegisterPage[Decision]) -> DecisionsResponse:
    return DecisionsResponse(
        rows=[DecisionOut.model_validate(r.to_dict()) for r in page.rows],
        total=page.total,
        offset=page.offset,
        limit=page.limit,
    )


# A spreadsheet runs a cell beginning with one of these as a formula (OWASP: CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def rows_csv(rows: Sequence[Commitment | Decision], row_type: type[Commitment | Decision]) -> str:
    """One line a row, the citation's fields as columns of their own, a commitment's trail as
    its summary and its links; texts as printed, but a cell a spreadsheet would run as a
    formula starts with an apostrophe. An empty register is its header line alone."""
    own = [f.name for f in fields(row_type) if f.name not in ("citation", "trail")]
    columns = [*own, *(f.name for f in fields(Citation))]
    if row_type is Commitment:
        columns += ["trail_summary", "trail"]
    flat = [_flat(r) for r in rows]
    out = io.StringIO()
    # CRLF lines (RFC 4180): the writer then quotes a cell holding a lone CR too.
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows({k: inert(v) for k, v in row.items()} for row in flat)
    return out.getvalue()


def inert(value: Any) -> Any:
    """A text cell as a spreadsheet shows it, never runs it."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _flat(row: Commitment | Decision) -> dict[str, Any]:
    body = row.to_dict()
    citation = body.pop("citation")
    lines = citation.pop("lines")
    flat = {**body, **citation, "lines": f"{lines[0]}-{lines[1]}" if lines else ""}
    if isinstance(row, Commitment):
        flat["trail_summary"] = trail_summary(row.trail)
        flat["trail"] = " | ".join(
            f"{link.citation.title} ({link.citation.date or 'undated'}): {link.quote}"
            for link in row.trail
        )
    return flat
