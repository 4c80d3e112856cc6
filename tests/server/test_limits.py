"""Limits: a rate per client (429 with Retry-After), a time budget (503 with the error shape),
request bodies bounded even when streamed, and conversation history bounded."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from pipeline.assistant import Assistant
from pipeline.conversations import ConversationStore
from server.app import create_app
from server.auth import key_hash
from server.limits import RateLimiter
from server.settings import ApiKey, Settings
from tests.server.restricted import restricted_assistant


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return restricted_assistant(tmp_path_factory.mktemp("limits"))


def client(assistant: Assistant, tmp_path: Path, **settings: Any) -> TestClient:
    app = create_app(Settings(data_dir=tmp_path, audit_log="off", **settings), assistant=assistant)
    return TestClient(app)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_bucket_allows_the_burst_then_one_request_per_refill_interval() -> None:
    clock = Clock()
    limiter = RateLimiter(per_minute=60, burst=3, clock=clock)
    assert [limiter.check("a") for _ in range(3)] == [0.0, 0.0, 0.0]
    assert limiter.check("a") == pytest.approx(1.0)
    assert limiter.check("b") == 0.0  # another client has its own bucket
    clock.now += 0.5
    assert limiter.check("a") == pytest.approx(0.5)
    clock.now += 0.5
    assert limiter.check("a") == 0.0


def test_the_limiter_forgets_the_least_recent_clients_beyond_its_bound() -> None:
    limiter = RateLimiter(per_minute=1, burst=1, max_clients=100)
    for n in range(1000):
        limiter.check(f"client-{n}")
    assert len(limiter._buckets) == 100


def test_a_rate_of_zero_turns_the_limit_off() -> None:
    limiter = RateLimiter(per_minute=0, burst=1)
    assert all(limiter.check("a") == 0.0 for _ in range(1000))


def test_over_the_rate_a_client_gets_429_with_retry_after_and_others_carry_on(
    assistant: Assistant, tmp_path: Path
) -> None:
    key = "ops-key-0123456789"
    keys = [ApiKey(name="ops", sha256=key_hash(key))]
    c = client(assistant, tmp_path, rate_limit_per_minute=6, rate_limit_burst=2, api_keys=keys)
    statuses = [c.post("/v1/search", json={"query": "depot"}).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    limited = c.get("/v1/documents")
    assert limited.status_code == 429
    assert limited.json()["error"]["code"] == "rate_limited"
    assert 1 <= int(limited.headers["retry-after"]) <= 10
    keyed = c.get("/v1/documents", headers={"Authorization": f"Bearer {key}"})
    assert keyed.status_code == 200
    assert c.get("/healthz").status_code == 200  # probes are never limited


def test_a_request_over_its_time_budget_is_503_with_the_error_shape(
    assistant: Assistant, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    slow_search = assistant.search

    def slow(*args: Any, **kwargs: Any) -> Any:
        time.sleep(1.5)
        return slow_search(*args, **kwargs)

    monkeypatch.setattr(assistant, "search", slow)
    monkeypatch.setattr(assistant, "ask", slow)
    c = client(assistant, tmp_path, request_timeout_seconds=0.2)
    for path, body in [("/v1/search", {"query": "depot"}), ("/v1/ask", {"question": "depot?"})]:
        started = time.monotonic()
        response = c.post(path, json=body)
        assert time.monotonic() - started < 1.2, "the budget must not wait for the work"
        assert response.status_code == 503
        assert response.json()["error"]["code"] == "timeout"
        assert "budget" in response.json()["error"]["message"]


def test_a_streamed_body_over_the_limit_is_413_without_a_content_length(
    assistant: Assistant, tmp_path: Path
) -> None:
    c = client(assistant, tmp_path, max_body_bytes=2048)

    def chunks() -> Iterator[bytes]:
        yield b'{"question": "'
        for _ in range(10):
            yield b"x" * 500
        yield b'"}'

    response = c.post("/v1/ask", content=chunks(), headers={"content-type": "application/json"})
    assert "content-length" not in response.request.headers
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "payload_too_large"
    small = c.post("/v1/ask", json={"question": "depot?"})
    assert small.status_code == 200


def test_conversation_history_keeps_only_the_last_max_turns(tmp_path: Path) -> None:
    store = ConversationStore(tmp_path / "c.sqlite", ttl_seconds=3600, max_turns=3)
    for n in range(10):
        store.add("conv", "ann", f"question {n}", f"rewritten {n}", "answer")
    assert store.previous_questions("conv", "ann") == ["rewritten 7", "rewritten 8", "rewritten 9"]
    store.close()


def test_behind_a_trusted_proxy_each_forwarded_client_has_its_own_limit(
    assistant: Assistant, tmp_path: Path
) -> None:
    settings = Settings(
        data_dir=tmp_path,
        audit_log="off",
        rate_limit_per_minute=60,
        rate_limit_burst=2,
        trusted_proxies=["10.1.2.0/24"],
    )
    app = create_app(settings, assistant=assistant)
    proxy = TestClient(app, client=("10.1.2.7", 40000))

    def search(forwarded: str) -> int:
        headers = {"X-Forwarded-For": forwarded}
        return proxy.post("/v1/search", json={"query": "depot"}, headers=headers).status_code

    # Twenty users behind one proxy: two requests each fit each user's own burst.
    codes = [search(f"192.168.0.{n}") for n in range(20) for _ in range(2)]
    assert codes.count(429) == 0
    assert search("192.168.0.1") == 429
    # A client's own forged hops left of the proxy's entry do not give it a fresh bucket.
    assert search("203.0.113.9, 192.168.0.1") == 429
    # From an untrusted peer the header is ignored: the peer address is the client.
    direct = TestClient(app, client=("192.168.5.5", 40000))
    statuses = [
        direct.post(
            "/v1/search", json={"query": "depot"}, headers={"X-Forwarded-For": f"10.9.9.{n}"}
        ).status_code
        for n in range(3)
    ]
    assert statuses == [200, 200, 429]
