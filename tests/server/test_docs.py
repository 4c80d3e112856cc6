"""/docs and /openapi.json: every asset served by the app itself, and closed to anonymous
callers when authentication is required."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.assistant import Assistant
from tests.server.restricted import restricted_assistant
from tests.server.test_auth import BOARD_KEY, KEYS, WIDGET_KEY, bearer, client

_ASSET = re.compile(r"""(?:src|href|data-spec-url)\s*=\s*["']([^"']+)["']""")


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return restricted_assistant(tmp_path_factory.mktemp("docs"))


def _assets(html: str) -> list[str]:
    return list(_ASSET.findall(html))


def test_the_docs_page_loads_nothing_from_another_host(
    assistant: Assistant, tmp_path: Path
) -> None:
    c = client(assistant, tmp_path)
    html = c.get("/docs").text
    assets = _assets(html)
    assert any(a.endswith(".js") for a in assets), html
    assert not [a for a in assets if "//" in a], assets
    for asset in assets:
        response = c.get(asset)
        assert response.status_code == 200, asset
    assert "cdn." not in html and "fonts.googleapis" not in html


@pytest.mark.parametrize("path", ["/docs", "/openapi.json"])
def test_the_docs_are_closed_to_anonymous_callers_when_authentication_is_required(
    assistant: Assistant, tmp_path: Path, path: str
) -> None:
    c = client(assistant, tmp_path, api_keys=KEYS, auth_required=True)
    assert c.get(path).status_code == 401
    assert c.get(path, headers=bearer(WIDGET_KEY)).status_code == 403
    assert c.get(path, headers=bearer(BOARD_KEY)).status_code == 200


def test_the_schema_served_is_the_apps_schema(assistant: Assistant, tmp_path: Path) -> None:
    schema = client(assistant, tmp_path).get("/openapi.json").json()
    assert "/v1/ask" in schema["paths"] and "/docs" not in schema["paths"]
