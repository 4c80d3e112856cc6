"""Security headers of the page, the widget and everything else, checked without a browser."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from server.app import create_app
from server.settings import Settings

INTRANET = "https://intranet.example.gov.uk"


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    settings = Settings(data_dir=tmp_path, embed_origins=[INTRANET, "https://*.council.example"])
    return TestClient(create_app(settings))


def directives(header: str) -> dict[str, str]:
    parts = (d.strip().split(" ", 1) for d in header.split(";") if d.strip())
    return {p[0]: (p[1] if len(p) > 1 else "") for p in parts}


def test_chat_page_allows_only_its_own_scripts_and_no_framing(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    csp = directives(response.headers["content-security-policy"])
    assert csp["default-src"] == "'none'"
    assert csp["script-src"] == "'self'"
    assert csp["style-src"] == "'self'"
    assert csp["connect-src"] == "'self'"
    assert csp["frame-ancestors"] == "'none'"
    assert csp["object-src"] == "'none'"
    assert "unsafe-inline" not in response.headers["content-security-policy"]
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["x-content-type-options"] == "nosniff"


def test_widget_page_may_be_framed_only_by_the_listed_origins(client: TestClient) -> None:
    response = client.get("/embed")
    assert response.status_code == 200
    csp = directives(response.headers["content-security-policy"])
    assert csp["frame-ancestors"] == f"'self' {INTRANET} https://*.council.example"
    assert csp["script-src"] == "'self'"
    assert "x-frame-options" not in response.headers
    assert response.headers["x-content-type-options"] == "nosniff"


def test_widget_page_with_no_origins_listed_is_framed_only_by_the_assistant_itself(
    tmp_path: Path,
) -> None:
    client = TestClient(create_app(Settings(data_dir=tmp_path)))
    csp = directives(client.get("/embed").headers["content-security-policy"])
    assert csp["frame-ancestors"] == "'self'"


@pytest.mark.parametrize("path", ["/healthz", "/static/embed.js", "/static/app.css", "/nowhere"])
def test_every_other_response_refuses_framing_and_sniffing(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["x-content-type-options"] == "nosniff"


def test_static_files_have_their_own_types(client: TestClient) -> None:
    assert "javascript" in client.get("/static/embed.js").headers["content-type"]
    assert "javascript" in client.get("/static/app.js").headers["content-type"]
    assert client.get("/static/app.css").headers["content-type"].startswith("text/css")


def test_pages_load_nothing_from_other_hosts(client: TestClient) -> None:
    for path in ("/", "/embed", "/static/app.css", "/static/app.js", "/static/embed.js"):
        body = client.get(path).text
        assert "https://" not in body.replace("https://assistant.example", ""), path
        assert "@import" not in body and "fonts.g" not in body, path


def test_the_page_puts_server_text_in_as_text_only() -> None:
    source = (Path(__file__).parents[2] / "server" / "static" / "app.js").read_text()
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in source, f"app.js uses {sink}"


@pytest.mark.parametrize(
    "origin",
    ["*", "intranet.example", "https://intranet.example/path", "https://a.example; script-src *"],
)
def test_an_embed_origin_that_is_not_an_origin_is_refused(origin: str) -> None:
    with pytest.raises(ValueError, match="is not an origin"):
        Settings(embed_origins=[origin])
