"""The audit log: one JSON line per request with who, what, how it went and what it returned."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from pipeline.assistant import Assistant
from server.app import create_app
from server.audit import read_audit
from server.auth import key_hash
from server.settings import ApiKey, Settings
from tests.server.restricted import restricted_assistant

KEY = "board-key-0123456789"
QUESTION = "Which depot did the board resolve to close?"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return restricted_assistant(tmp_path_factory.mktemp("audit"))


def audited(assistant: Assistant, tmp_path: Path, **settings: Any) -> tuple[TestClient, Path]:
    log = tmp_path / "audit" / "audit.jsonl"
    keys = [ApiKey(name="board", sha256=key_hash(KEY), groups=("board",))]
    settings = {"data_dir": tmp_path, "audit_log": str(log), "api_keys": keys, **settings}
    return TestClient(create_app(Settings(**settings), assistant=assistant)), log


def test_each_request_writes_one_line_with_client_route_status_latency_and_generation(
    assistant: Assistant, tmp_path: Path
) -> None:
    c, log = audited(assistant, tmp_path)
    key = {"Authorization": f"Bearer {KEY}"}
    searched = c.post("/v1/search", json={"query": "Quarrymoor depot", "k": 3}, headers=key)
    asked = c.post("/v1/ask", json={"question": QUESTION}, headers=key)
    passage_id = searched.json()["results"][0]["passage_id"]
    c.get(f"/v1/passages/{passage_id}")  # anonymous: a board passage is hidden, so 404
    c.get("/healthz")
    c.get("/v1/documents", headers={"Authorization": "Bearer wrong"})

    records = read_audit(log)
    assert [(r["method"], r["route"], r["status"]) for r in records] == [
        ("POST", "/v1/search", 200),
        ("POST", "/v1/ask", 200),
        ("GET", "/v1/passages/{passage_id}", 404),
        ("GET", "/healthz", 200),
        ("GET", "/v1/documents", 401),
    ]
    generation = assistant.generation
    for record in records:
        assert set(record) >= {"time", "client", "route", "status", "latency_ms", "generation"}
        assert record["generation"] == generation
        assert record["latency_ms"] >= 0
        assert record["time"].endswith("+00:00")
        assert "question" not in record
    search, ask, hidden, _health, wrong = records
    assert search["client"] == ask["client"] == "key:board"
    assert search["passage_ids"] == [r["passage_id"] for r in searched.json()["results"]]
    assert ask["passage_ids"] == [c["passage_id"] for c in asked.json()["citations"]]
    assert ask["passage_ids"], "the answer cites the board minutes"
    assert hidden["client"].startswith("anon:") and hidden["passage_ids"] == []
    assert wrong["client"].startswith("anon:")


def test_the_question_is_logged_only_when_enabled(assistant: Assistant, tmp_path: Path) -> None:
    quiet, quiet_log = audited(assistant, tmp_path / "quiet")
    quiet.post("/v1/ask", json={"question": QUESTION})
    assert QUESTION not in quiet_log.read_text(encoding="utf-8")

    loud, loud_log = audited(assistant, tmp_path / "loud", audit_questions=True)
    loud.post("/v1/ask", json={"question": QUESTION})
    loud.post("/v1/search", json={"query": "depot plan"})
    assert [r["question"] for r in read_audit(loud_log)] == [QUESTION, "depot plan"]


def test_audit_off_writes_nothing(assistant: Assistant, tmp_path: Path) -> None:
    c, log = audited(assistant, tmp_path, audit_log="off")
    assert c.get("/v1/documents").status_code == 200
    assert not log.exists()
