"""`GET /v1/registers/commitments` and `/v1/registers/decisions`: the registers, filtered and
paged, as JSON or (with `Accept: text/csv` or `?format=csv`) as CSV.

Rows come from the Assistant with the caller's access, so a restricted document's rows do not
exist for a caller who may not see it; a document id it may not see is a 422 naming
`document_id`, exactly as for an id that does not exist.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import FastAPI, Query, Request, Response
from pydantic import StringConstraints

from index.registers.model import Commitment, Decision
from pipeline.assistant import Assistant
from pipeline.changes import UnknownEdition
from server.errors import ApiError
from server.known_documents import check_known
from server.register_schemas import (
    ChangesResponse,
    CommitmentsResponse,
    DecisionsResponse,
    RegisterParams,
    changes_response,
    commitments_response,
    decisions_response,
    rows_csv,
)
from server.schemas import ErrorResponse
from server.templates_env import template
from server.web import add_page

REGISTERS_PAGE = "/registers"

CSV = "text/csv"
_RESPONSES: dict[int | str, dict[str, object]] = {
    200: {"content": {CSV: {"schema": {"type": "string"}}}},
    **{code: {"model": ErrorResponse} for code in (422, 503)},
}
Params = Annotated[RegisterParams, Query()]
DocumentId = Annotated[str, StringConstraints(min_length=1, max_length=200)]


def wants_csv(params: RegisterParams, request: Request) -> bool:
    if params.format is not None:
        return params.format == "csv"
    return CSV in request.headers.get("accept", "")


def register_reply(
    params: RegisterParams, request: Request, current: Assistant, name: str
) -> CommitmentsResponse | DecisionsResponse | Response:
    """The page of register `name` (commitments or decisions) the caller asked for, as JSON or
    CSV."""
    access = request.state.caller.access
    check_known(params.document_id, "document_id", current, access)
    csv = wants_csv(params, request)
    if name == "commitments":
        commitments = current.commitments(params.to_query(), access=access)
        if csv:
            return csv_response(commitments.rows, Commitment, name)
        return commitments_response(commitments)
    decisions = current.decisions(params.to_query(), access=access)
    return csv_response(decisions.rows, Decision, name) if csv else decisions_response(decisions)


def csv_response(
    rows: tuple[Commitment, ...] | tuple[Decision, ...],
    row_type: type[Commitment | Decision],
    name: str,
) -> Response:
    return Response(
        rows_csv(rows, row_type),
        media_type=f"{CSV}; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}.csv"'},
    )


_REGISTERS: tuple[tuple[str, type[CommitmentsResponse | DecisionsResponse], str], ...] = (
    (
        "commitments",
        CommitmentsResponse,
        "Every commitment of the strategies and plans you may see, each quoted and cited, with "
        "its trail: the passages of later documents that mention it.",
    ),
    (
        "decisions",
        DecisionsResponse,
        "Every RESOLVED point and action-log row of the minutes you may see.",
    ),
)


def add_register_route(
    app: FastAPI,
    assistant: Callable[[], Assistant],
    name: str,
    model: type[CommitmentsResponse | DecisionsResponse],
    description: str,
) -> None:
    """`GET /v1/registers/{name}`: one set-up for every register."""

    def register(
        params: Params, request: Request
    ) -> CommitmentsResponse | DecisionsResponse | Response:
        return register_reply(params, request, assistant(), name)

    app.get(
        f"/v1/registers/{name}",
        response_model=model,
        responses=_RESPONSES,
        tags=["v1"],
        description=description,
        operation_id=f"{name}_v1_registers_{name}_get",
        summary=name.capitalize(),
    )(register)


def install_registers(app: FastAPI, assistant: Callable[[], Assistant]) -> None:
    add_page(app, REGISTERS_PAGE, template("registers.html").render())
    for name, model, description in _REGISTERS:
        add_register_route(app, assistant, name, model, description)

    @app.get(
        "/v1/registers/changes",
        response_model=ChangesResponse,
        response_model_by_alias=True,
        responses={code: {"model": ErrorResponse} for code in (422, 503)},
        tags=["v1"],
    )
    def changes(
        request: Request,
        old: Annotated[DocumentId, Query(alias="from", description="the older edition's id")],
        new: Annotated[DocumentId, Query(alias="to", description="the newer edition's id")],
    ) -> ChangesResponse:
        """The commitments carried over between two editions, dropped, and new, each quoted."""
        access = request.state.caller.access
        try:
            found = assistant().edition_changes(old, new, access=access)
        except UnknownEdition as exc:
            raise ApiError(422, str(exc)) from None
        return changes_response(old, new, found)
