"""The FastAPI app: routes, access, limits, audit and error shape. Answers come from the Assistant.

Every route passes `_guard` first: it identifies the caller (server/auth.py), charges the rate
limit, answers 401/403, and answers 404 for a document or passage id the caller may not see,
exactly as for one that does not exist. Search and ask narrow their filters to the documents
the caller may see before anything is ranked (server/visibility.py).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import Depends, FastAPI, Request, Response
from fastapi.middleware.cors import CORSMiddleware
from fastapi.routing import APIRoute
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from pydantic import BaseModel

from pipeline.assistant import AskResult, Assistant
from server.audit import AuditLog
from server.auth import PUBLIC_ROUTES, Authenticator, Caller, client_address
from server.docs import install_docs
from server.errors import ApiError, error_response, install_error_handlers
from server.insights_routes import install_insights
from server.known_documents import check_document_ids
from server.limits import (
    BodyLimit,
    BodyTimeout,
    RateLimiter,
    UniqueJsonKeys,
    rate_limited,
    within_budget,
)
from server.observed import Observed
from server.question_log import QUESTION_LOG_FILE, QuestionLog
from server.registers_routes import install_registers
from server.schemas import (
    AskRequest,
    AskResponse,
    DocumentOut,
    DocumentsResponse,
    ErrorResponse,
    PassageOut,
    SearchRequest,
    SearchResponse,
    ask_response,
    document_out,
    passage_out,
    search_response,
)
from server.settings import Settings
from server.storage import StorageHealth, is_storage_failure
from server.stream import install_stream
from server.web import install_web

log = logging.getLogger(__name__)

_ERRORS: dict[int | str, dict[str, object]] = {
    code: {"model": ErrorResponse} for code in (404, 413, 422, 503)
}
# Any non-public route may answer these once access control or the rate limit is on.
_ACCESS_ERRORS: dict[int | str, dict[str, object]] = {
    code: {"model": ErrorResponse} for code in (401, 403, 429)
}
# A body that is not UTF-8 JSON at all is 400 (one that is JSON but wrong is 422).
_BODY_ERRORS: dict[int | str, dict[str, object]] = {400: {"model": ErrorResponse}}


async def _caller(request: Request) -> Caller:
    # async: a plain function would be run in a worker thread, a hop on every request.
    caller: Caller = request.state.caller
    return caller


CallerDep = Annotated[Caller, Depends(_caller)]


class _Holder:
    """The assistant once it has loaded, or the reason it could not."""

    def __init__(self) -> None:
        self.assistant: Assistant | None = None
        self.failure: str | None = None

    def get(self) -> Assistant:
        if self.assistant is None:
            reason = self.failure or "the index is still loading; try again in a few seconds"
            raise ApiError(503, reason)
        return self.assistant


def _json(model: BaseModel) -> Response:
    """The model as a JSON response, serialised once: returned as a model, FastAPI would check
    it against the route's response model again and encode it a second way."""
    return Response(model.model_dump_json(), media_type="application/json")


def create_app(
    settings: Settings,
    *,
    assistant: Assistant | None = None,
    loader: Callable[[], Assistant] | None = None,
) -> FastAPI:
    """An app serving `assistant`, or one `loader` builds in the background after start-up."""
    holder = _Holder()
    holder.assistant = assistant
    storage = StorageHealth(settings.data_dir)
    registry = CollectorRegistry()
    requests = Counter("sa_requests", "HTTP requests", ["route", "status"], registry=registry)
    latency = Histogram(
        "sa_request_seconds",
        "HTTP request latency",
        ["route"],
        registry=registry,
        buckets=(0.005, 0.01, 0.02, 0.03, 0.05, 0.08, 0.1, 0.2, 0.5, 1, 2, 5),
    )

    authenticator = Authenticator(settings)
    limiter = RateLimiter(
        per_minute=settings.rate_limit_per_minute, burst=settings.rate_limit_burst
    )
    audit = AuditLog(settings.audit_log)
    budget = settings.request_timeout_seconds
    question_log = QuestionLog(
        settings.data_dir / QUESTION_LOG_FILE,
        keep_text=settings.insights_questions,
        retention_days=settings.insights_retention_days,
    )

    async def _guard(request: Request) -> None:
        route = getattr(request.scope.get("route"), "path", "")
        caller = authenticator.identify(request)
        request.state.caller = caller
        if route in PUBLIC_ROUTES:
            return
        wait = limiter.check(caller.id)
        if wait:
            raise rate_limited(wait)
        authenticator.authorize(caller, route)
        _hide_what_the_caller_may_not_see(request, caller)

    def _hide_what_the_caller_may_not_see(request: Request, caller: Caller) -> None:
        document_id = request.path_params.get("document_id")
        passage_id = request.path_params.get("passage_id")
        if (
            document_id is not None
            and holder.get().document(document_id, access=caller.access) is None
        ):
            raise ApiError(404, f"no document with id {document_id!r}")
        if (
            passage_id is not None
            and holder.get().passage(passage_id, access=caller.access) is None
        ):
            raise ApiError(404, f"no passage with id {passage_id!r}")

    def load(build: Callable[[], Assistant]) -> None:
        try:
            holder.assistant = build()
        except Exception as exc:
            log.exception("the assistant failed to load")
            # The log names the file and what to do; callers are not told server paths.
            holder.failure = (
                f"the index could not be loaded ({type(exc).__name__}); the server log says "
                "which file and what to do"
            )

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        # Loading takes a while; the server answers /healthz (and "not ready") meanwhile.
        if assistant is None and loader is not None:
            threading.Thread(target=load, args=(loader,), name="load-index", daemon=True).start()
        yield

    docs = settings.docs_on
    app = FastAPI(
        lifespan=lifespan,
        title="Strategy Assistant",
        version="1",
        description="Answers questions about council strategies, with verbatim citations.",
        dependencies=[Depends(_guard)],
        # server/docs.py serves these itself: offline assets, behind the access guard.
        openapi_url=None,
        docs_url=None,
        redoc_url=None,
    )
    app.state.storage = storage
    install_error_handlers(app)
    app.state.audit = audit

    # Added first, so it runs inside BodyLimit and reads a body already bounded.
    app.add_middleware(UniqueJsonKeys)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(BodyTimeout, seconds=settings.body_timeout_seconds)

    def observe(request: Request, status: int, elapsed: float) -> Response | None:
        route = request.scope.get("route")
        path = getattr(route, "path", "unmatched")
        requests.labels(path, str(status)).inc()
        latency.labels(path).observe(elapsed)
        state = request.state
        caller: Caller | None = getattr(state, "caller", None)
        record: dict[str, object] = {
            "client": caller.id if caller else f"anon:{client_address(request)}",
            "method": request.method,
            "route": path,
            "status": status,
            "latency_ms": round(elapsed * 1000, 2),
            "generation": getattr(state, "generation", None)
            or (holder.assistant.generation if holder.assistant else None),
            "passage_ids": getattr(state, "passage_ids", []),
        }
        if settings.audit_questions and getattr(state, "question", None):
            record["question"] = state.question
        try:
            audit.write(record)
        except OSError as exc:
            if not is_storage_failure(exc):
                raise
            # An unaudited answer is not given: the caller is told to try again later.
            log.error("the audit line could not be written: %s", exc)
            storage.failed()
            message = "the server cannot write its audit log (disk full?); try again later"
            return error_response(503, message, "storage_unavailable")
        return None

    app.add_middleware(Observed, record=observe)

    @app.get("/healthz", tags=["ops"])
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz", tags=["ops"], responses={503: {"model": ErrorResponse}})
    def readyz() -> dict[str, str]:
        current = holder.get()
        current.source.check()
        if not storage.recovered():
            raise ApiError(
                503,
                "the server cannot write its data (disk full?); not ready until it can",
                code="storage_unavailable",
            )
        return {"status": "ready", "generation": current.generation}

    @app.get("/metrics", tags=["ops"], response_class=Response)
    def metrics() -> Response:
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)

    @app.post("/v1/ask", response_model=AskResponse, responses=_ERRORS, tags=["v1"])
    async def ask(body: AskRequest, request: Request, caller: CallerDep) -> Response:
        current = holder.get()
        request.state.question = body.question
        check_document_ids(body.filters, current, caller.access)
        filters = body.filters.to_filters() if body.filters else None

        def answered() -> AskResult:
            # Counted in the same worker thread: one hop off the event loop per answer, not two.
            result = current.ask(
                body.question,
                conversation_id=body.conversation_id,
                filters=filters,
                access=caller.access,
                caller=caller.id,
            )
            question_log.add(body.question, refused=result.answer.refused)
            return result

        result = await within_budget(budget, answered)
        request.state.generation = result.generation
        request.state.passage_ids = [c.passage.id for c in result.answer.citations]
        return _json(ask_response(result.answer, result.conversation_id))

    @app.post("/v1/search", response_model=SearchResponse, responses=_ERRORS, tags=["v1"])
    async def search(body: SearchRequest, request: Request, caller: CallerDep) -> Response:
        current = holder.get()
        request.state.question = body.query
        check_document_ids(body.filters, current, caller.access)
        filters = body.filters.to_filters() if body.filters else None
        hits = await within_budget(
            budget,
            current.search,
            body.query,
            k=body.k,
            filters=filters,
            mode=body.mode,
            access=caller.access,
        )
        request.state.passage_ids = [h.passage.id for h in hits]
        return _json(search_response(hits))

    @app.get("/v1/documents", response_model=DocumentsResponse, responses=_ERRORS, tags=["v1"])
    def documents(caller: CallerDep) -> DocumentsResponse:
        found = holder.get().documents(access=caller.access)
        return DocumentsResponse(documents=[document_out(d) for d in found])

    @app.get(
        "/v1/documents/{document_id}", response_model=DocumentOut, responses=_ERRORS, tags=["v1"]
    )
    def document(document_id: str, caller: CallerDep) -> DocumentOut:
        found = holder.get().document(document_id, access=caller.access)
        if found is None:
            raise ApiError(404, f"no document with id {document_id!r}")
        return document_out(found)

    @app.get("/v1/passages/{passage_id}", response_model=PassageOut, responses=_ERRORS, tags=["v1"])
    def passage(passage_id: str, request: Request, caller: CallerDep) -> PassageOut:
        found = holder.get().passage(passage_id, access=caller.access)
        if found is None:
            raise ApiError(404, f"no passage with id {passage_id!r}")
        request.state.passage_ids = [passage_id]
        return passage_out(*found)

    install_web(app, settings, assistant=holder.get)
    install_stream(app, holder.get, on_answer=question_log.add)
    install_registers(app, holder.get)
    install_insights(
        app,
        assistant=holder.get,
        log=question_log,
        feedback=app.state.feedback,
        keep_text=settings.insights_questions,
        retention_days=settings.insights_retention_days,
    )
    if docs:
        install_docs(app)
    for api_route in app.routes:
        if isinstance(api_route, APIRoute) and api_route.path not in PUBLIC_ROUTES:
            body = _BODY_ERRORS if api_route.body_field is not None else {}
            api_route.responses = {**_ACCESS_ERRORS, **body, **api_route.responses}
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_credentials=settings.cors_credentials,
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type", "X-API-Key"],
            max_age=600,
        )
    return app
