"""The CLI's --json output is the HTTP body; errors exit non-zero with a message."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from bench.served import free_port
from pipeline.assistant import Assistant
from server.app import create_app
from server.settings import Settings
from tests.server.live import serve

REPO = Path(__file__).resolve().parents[2]


def _cli(*args: str, index_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SA_INDEX_DIR": str(index_dir), "SA_DATA_DIR": str(index_dir / "data")}
    return subprocess.run(
        [sys.executable, "-m", "server.cli", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_search_json_is_the_http_search_body(
    real_index_dir: Path, real_assistant: Assistant
) -> None:
    cli = _cli("search", "Better Care Fund plan", "--k", "3", "--json", index_dir=real_index_dir)
    assert cli.returncode == 0, cli.stderr
    with serve(create_app(Settings(), assistant=real_assistant)) as base:
        http = httpx.post(f"{base}/v1/search", json={"query": "Better Care Fund plan", "k": 3})
    assert json.loads(cli.stdout) == http.json()


def test_ask_json_has_the_http_ask_shape(real_index_dir: Path) -> None:
    cli = _cli("ask", "when was the JHWS approved?", "--json", index_dir=real_index_dir)
    assert cli.returncode == 0, cli.stderr
    body = json.loads(cli.stdout)
    assert set(body) == {"answer", "refused", "confidence", "conversation_id", "citations"}
    assert all(c["quote"] in c["text"] for c in body["citations"])


def test_a_missing_index_is_an_error_that_says_how_to_build_one(tmp_path: Path) -> None:
    cli = _cli("search", "falls", index_dir=tmp_path / "none")
    assert cli.returncode == 1
    assert "strategy-assistant index" in cli.stderr


def test_an_index_that_cannot_load_is_not_ready_and_names_no_server_path(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from index.errors import IndexCorrupt

    def broken() -> Assistant:
        raise IndexCorrupt(f"{tmp_path}/idx/CURRENT holds 'junk', which is not a generation name")

    app = create_app(Settings(data_dir=tmp_path, audit_log="off"), loader=broken)
    with TestClient(app) as client:
        for _ in range(100):  # the loader runs in the background; bounded wait
            response = client.get("/readyz")
            if "could not be loaded" in response.text:
                break
        assert response.status_code == 503
        assert "IndexCorrupt" in response.text and str(tmp_path) not in response.text


def test_a_full_disk_during_a_build_is_one_line_naming_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from server import cli

    def no_space(*_: object, **__: object) -> int:
        raise OSError(28, "No space left on device", str(tmp_path / "idx" / "vectors.faiss"))

    monkeypatch.setattr(cli, "cmd_index", no_space)
    status = cli.main(["index", "--index-dir", str(tmp_path / "idx")])
    err = capsys.readouterr().err.strip()
    assert status == 1
    assert err.count("\n") == 0 and "No space left on device" in err and "vectors.faiss" in err


def test_an_unreachable_database_is_one_line_naming_the_setting_with_the_password_masked(
    tmp_path: Path,
) -> None:
    url = f"postgresql://app:s3cret@127.0.0.1:{free_port()}/sa"
    env = {**os.environ, "SA_BACKEND": "postgres", "SA_DATABASE_URL": url}
    env["SA_INDEX_DIR"] = str(tmp_path / "index")
    done = subprocess.run(
        [sys.executable, "-m", "server.cli", "search", "depot"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: SA_DATABASE_URL=postgresql://app:***@")
    assert "s3cret" not in done.stderr
