"""`POST /v1/ask/stream`: the answer as server-sent events, as the language model words it.

Events, each `data` one JSON object:

- `meta` `{"conversation_id", "mode": "llm" | "extractive"}` first, once the first piece of
  the answer is known: "llm" when the language model worded it, "extractive" when the answer
  is the extractive one (no model, a refusal, or a model that failed or cited nothing before
  its first piece);
- `token` `{"text"}` pieces of the answer text, to append in order (an extractive answer comes
  as one piece per cited sentence);
- `reset` `{"mode": "extractive"}` drop the text shown so far (the model failed mid-answer;
  the extractive answer's tokens follow);
- `citations` `{"citations": [...]}` as in `/v1/ask`;
- `done` the whole `/v1/ask` response, `answer` being the final text, plus `mode`: the mode
  that produced this answer ("extractive" when the model failed or cited nothing it was
  shown); the stream ends.
- `error` `{"error": {"code", "message"}}` if something breaks after the stream began; it ends.

Bad requests and an index still loading are answered before any event, with the usual JSON
error shape and status.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator

from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse

from answer.generate import Event, Final, Reset, Token
from pipeline.assistant import Assistant
from pipeline.visibility import EVERYTHING
from server.known_documents import check_document_ids
from server.schemas import AskRequest, ErrorResponse, ask_response

log = logging.getLogger(__name__)

_ERRORS: dict[int | str, dict[str, object]] = {
    code: {"model": ErrorResponse} for code in (404, 413, 422, 503)
}
_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


def sse(event: str, data: object) -> str:
    """One server-sent event; JSON keeps `data` on a single line."""
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def mode_of(event: Event) -> str:
    """The mode that produced `event`: what a client may show as the answer's origin."""
    generated = isinstance(event, Token | Final) and event.generated
    return "llm" if generated else "extractive"


def _events(conversation_id: str, events: Iterator[Event]) -> Iterator[str]:
    started = False
    try:
        for event in events:
            if not started:
                # Sent with the first piece rather than before asking the model, so it never
                # claims a model answer that then falls back.
                yield sse("meta", {"conversation_id": conversation_id, "mode": mode_of(event)})
                started = True
            if isinstance(event, Token):
                yield sse("token", {"text": event.text})
            elif isinstance(event, Reset):
                yield sse("reset", {"mode": "extractive"})
            elif isinstance(event, Final):
                body = ask_response(event.answer, conversation_id).model_dump()
                yield sse("citations", {"citations": body["citations"]})
                yield sse("done", {**body, "mode": "llm" if event.generated else "extractive"})
                return
    except Exception:
        log.exception("the answer stream failed")
        message = "internal error; the server log has the details"
        yield sse("error", {"error": {"code": "internal", "message": message}})


def install_stream(
    app: FastAPI,
    holder_get: Callable[[], Assistant],
    *,
    on_answer: Callable[..., None] | None = None,
) -> None:
    """Add `POST /v1/ask/stream`; `holder_get` returns the assistant or raises ApiError(503).

    `on_answer(question, refused=...)` is told of each question answered (the insights)."""

    @app.post(
        "/v1/ask/stream",
        response_class=StreamingResponse,
        responses={200: {"content": {"text/event-stream": {}}}, **_ERRORS},
        tags=["v1"],
    )
    async def ask_stream(body: AskRequest, request: Request) -> StreamingResponse:
        """The `/v1/ask` answer as server-sent events (see server/stream.py)."""
        current = holder_get()
        request.state.question = body.question
        options: dict[str, object] = {"conversation_id": body.conversation_id}
        if body.filters:
            options["filters"] = body.filters.to_filters()
        caller = getattr(request.state, "caller", None)
        if caller is not None:  # set by the app's access guard: read only what it may see
            options["access"] = caller.access
            options["caller"] = caller.id
        check_document_ids(body.filters, current, caller.access if caller else EVERYTHING)
        result, events = await run_in_threadpool(current.ask_stream, body.question, **options)
        if on_answer is not None:
            await run_in_threadpool(on_answer, body.question, refused=result.answer.refused)
        return StreamingResponse(
            _events(result.conversation_id, events),
            media_type="text/event-stream",
            headers=_HEADERS,
        )
