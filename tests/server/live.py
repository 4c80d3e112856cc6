"""A real uvicorn server on a free loopback port, in a background thread, for tests."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import uvicorn
from fastapi import FastAPI

from bench.served import free_port


@contextmanager
def serve(app: FastAPI, *, ready_path: str = "/healthz", http: str = "auto") -> Iterator[str]:
    """Serve `app` until the block ends; yields its base URL once it answers. `http`: uvicorn's
    HTTP protocol (the server's own is server.connections.IMPORT_STRING)."""
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", http=http)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            if httpx.get(base + ready_path, timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"server on {base} did not come up")
        time.sleep(0.05)
    try:
        yield base
    finally:
        server.should_exit = True
        thread.join(timeout=10)
