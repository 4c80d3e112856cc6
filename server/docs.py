"""`/docs` (Swagger UI), `/redoc` and `/openapi.json`, served with no request leaving the server.

FastAPI's own pages load Swagger UI and ReDoc from a CDN, so they are blank offline; here the
assets come from the pinned `fastapi-offline` package and are served by the app. The three
routes are ordinary API routes, so the app's access guard covers them: with
SA_AUTH_REQUIRED=true anonymous callers get 401 and a widget key 403, as for any other route.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import fastapi_offline
from fastapi import FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

ASSETS_PATH = "/docs-assets"
ASSETS_DIR = Path(fastapi_offline.__file__).resolve().parent / "static"
DOCS_ROUTES = frozenset({"/docs", "/redoc", "/openapi.json"})


def install_docs(app: FastAPI) -> None:
    """Add the browsable schema to `app` (built with docs_url, redoc_url, openapi_url None)."""
    app.mount(ASSETS_PATH, StaticFiles(directory=ASSETS_DIR), name="docs-assets")
    title = f"{app.title}: HTTP API"

    @app.get("/openapi.json", include_in_schema=False)
    def openapi() -> JSONResponse:
        schema: dict[str, Any] = app.openapi()
        return JSONResponse(schema)

    @app.get("/docs", include_in_schema=False)
    def swagger() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title=title,
            swagger_js_url=f"{ASSETS_PATH}/swagger-ui-bundle.js",
            swagger_css_url=f"{ASSETS_PATH}/swagger-ui.css",
            swagger_favicon_url="/static/icon.svg",
        )

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        return get_redoc_html(
            openapi_url="/openapi.json",
            title=title,
            redoc_js_url=f"{ASSETS_PATH}/redoc.standalone.js",
            redoc_favicon_url="/static/icon.svg",
            with_google_fonts=False,
        )
