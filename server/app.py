"""The FastAPI app: routes, limits and error shape. Answers come from the Assistant."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response
from fastapi.concurrency import run_in_threadpool
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)

from server.errors import ApiError, error_response, install_error_handlers
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
from server.service import Assistant
from server.settings import Settings
from server.web import install_web

log = logging.getLogger(__name__)

_ERRORS: dict[int | str, dict[str, object]] = {
    code: {"model": ErrorResponse} for code in (404, 413, 422, 503)
}


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


def create_app(
    settings: Settings,
    *,
    assistant: Assistant | None = None,
    loader: Callable[[], Assistant] | None = None,
) -> FastAPI:
    """An app serving `assistant`, or one `loader` builds in the background after start-up."""
    holder = _Holder()
    holder.assistant = assistant
    registry = CollectorRegistry()
    requests = Counter("sa_requests", "HTTP requests", ["route", "status"], registry=registry)
    latency = Histogram(
        "sa_request_seconds",
        "HTTP request latency",
        ["route"],
        registry=registry,
        buckets=(0.005, 0.01, 0.02, 0.03, 0.05, 0.08, 0.1, 0.2, 0.5, 1, 2, 5),
    )

    app = FastAPI(
        title="Strategy Assistant",
        version="1",
        description="Answers questions about council strategies, with verbatim citations.",
    )
    install_error_handlers(app)

    if assistant is None and loader is not None:

        def load() -> None:
            try:
                holder.assistant = loader()
            except Exception as exc:
                log.exception("the assistant failed to load")
                holder.failure = f"the index could not be loaded: {exc}"

        @app.on_event("startup")
        def _start_loading() -> None:
            threading.Thread(target=load, name="load-index", daemon=True).start()

    @app.middleware("http")
    async def _limits_and_metrics(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        started = time.perf_counter()
        declared = request.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > settings.max_body_bytes:
            response: Response = error_response(
                413, f"request body over {settings.max_body_bytes} bytes"
            )
        else:
            response = await call_next(request)
        route = request.scope.get("route")
        path = getattr(route, "path", "unmatched")
        requests.labels(path, str(response.status_code)).inc()
        latency.labels(path).observe(time.perf_counter() - started)
        return response

    @app.get("/healthz", tags=["ops"])
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz", tags=["ops"], responses={503: {"model": ErrorResponse}})
    def readyz() -> dict[str, str]:
        current = holder.get()
        return {"status": "ready", "generation": current.generation}

    @app.get("/metrics", tags=["ops"], response_class=Response)
    def metrics() -> Response:
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)

    @app.post("/v1/ask", response_model=AskResponse, responses=_ERRORS, tags=["v1"])
    async def ask(body: AskRequest) -> AskResponse:
        current = holder.get()
        filters = body.filters.to_filters() if body.filters else None
        result = await run_in_threadpool(
            current.ask, body.question, conversation_id=body.conversation_id, filters=filters
        )
        return ask_response(result.answer, result.conversation_id)

    @app.post("/v1/search", response_model=SearchResponse, responses=_ERRORS, tags=["v1"])
    async def search(body: SearchRequest) -> SearchResponse:
        current = holder.get()
        filters = body.filters.to_filters() if body.filters else None
        hits = await run_in_threadpool(
            current.search, body.query, k=body.k, filters=filters, mode=body.mode
        )
        return search_response(hits)

    @app.get("/v1/documents", response_model=DocumentsResponse, responses=_ERRORS, tags=["v1"])
    def documents() -> DocumentsResponse:
        return DocumentsResponse(documents=[document_out(d) for d in holder.get().documents()])

    @app.get(
        "/v1/documents/{document_id}", response_model=DocumentOut, responses=_ERRORS, tags=["v1"]
    )
    def document(document_id: str) -> DocumentOut:
        found = holder.get().document(document_id)
        if found is None:
            raise ApiError(404, f"no document with id {document_id!r}")
        return document_out(found)

    @app.get("/v1/passages/{passage_id}", response_model=PassageOut, responses=_ERRORS, tags=["v1"])
    def passage(passage_id: str) -> PassageOut:
        found = holder.get().passage(passage_id)
        if found is None:
            raise ApiError(404, f"no passage with id {passage_id!r}")
        return passage_out(*found)

    install_web(app, settings, assistant=holder.get)
    return app
