"""The real server in its own process, on a free loopback port, for the HTTP benchmarks.

Started as `python -m server.cli serve` with its settings in the environment, so the benchmark
times what a deployment runs and imports nothing of the HTTP layer itself.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import httpx

START_SECONDS = 120.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def served(
    index_dir: Path, data_dir: Path, *, settings: Mapping[str, str] | None = None
) -> Iterator[str]:
    """Serve `index_dir` until the block ends; yields the base URL once /readyz answers 200."""
    port = free_port()
    env = {
        **os.environ,
        "SA_INDEX_DIR": str(index_dir),
        "SA_DATA_DIR": str(data_dir),
        "SA_HOST": "127.0.0.1",
        "SA_PORT": str(port),
        **(settings or {}),
    }
    data_dir.mkdir(parents=True, exist_ok=True)
    log = (data_dir / "server.log").open("w", encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "server.cli", "serve"], env=env, stdout=log, stderr=log
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_SECONDS
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"the server exited ({process.returncode}); see {log.name}")
            try:
                if httpx.get(base + "/readyz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"the server on {base} was not ready in {START_SECONDS:.0f}s")
            time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
