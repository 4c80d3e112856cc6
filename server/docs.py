"""`/docs` (ReDoc) and `/openapi.json`, served with no request leaving the server.

FastAPI's own pages load Swagger UI and ReDoc from a CDN, so they are blank offline; here the
ReDoc bundle comes from the pinned `fastapi-offline` package and is served by the app, with a
theme whose colours pass WCAG contrast (static/docs.js). ReDoc rather than Swagger UI: Swagger
UI nests buttons inside buttons, which screen readers and voice control cannot use. Both routes
are ordinary API routes, so the app's access guard covers them: with SA_AUTH_REQUIRED=true
anonymous callers get 401 and a widget key 403, as for any other route.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import fastapi_offline
from fastapi import FastAPI
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from server.templates_env import template

ASSETS_PATH = "/docs-assets"
ASSETS_DIR = Path(fastapi_offline.__file__).resolve().parent / "static"


def install_docs(app: FastAPI) -> None:
    """Add the browsable schema to `app` (built with docs_url, redoc_url, openapi_url None)."""
    app.mount(ASSETS_PATH, StaticFiles(directory=ASSETS_DIR), name="docs-assets")
    title = f"{app.title}: HTTP API"

    @app.get("/openapi.json", include_in_schema=False)
    def openapi() -> JSONResponse:
        schema: dict[str, Any] = app.openapi()
        return JSONResponse(schema)

    page = template("docs.html").render(title=title, redoc_js=f"{ASSETS_PATH}/redoc.standalone.js")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(page)
