"""The API's one error shape, {"error": {"code", "message"}}, for every failure."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Mapping

import psycopg
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from pipeline.conversations import UnknownConversation
from server.storage import is_storage_failure

log = logging.getLogger(__name__)

_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    422: "invalid_request",
    429: "rate_limited",
    503: "unavailable",
}


class ApiError(Exception):
    def __init__(
        self,
        status: int,
        message: str,
        *,
        code: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or _CODES.get(status, "error")
        self.message = message
        self.headers = headers


def error_response(
    status: int,
    message: str,
    code: str | None = None,
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    body = {"error": {"code": code or _CODES.get(status, "error"), "message": message}}
    return JSONResponse(body, status_code=status, headers=headers)


def _describe(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err.get("loc", ()) if p != "body") or "body"
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return "; ".join(parts)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api(_: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.message, exc.code, exc.headers)

    @app.exception_handler(UnknownConversation)
    async def _conversation(_: Request, exc: UnknownConversation) -> JSONResponse:
        return error_response(404, str(exc), "conversation_not_found")

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(422, _describe(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return error_response(exc.status_code, str(exc.detail), headers=exc.headers)

    # Registered by type (not under Exception, whose handler Starlette runs outside the app's
    # middleware), so a failed write is an ordinary 503 response that is also audited.
    @app.exception_handler(OSError)
    @app.exception_handler(sqlite3.Error)
    async def _storage(request: Request, exc: Exception) -> JSONResponse:
        if not is_storage_failure(exc):
            log.exception("unhandled error", exc_info=exc)
            return error_response(500, "internal error; the server log has the details", "internal")
        log.error("a write of the server's data failed: %s", exc)
        storage = getattr(request.app.state, "storage", None)
        if storage is not None:
            storage.failed()
        message = "the server cannot write its data (disk full?); try again later"
        return error_response(503, message, "storage_unavailable")

    # The database of the postgres backend is down or unreachable: the pool gave up waiting for
    # a connection, or one broke mid-query. Not ready until it answers again (server.app).
    @app.exception_handler(psycopg.OperationalError)
    async def _database(_: Request, exc: Exception) -> JSONResponse:
        log.error("the database failed: %s", str(exc).strip().splitlines()[:1])
        return error_response(503, "the database is unavailable; try again later", "unavailable")

    @app.exception_handler(Exception)
    async def _crash(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", exc_info=exc)
        return error_response(500, "internal error; the server log has the details", "internal")
