"""A connection whose request headers stop arriving is closed, on a real server over a raw
socket; a whole request on the same protocol is answered as usual."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from server.app import create_app
from server.connections import IMPORT_STRING, HeaderDeadline
from server.settings import Settings
from tests.server.live import serve
from tests.server.restricted import restricted_assistant


@pytest.fixture
def base(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setattr(HeaderDeadline, "seconds", 1.0)
    settings = Settings(data_dir=tmp_path / "data", audit_log="off", rate_limit_per_minute=0)
    app = create_app(settings, assistant=restricted_assistant(tmp_path / "r"))
    with serve(app, http=IMPORT_STRING) as url:
        yield url


def _seconds_until_closed(base: str, sent: bytes) -> tuple[float, bytes]:
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as conn:
        conn.sendall(sent)
        started = time.monotonic()
        reply = b""
        while chunk := conn.recv(4096):  # ends when the server closes the connection
            reply += chunk
        return time.monotonic() - started, reply


def test_half_sent_headers_are_closed_after_the_deadline(base: str) -> None:
    waited, reply = _seconds_until_closed(base, b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
    assert reply == b""
    assert 0.5 < waited < 8


def test_a_connection_that_never_sends_a_byte_is_closed(base: str) -> None:
    waited, reply = _seconds_until_closed(base, b"")
    assert reply == b"" and 0.5 < waited < 8


def test_a_whole_request_is_answered_on_the_same_protocol(base: str) -> None:
    assert httpx.get(base + "/healthz", timeout=5).status_code == 200


def test_pipelined_requests_are_both_answered(base: str) -> None:
    request = b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
    waited, reply = _seconds_until_closed(base, request * 2)
    assert reply.count(b"HTTP/1.1 200") == 2
    assert 0.5 < waited < 8  # then idle, it is closed like any other


def test_a_head_request_gets_its_head_without_waiting_for_a_body(base: str) -> None:
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as conn:
        conn.sendall(b"HEAD /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        assert conn.recv(4096).startswith(b"HTTP/1.1 ")


def test_an_answer_arrives_whole_in_one_piece(base: str) -> None:
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as conn:
        conn.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        time.sleep(0.2)  # were head and body sent apart, both would be here by now anyway
        reply = conn.recv(65536)
    head, _, body = reply.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200") and body == b'{"status":"ok"}'
