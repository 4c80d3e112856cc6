"""Choosing the backend: generations on this machine's disk, or in PostgreSQL.

Both build a generation the same way, on disk (index.build); the PostgreSQL backend keeps the
embedding cache in the database, lets several build workers share the embedding
(index.pg.shared_build), then copies the sealed generation into the database and serves it from
there. A third backend adds its module and a branch here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from index.generation import GENERATIONS, current_name
from index.source import DirectorySource, GenerationSource

Backend = Literal["memory", "postgres"]
TENANT_PATTERN = r"^(|[a-z0-9][a-z0-9-]{0,62})$"
"""A tenant's name: '' (a database for one council) or a lowercase slug of at most 63."""


@dataclass(frozen=True, slots=True)
class BackendChoice:
    kind: Backend
    index_dir: Path
    database_url: str | None = None
    pool_size: int = 8
    tenant: str = ""
    """The council this process builds or serves in a database several share ('' for one)."""

    def __post_init__(self) -> None:
        if self.kind not in ("memory", "postgres"):
            raise ValueError(f"unknown backend {self.kind!r}; choose memory or postgres")
        if self.kind == "postgres" and not self.database_url:
            raise ValueError("the postgres backend needs SA_DATABASE_URL")
        if self.tenant and self.kind != "postgres":
            raise ValueError("SA_TENANT needs SA_BACKEND=postgres (a database several share)")


def open_source(choice: BackendChoice) -> GenerationSource:
    """Where the serving generation is read from; a database that cannot be reached is a
    one-line index.pg.schema.DatabaseProblem naming SA_DATABASE_URL with its password masked."""
    if choice.kind == "memory":
        return DirectorySource(choice.index_dir)
    from index.pg.source import PoolConfig, PostgresSource

    return PostgresSource(
        str(choice.database_url),
        pool=PoolConfig(max_connections=choice.pool_size),
        tenant=choice.tenant,
    )


def publish_built(choice: BackendChoice) -> str | None:
    """Serve the generation just built on disk: already done for the memory backend; copied
    into the database (once) for postgres. The generation's name, None if there is none."""
    name = current_name(choice.index_dir)
    if choice.kind == "memory" or name is None:
        return name
    from index.pg.publish import publish_directory
    from index.pg.schema import connect, ensure_schema

    with connect(str(choice.database_url)) as conn:
        ensure_schema(conn)
        return publish_directory(conn, choice.index_dir / GENERATIONS / name, tenant=choice.tenant)
