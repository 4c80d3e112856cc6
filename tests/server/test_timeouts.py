"""A request whose body stops arriving is answered 408 and its connection closed, on a real
server over a raw socket (fake model, real index)."""

from __future__ import annotations

import socket
import time
from pathlib import Path

from server.app import create_app
from server.settings import Settings
from tests.server.live import serve
from tests.server.restricted import restricted_assistant


def test_a_half_sent_body_is_408_and_the_connection_closes(tmp_path: Path) -> None:
    assistant = restricted_assistant(tmp_path / "r")
    settings = Settings(
        data_dir=tmp_path / "data", audit_log="off", rate_limit_per_minute=0, body_timeout_seconds=1
    )
    with serve(create_app(settings, assistant=assistant)) as base:
        host, port = base.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=10) as conn:
            conn.sendall(
                b"POST /v1/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                b"Content-Length: 100\r\n\r\n" + b'{"question": "dep'
            )
            started = time.monotonic()
            reply = b""
            while chunk := conn.recv(4096):  # ends when the server closes the connection
                reply += chunk
            waited = time.monotonic() - started
    assert reply.startswith(b"HTTP/1.1 408")
    assert b"request_timeout" in reply
    assert 0.5 < waited < 8
