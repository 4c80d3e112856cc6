"""Real uvicorn servers on loopback ports, each in a background thread, for browser tests."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from starlette.types import ASGIApp


def bound_socket() -> socket.socket:
    """A listening-ready socket on a free 127.0.0.1 port: its port is known before its app is."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


def origin_of(sock: socket.socket) -> str:
    port: int = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@contextmanager
def serve(app: ASGIApp, sock: socket.socket) -> Iterator[str]:
    """Serve `app` on `sock` until the block ends; yields the origin once it is listening."""
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"the test server on {origin_of(sock)} did not start")
        time.sleep(0.02)
    try:
        yield origin_of(sock)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
