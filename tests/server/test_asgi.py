"""Worker processes (SA_WORKERS > 1) build the app from the environment alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from server.asgi import create


def test_a_worker_builds_the_app_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SA_INDEX_DIR", str(tmp_path / "no-index"))
    monkeypatch.setenv("SA_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("SA_AUDIT_LOG", "off")
    monkeypatch.setenv("SA_WORKERS", "2")
    with TestClient(create()) as client:
        assert client.get("/healthz").status_code == 200
        # No index there: the worker answers, and says it is not ready.
        assert client.get("/readyz").status_code == 503
