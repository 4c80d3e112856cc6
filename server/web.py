"""The chat page, the embeddable widget page, their security headers, feedback and document view.

`/` is the chat page and `/embed` the same page laid out for an iframe; both are static HTML
with `/static/app.js`, which renders everything the server says as text. `/static/embed.js` is
the one-line embed for intranet pages. Only `/embed` may be framed, and only by the origins in
`settings.embed_origins` (CSP frame-ancestors); every other response refuses to be framed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel

from pipeline.assistant import Assistant
from server.errors import ApiError
from server.examples import example_questions
from server.feedback import FEEDBACK_FILE, FeedbackIn, FeedbackOut, FeedbackStore
from server.feedback_pg import PgFeedbackStore
from server.schemas import DocumentOut, ErrorResponse, PassageOut, document_out, passage_out
from server.security_headers import SecurityHeaders
from server.settings import Settings
from server.templates_env import template

HERE = Path(__file__).resolve().parent
STATIC_DIR = HERE / "static"
EMBED_PATH = "/embed"

_ERRORS: dict[int | str, dict[str, object]] = {
    code: {"model": ErrorResponse} for code in (404, 413, 422, 503)
}


def page_csp(frame_ancestors: str) -> str:
    """Only the app's own scripts, styles and API; no inline script, no plugins, no base tag."""
    return (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
        " connect-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none';"
        f" frame-ancestors {frame_ancestors}"
    )


def add_page(app: FastAPI, path: str, html: str) -> None:
    """Serve `html`, rendered once, at `path`: a page that holds no data of its own (its rows
    come from the API with the caller's own access), framed by no one."""
    headers = {"Content-Security-Policy": page_csp("'none'"), "Cache-Control": "no-cache"}

    @app.get(path, response_class=HTMLResponse, include_in_schema=False)
    def page() -> HTMLResponse:
        return HTMLResponse(html, headers=headers)


def embed_ancestors(settings: Settings) -> str:
    """The pages allowed to frame /embed: this origin and the configured intranet origins."""
    return " ".join(["'self'", *settings.embed_origins])


class ExampleOut(BaseModel):
    question: str
    document_id: str
    section: str


class ExamplesResponse(BaseModel):
    questions: list[ExampleOut]


class DocumentPassagesOut(BaseModel):
    document: DocumentOut
    passages: list[PassageOut]


def install_web(app: FastAPI, settings: Settings, *, assistant: Callable[[], Assistant]) -> None:
    """Add the page, the widget, static files, feedback and security headers to `app`.

    `assistant` returns the loaded assistant or raises ApiError(503) while it loads.
    """
    page = template("page.html")
    feedback: FeedbackStore | PgFeedbackStore
    if settings.backend == "postgres" and settings.database_url is not None:
        feedback = PgFeedbackStore(settings.database_url.get_secret_value(), tenant=settings.tenant)
    else:
        feedback = FeedbackStore(settings.data_dir / FEEDBACK_FILE)
    app.state.feedback = feedback
    headers_for_page = {"Content-Security-Policy": page_csp("'none'"), "Cache-Control": "no-cache"}
    headers_for_embed = {
        "Content-Security-Policy": page_csp(embed_ancestors(settings)),
        "Cache-Control": "no-cache",
    }

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    app.add_middleware(SecurityHeaders, framable_path=EMBED_PATH)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def chat_page() -> HTMLResponse:
        return HTMLResponse(page.render(embedded=False), headers=headers_for_page)

    @app.get(EMBED_PATH, response_class=HTMLResponse, include_in_schema=False)
    def embed_page() -> HTMLResponse:
        return HTMLResponse(page.render(embedded=True), headers=headers_for_embed)

    @app.post(
        "/v1/feedback", status_code=201, response_model=FeedbackOut, responses=_ERRORS, tags=["v1"]
    )
    async def send_feedback(body: FeedbackIn) -> FeedbackOut:
        try:
            generation: str | None = assistant().generation
        except ApiError:
            generation = None  # still loading: the feedback is worth keeping all the same
        row = await run_in_threadpool(feedback.add, body, generation=generation)
        return FeedbackOut(id=row, generation=generation)

    @app.get("/v1/examples", response_model=ExamplesResponse, responses=_ERRORS, tags=["v1"])
    def examples(request: Request) -> ExamplesResponse:
        """A few questions made from the section headings of the documents the caller may see
        (the page's "What can I ask?")."""
        current = assistant()
        visible = current.documents(access=request.state.caller.access)
        ids = {d.id for d in visible}
        sections = [
            (p.document_id, p.section)
            for p in current.searcher.index.store.passages
            if p.section and p.document_id in ids
        ]
        found = example_questions(visible, sections)
        return ExamplesResponse(
            questions=[
                ExampleOut(question=e.question, document_id=e.document_id, section=e.section)
                for e in found
            ]
        )

    @app.get(
        "/v1/documents/{document_id}/passages",
        response_model=DocumentPassagesOut,
        responses=_ERRORS,
        tags=["v1"],
    )
    def document_passages(document_id: str) -> DocumentPassagesOut:
        """A document and all its passages in reading order (the page's document view)."""
        store = assistant().searcher.index.store
        doc = store.documents.get(document_id)
        if doc is None:
            raise ApiError(404, f"no document with id {document_id!r}")
        return DocumentPassagesOut(
            document=document_out(doc),
            passages=[passage_out(p, doc) for p in store.passages_of(doc.id)],
        )
