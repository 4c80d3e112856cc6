"""Access: API keys stored as hashes, a trusted proxy's user header, a widget key's scope,
per-document groups enforced server-side, and 401/403/404 each where it belongs."""

from __future__ import annotations

import hmac
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from pipeline.assistant import Assistant
from server.app import create_app
from server.auth import key_hash
from server.settings import ApiKey, Settings, SettingsError, load_settings
from tests.server.restricted import BOARD_SECRET, HR_SECRET, restricted_assistant

BOARD_KEY = "board-key-0123456789"
WIDGET_KEY = "widget-key-0123456789"
KEYS = [
    ApiKey(name="board", sha256=key_hash(BOARD_KEY), groups=("board",)),
    ApiKey(name="widget", sha256=key_hash(WIDGET_KEY), scope="widget"),
]
RESTRICTED = ("board-minutes", "staff-review")
QUIET: dict[str, Any] = {"audit_log": "off", "rate_limit_per_minute": 0}


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return restricted_assistant(tmp_path_factory.mktemp("restricted"))


def client(assistant: Assistant, tmp_path: Path, **settings: Any) -> TestClient:
    app = create_app(Settings(data_dir=tmp_path, **{**QUIET, **settings}), assistant=assistant)
    return TestClient(app)


def bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def search_text(c: TestClient, query: str, **headers: str) -> str:
    response = c.post("/v1/search", json={"query": query, "k": 50}, headers=headers)
    assert response.status_code == 200, response.text
    return " ".join(r["text"] + r["document_id"] for r in response.json()["results"])


def first_passage_of(assistant: Assistant, document_id: str) -> str:
    store = assistant.searcher.index.store
    return next(p.id for p in store.passages if p.document_id == document_id)


def test_by_default_the_api_is_open_but_restricted_documents_never_reach_anonymous_callers(
    assistant: Assistant, tmp_path: Path
) -> None:
    c = client(assistant, tmp_path)
    listed = {d["id"] for d in c.get("/v1/documents").json()["documents"]}
    assert listed == {"open-plan"}
    found = search_text(c, "Quarrymoor depot closure Ravensworth staff review understaffed")
    assert "Quarrymoor" not in found and "Ravensworth" not in found
    assert "open-plan" in found
    for mode in ("bm25", "dense", "rrf"):
        body = {"query": "Quarrymoor Ravensworth", "k": 50, "mode": mode}
        results = c.post("/v1/search", json=body).json()["results"]
        assert {r["document_id"] for r in results} <= {"open-plan"}
    ask = c.post("/v1/ask", json={"question": "Which depot did the board resolve to close?"})
    assert ask.status_code == 200
    assert "Quarrymoor" not in ask.text
    assert {x["document_id"] for x in ask.json()["citations"]} <= {"open-plan"}


def test_a_restricted_document_is_404_exactly_like_a_missing_one(
    assistant: Assistant, tmp_path: Path
) -> None:
    c = client(assistant, tmp_path)
    hidden_passage = first_passage_of(assistant, "board-minutes")
    for path, missing in [
        ("/v1/documents/board-minutes", "/v1/documents/no-such-document"),
        ("/v1/documents/board-minutes/passages", "/v1/documents/no-such-document/passages"),
        (f"/v1/passages/{hidden_passage}", "/v1/passages/no-such-passage"),
    ]:
        hidden, absent = c.get(path), c.get(missing)
        assert hidden.status_code == absent.status_code == 404, path
        assert hidden.json()["error"]["code"] == "not_found"
        assert BOARD_SECRET not in hidden.text
        assert set(hidden.json()) == set(absent.json()) == {"error"}


def test_filtering_by_a_restricted_document_id_is_refused_as_for_an_unknown_one(
    assistant: Assistant, tmp_path: Path
) -> None:
    c = client(assistant, tmp_path)
    for hidden in RESTRICTED:
        for route, key in (("/v1/search", "query"), ("/v1/ask", "question")):
            sent = {key: "Quarrymoor depot", "filters": {"document_ids": [hidden]}}
            absent = {key: "Quarrymoor depot", "filters": {"document_ids": ["no-such-id"]}}
            refused, unknown = c.post(route, json=sent), c.post(route, json=absent)
            assert refused.status_code == unknown.status_code == 422
            assert BOARD_SECRET not in refused.text
            assert (
                refused.json()["error"]["message"].replace(hidden, "no-such-id")
                == (unknown.json()["error"]["message"])
            )


def test_a_key_in_a_group_sees_that_group_and_only_that_group(
    assistant: Assistant, tmp_path: Path
) -> None:
    c = client(assistant, tmp_path, api_keys=KEYS)
    key = bearer(BOARD_KEY)
    listed = {d["id"] for d in c.get("/v1/documents", headers=key).json()["documents"]}
    assert listed == {"open-plan", "board-minutes"}
    found = search_text(c, "Quarrymoor depot Ravensworth understaffed", **key)
    assert "Quarrymoor" in found and "Ravensworth" not in found
    assert c.get("/v1/documents/board-minutes", headers=key).status_code == 200
    assert c.get("/v1/documents/staff-review", headers=key).status_code == 404
    passage = first_passage_of(assistant, "board-minutes")
    assert c.get(f"/v1/passages/{passage}", headers=key).json()["text"] == BOARD_SECRET
    x_api_key = {"X-API-Key": BOARD_KEY}
    assert c.get("/v1/documents/board-minutes", headers=x_api_key).status_code == 200


def test_a_wrong_key_is_401_with_a_challenge_even_when_keys_are_optional(
    assistant: Assistant, tmp_path: Path
) -> None:
    c = client(assistant, tmp_path, api_keys=KEYS)
    response = c.get("/v1/documents", headers=bearer("not-a-key"))
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert response.json()["error"]["code"] == "unauthorized"
    assert c.get("/v1/documents").status_code == 200  # no key at all: anonymous


def test_when_auth_is_required_anonymous_api_calls_are_401_but_pages_and_probes_load(
    assistant: Assistant, tmp_path: Path
) -> None:
    c = client(assistant, tmp_path, api_keys=KEYS, auth_required=True)
    for method, path in [("GET", "/v1/documents"), ("POST", "/v1/search"), ("GET", "/metrics")]:
        response = c.request(method, path, json={"query": "depot"})
        assert response.status_code == 401, path
        assert response.json()["error"]["code"] == "unauthorized"
    for path in ("/healthz", "/readyz", "/", "/embed"):
        assert c.get(path).status_code == 200, path
    assert c.get("/v1/documents", headers=bearer(BOARD_KEY)).status_code == 200


def test_a_widget_key_may_ask_search_and_send_feedback_and_nothing_else(
    assistant: Assistant, tmp_path: Path
) -> None:
    c = client(assistant, tmp_path, api_keys=KEYS, auth_required=True)
    key = bearer(WIDGET_KEY)
    assert c.post("/v1/ask", json={"question": "depot plan?"}, headers=key).status_code == 200
    assert c.post("/v1/search", json={"query": "depot"}, headers=key).status_code == 200
    feedback = {"rating": "up", "question": "depot plan?", "answer": "It is published."}
    assert c.post("/v1/feedback", json=feedback, headers=key).status_code == 201
    for path in ("/v1/documents", "/v1/documents/open-plan", "/metrics"):
        response = c.get(path, headers=key)
        assert response.status_code == 403, path
        assert response.json()["error"]["code"] == "forbidden"


def test_a_proxy_user_header_counts_only_from_a_trusted_proxy(
    assistant: Assistant, tmp_path: Path
) -> None:
    sso: dict[str, Any] = {
        "auth_required": True,
        "proxy_user_header": "X-Forwarded-User",
        "proxy_groups_header": "X-Forwarded-Groups",
        "trusted_proxies": ["10.1.2.0/24"],
    }
    app = create_app(Settings(data_dir=tmp_path, **QUIET, **sso), assistant=assistant)
    headers = {"X-Forwarded-User": "alice", "X-Forwarded-Groups": "hr, staff"}
    via_proxy = TestClient(app, client=("10.1.2.7", 40000))
    listed = via_proxy.get("/v1/documents", headers=headers).json()["documents"]
    assert {d["id"] for d in listed} == {"open-plan", "staff-review"}
    assert HR_SECRET in search_text(via_proxy, "Ravensworth understaffed", **headers)
    spoofed = TestClient(app, client=("192.168.9.9", 40000))
    assert spoofed.get("/v1/documents", headers=headers).status_code == 401


def test_every_configured_hash_is_compared_in_constant_time(
    assistant: Assistant, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[str, str]] = []
    real = hmac.compare_digest

    def spy(a: str, b: str) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    c = client(assistant, tmp_path, api_keys=KEYS)
    assert c.get("/v1/documents", headers=bearer(BOARD_KEY)).status_code == 200
    assert len(calls) == len(KEYS)  # no early exit on the first match
    assert all(a == key_hash(BOARD_KEY) for a, _ in calls)
    assert BOARD_KEY not in Settings(api_keys=KEYS).model_dump_json()


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"api_keys": [{"name": "k", "sha256": "not-hex"}]}, "sha256"),
        ({"api_keys": [{"name": "k", "sha256": "A" * 64}]}, "sha256"),
        ({"auth_required": True}, "nobody"),
        ({"proxy_user_header": "X-User"}, "trusted_proxies"),
        ({"proxy_user_header": "X-User", "trusted_proxies": ["intranet"]}, "IP address"),
        ({"cors_origins": ["*"], "cors_credentials": True}, "credentials"),
        ({"cors_origins": ["https://*.example.org"]}, "wildcard"),
    ],
)
def test_unsafe_or_unusable_access_settings_fail_at_start(
    settings: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        Settings(**settings)


def test_cors_allows_only_the_listed_origins(assistant: Assistant, tmp_path: Path) -> None:
    allowed = "https://intranet.example.gov.uk"
    c = client(assistant, tmp_path, cors_origins=[allowed], cors_credentials=True)
    preflight = {"Access-Control-Request-Method": "POST"}
    ok = c.options("/v1/search", headers={"Origin": allowed, **preflight})
    assert ok.status_code == 200
    assert ok.headers["access-control-allow-origin"] == allowed
    assert ok.headers["access-control-allow-credentials"] == "true"
    other = c.options("/v1/search", headers={"Origin": "https://evil.example", **preflight})
    assert "access-control-allow-origin" not in other.headers
    simple = c.get("/v1/documents", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in simple.headers


def test_docs_and_schema_are_off_in_production_unless_switched_on(
    assistant: Assistant, tmp_path: Path
) -> None:
    development = client(assistant, tmp_path)
    assert development.get("/openapi.json").status_code == 200
    assert development.get("/docs").status_code == 200
    production = client(assistant, tmp_path, environment="production")
    assert production.get("/openapi.json").status_code == 404
    assert production.get("/docs").status_code == 404
    switched_on = client(assistant, tmp_path, environment="production", docs_enabled=True)
    assert switched_on.get("/openapi.json").status_code == 200


def test_api_and_error_responses_carry_the_browser_safety_headers(
    assistant: Assistant, tmp_path: Path
) -> None:
    c = client(assistant, tmp_path, api_keys=KEYS, auth_required=True)
    for response in (c.get("/v1/documents"), c.get("/healthz"), c.get("/")):
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"]
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert "frame-ancestors 'self'" in c.get("/embed").headers["content-security-policy"]


def test_keys_and_proxies_are_read_from_the_environment_as_json(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    digest = key_hash(BOARD_KEY)
    monkeypatch.setenv("SA_API_KEYS", f'[{{"name": "board", "sha256": "{digest}"}}]')
    monkeypatch.setenv("SA_TRUSTED_PROXIES", '["10.0.0.5"]')
    monkeypatch.setenv("SA_AUTH_REQUIRED", "true")
    settings = load_settings()
    assert settings.api_keys[0].sha256 == digest and settings.auth_required
    monkeypatch.setenv("SA_API_KEYS", "[]")
    with pytest.raises(SettingsError, match=r"auth_required.*nobody"):
        load_settings()


def test_a_conversation_continues_only_for_the_caller_who_began_it(
    assistant: Assistant, tmp_path: Path
) -> None:
    c = client(assistant, tmp_path, api_keys=KEYS)
    begun = c.post(
        "/v1/ask", json={"question": "what did the board resolve?"}, headers=bearer(BOARD_KEY)
    )
    conversation = begun.json()["conversation_id"]
    follow_up = {"question": "and what about the depot?", "conversation_id": conversation}
    other = c.post("/v1/ask", json=follow_up, headers=bearer(WIDGET_KEY))
    assert other.status_code == 404
    assert other.json()["error"]["code"] == "conversation_not_found"
    streamed = c.post("/v1/ask/stream", json=follow_up, headers=bearer(WIDGET_KEY))
    assert streamed.status_code == 404
    assert c.post("/v1/ask", json=follow_up, headers=bearer(BOARD_KEY)).status_code == 200


def test_a_conversation_id_the_server_did_not_make_is_rejected(
    assistant: Assistant, tmp_path: Path
) -> None:
    c = client(assistant, tmp_path)
    made_up = c.post("/v1/ask", json={"question": "who?", "conversation_id": "my-own-id"})
    assert made_up.status_code == 422
    unknown = c.post("/v1/ask", json={"question": "who?", "conversation_id": "0" * 32})
    assert unknown.status_code == 404
