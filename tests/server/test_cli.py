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


def _cli(
    *args: str,
    index_dir: Path,
    settings: dict[str, str] | None = None,
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    """`strategy-assistant ARGS` run as a user would, on `index_dir`, with extra `settings`."""
    env = {**os.environ, "SA_INDEX_DIR": str(index_dir), "SA_DATA_DIR": str(index_dir / "data")}
    return subprocess.run(
        [sys.executable, "-m", "server.cli", *args],
        cwd=REPO,
        env={**env, **(settings or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
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


def _small_corpus(directory: Path, *, junk: bool) -> Path:
    directory.mkdir()
    entries = [("plan", "plan.txt")] + ([("junk", "junk.txt")] if junk else [])
    lines = ["documents:"]
    for doc_id, file in entries:
        lines += [
            f"  - id: {doc_id}",
            f"    file: {file}",
            f"    title: {doc_id}",
            "    type: report",
        ]
    (directory / "manifest.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (directory / "plan.txt").write_text(
        "Depot plan\n\n1 Depots\n\nWe will keep every depot open.\n", encoding="utf-8"
    )
    if junk:
        (directory / "junk.txt").write_bytes(bytes(range(256)) * 20)
    return directory


def _index(
    corpus: Path,
    index_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> tuple[int, str, str]:
    from pipeline import runtime
    from tests.fakes import FakeEmbedder

    monkeypatch.setattr(runtime, "make_embedder", lambda *_, **__: FakeEmbedder())
    from server import cli

    status = cli.main(["index", "--corpus", str(corpus), "--index-dir", str(index_dir)])
    out = capsys.readouterr()
    return status, out.out, out.err


def test_index_exits_non_zero_after_a_summary_when_a_file_was_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = _small_corpus(tmp_path / "corpus", junk=True)
    status, out, err = _index(corpus, tmp_path / "idx", monkeypatch, capsys)
    assert status == 1
    head, row = out.strip().splitlines()[-2:]
    assert head.split() == ["documents", "passages", "problems"]
    documents, _, problems = row.split()
    assert documents == "1" and problems == "1"
    assert "skipped: junk.txt" in err and err.strip().splitlines()[-1].startswith("error:")
    # Unchanged on a second run: still not a success while the file stays unreadable.
    assert _index(corpus, tmp_path / "idx", monkeypatch, capsys)[0] == 1


def test_index_exits_zero_when_every_file_was_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = _small_corpus(tmp_path / "corpus", junk=False)
    status, out, _ = _index(corpus, tmp_path / "idx", monkeypatch, capsys)
    assert status == 0
    assert out.strip().splitlines()[-1].split()[2] == "0"


def test_passages_of_an_unknown_document_is_one_line_and_exits_non_zero(tmp_path: Path) -> None:
    corpus = _small_corpus(tmp_path / "corpus", junk=False)
    cli = _cli("passages", "plam", "--corpus", str(corpus), index_dir=tmp_path / "idx")
    assert cli.returncode == 1
    assert "Traceback" not in cli.stderr
    (line,) = cli.stderr.strip().splitlines()
    assert line.startswith("error:") and "'plam'" in line and "plan" in line


def test_a_list_setting_that_is_not_json_is_one_line_naming_the_setting(tmp_path: Path) -> None:
    settings = {"SA_EMBED_ORIGINS": "https://intranet.example"}
    cli = _cli("search", "depot", index_dir=tmp_path / "index", settings=settings, timeout=120)
    assert cli.returncode == 2
    (line,) = cli.stderr.strip().splitlines()
    assert "SA_EMBED_ORIGINS" in line and "JSON" in line


def test_serve_on_a_busy_port_says_so_and_names_sa_port(tmp_path: Path) -> None:
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        cli = _cli("serve", "--port", str(port), index_dir=tmp_path / "idx")
    assert cli.returncode == 1
    (line,) = cli.stderr.strip().splitlines()
    assert f"port {port}" in line and "in use" in line and "SA_PORT" in line


def test_an_unreachable_database_is_one_line_naming_the_setting_with_the_password_masked(
    tmp_path: Path,
) -> None:
    url = f"postgresql://app:s3cret@127.0.0.1:{free_port()}/sa"
    settings = {"SA_BACKEND": "postgres", "SA_DATABASE_URL": url}
    done = _cli("search", "depot", index_dir=tmp_path / "index", settings=settings, timeout=120)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: SA_DATABASE_URL=postgresql://app:***@")
    assert "s3cret" not in done.stderr
