"""A full data disk: writes failing give 503 with a code and make the server not ready, and
service comes back by itself when space returns (fake model, real index)."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from pipeline.conversations import ConversationStore
from server.app import create_app
from server.settings import Settings
from server.storage import StorageHealth
from tests.server.restricted import restricted_assistant

DISK_FULL = sqlite3.OperationalError("database or disk is full")


def test_a_full_disk_is_503_and_not_ready_until_space_returns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assistant = restricted_assistant(tmp_path / "r")
    settings = Settings(data_dir=tmp_path / "data", audit_log="off", rate_limit_per_minute=0)
    c = TestClient(create_app(settings, assistant=assistant))
    assert c.get("/readyz").status_code == 200

    def full(*_: object, **__: object) -> None:
        raise DISK_FULL

    def no_space(_: StorageHealth) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(ConversationStore, "add", full)
    monkeypatch.setattr(StorageHealth, "probe", no_space)
    for path in ("/v1/ask", "/v1/ask/stream"):
        response = c.post(path, json={"question": "what about the depot?"})
        assert response.status_code == 503, path
        assert response.json()["error"]["code"] == "storage_unavailable"
    ready = c.get("/readyz")
    assert ready.status_code == 503 and ready.json()["error"]["code"] == "storage_unavailable"
    assert c.get("/healthz").status_code == 200  # the process is alive, only not ready

    monkeypatch.undo()  # space returns
    assert c.get("/readyz").status_code == 200
    assert c.post("/v1/ask", json={"question": "what about the depot?"}).status_code == 200


def test_an_audit_file_on_a_full_disk_refuses_the_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from server.audit import AuditLog

    assistant = restricted_assistant(tmp_path / "r")
    audit = str(tmp_path / "audit.jsonl")
    settings = Settings(data_dir=tmp_path / "data", audit_log=audit, rate_limit_per_minute=0)
    c = TestClient(create_app(settings, assistant=assistant))

    def full(*_: object, **__: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(AuditLog, "write", full)
    response = c.post("/v1/search", json={"query": "depot"})
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "storage_unavailable"


def test_an_error_that_is_not_about_storage_stays_a_500(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assistant = restricted_assistant(tmp_path / "r")
    settings = Settings(data_dir=tmp_path / "data", audit_log="off", rate_limit_per_minute=0)
    c = TestClient(create_app(settings, assistant=assistant), raise_server_exceptions=False)

    def broken(*_: object, **__: object) -> None:
        raise sqlite3.OperationalError("no such table: turns")

    monkeypatch.setattr(ConversationStore, "add", broken)
    response = c.post("/v1/ask", json={"question": "depot?"})
    assert response.status_code == 500
    assert c.get("/readyz").status_code == 200
