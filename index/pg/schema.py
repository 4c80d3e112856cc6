"""The database's schema, its version, and connecting with errors that name the setting.

One row in `sa_schema` records the version the tables were made for. A service meets a database
made by a newer build and refuses to start (it cannot know what the newer tables mean); an older
or empty one it brings up to date under an advisory lock, so replicas starting together make the
tables once. Bodies and maps are `json`, not `jsonb`: it keeps their key order, which acronym
expansion follows, so a generation reads back exactly as it was written. Each generation's
vectors live in a table of their own, `vectors_<id>`, so its HNSW graph holds only that
generation and is dropped with it.

Several councils (tenants) may share one database: each publishes generations of its own, and
`serving` names one generation a tenant. Every row of a generation's tables is keyed by its
generation id first, and each generation's vectors have their own table and HNSW graph, so a
tenant's search reads only its own documents' rows, whatever the others hold.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import urlsplit, urlunsplit

import psycopg
from pgvector.psycopg import register_vector
from psycopg import sql
from psycopg.rows import TupleRow

from index.errors import IndexProblem
from index.factory import TENANT_PATTERN
from index.pg.graph import BEFORE_SCHEMA_5

SCHEMA_VERSION = 5
"""2: BM25 as impact-ordered blocks and per-row term lists (index/pg/impacts.py); the sentence
vectors in parts, since one bytea value stops at 1 GB (3.8 GB at 1000x); the embedding cache and
shared builds (index/pg/shared_build.py). 3: tenants, each with its own serving generation.
4: no per-row term lists: BM25 scores given passages from its terms' columns
(index/pg/columns.py), so `bm25_rows` is dropped and generations are kept. 5: each generation
records its HNSW graph and the ef_search it is served at (index/pg/graph.py); older ones are
recorded as what they were built with, and kept."""
SETTING = "SA_DATABASE_URL"
_LOCK_KEY = 0x5A5C_4E4D
_VECTOR_TABLE = re.compile(r"^vectors_\d+$")
_TENANT = re.compile(TENANT_PATTERN)
TENANT_SETTING = "SA_TENANT"
log = logging.getLogger(__name__)

_TABLES = """
CREATE EXTENSION IF NOT EXISTS vector;
CREATE TABLE IF NOT EXISTS sa_schema (version integer NOT NULL);
CREATE TABLE IF NOT EXISTS generations (
    id bigserial PRIMARY KEY,
    tenant text NOT NULL DEFAULT '',
    name text NOT NULL,
    manifest json NOT NULL,
    abbreviations json NOT NULL,
    abbreviation_sources json NOT NULL,
    passage_count integer NOT NULL,
    dim integer NOT NULL,
    hnsw_element text NOT NULL,
    hnsw_m integer NOT NULL,
    hnsw_ef_construction integer NOT NULL,
    hnsw_ef_search integer NOT NULL,
    published_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant, name)
);
CREATE TABLE IF NOT EXISTS generation_parts (
    generation_id bigint NOT NULL REFERENCES generations (id) ON DELETE CASCADE,
    name text NOT NULL,
    part integer NOT NULL,
    data bytea NOT NULL,
    PRIMARY KEY (generation_id, name, part)
);
CREATE TABLE IF NOT EXISTS serving (
    tenant text PRIMARY KEY DEFAULT '',
    generation_id bigint NOT NULL REFERENCES generations (id)
);
CREATE TABLE IF NOT EXISTS documents (
    generation_id bigint NOT NULL REFERENCES generations (id) ON DELETE CASCADE,
    position integer NOT NULL,
    id text NOT NULL,
    groups text[] NOT NULL,
    body json NOT NULL,
    PRIMARY KEY (generation_id, id)
);
CREATE TABLE IF NOT EXISTS passages (
    generation_id bigint NOT NULL REFERENCES generations (id) ON DELETE CASCADE,
    row integer NOT NULL,
    id text NOT NULL,
    document_id text NOT NULL,
    body json NOT NULL,
    PRIMARY KEY (generation_id, row)
);
CREATE INDEX IF NOT EXISTS passages_by_document ON passages (generation_id, document_id);
CREATE TABLE IF NOT EXISTS bm25_terms (
    generation_id bigint NOT NULL REFERENCES generations (id) ON DELETE CASCADE,
    term text NOT NULL,
    id integer NOT NULL,
    df integer NOT NULL,
    PRIMARY KEY (generation_id, term)
);
CREATE TABLE IF NOT EXISTS bm25_blocks (
    generation_id bigint NOT NULL REFERENCES generations (id) ON DELETE CASCADE,
    term_id integer NOT NULL,
    block integer NOT NULL,
    rows bytea NOT NULL,
    weights bytea NOT NULL,
    PRIMARY KEY (generation_id, term_id, block)
);
-- Packed int32/float32 arrays do not compress; storing them plain spares a decompression on
-- every read.
ALTER TABLE bm25_blocks ALTER rows SET STORAGE EXTERNAL, ALTER weights SET STORAGE EXTERNAL;
CREATE TABLE IF NOT EXISTS embeddings (
    model text NOT NULL,
    hash text NOT NULL,
    vector bytea NOT NULL,
    PRIMARY KEY (model, hash)
);
CREATE TABLE IF NOT EXISTS build_batches (
    build text NOT NULL,
    batch integer NOT NULL,
    hashes text[] NOT NULL,
    claimed_by text,
    claimed_at timestamptz,
    done boolean NOT NULL DEFAULT false,
    PRIMARY KEY (build, batch)
);
CREATE TABLE IF NOT EXISTS build_publishes (
    build text PRIMARY KEY,
    worker text NOT NULL,
    generation text NOT NULL,
    at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS conversation_turns (
    conversation text NOT NULL,
    at double precision NOT NULL,
    owner text NOT NULL,
    question text NOT NULL,
    rewritten text NOT NULL,
    answer text NOT NULL,
    cited text NOT NULL DEFAULT ''
);
-- Turns kept their cited documents from this build on; older turns cited nothing known, and an
-- older build's inserts leave the column at its default.
ALTER TABLE conversation_turns ADD COLUMN IF NOT EXISTS cited text NOT NULL DEFAULT '';
CREATE INDEX IF NOT EXISTS turns_by_conversation ON conversation_turns (conversation, at);
CREATE INDEX IF NOT EXISTS turns_by_time ON conversation_turns (at);
CREATE TABLE IF NOT EXISTS feedback (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    record json NOT NULL
);
"""


class DatabaseProblem(IndexProblem):
    """The database cannot serve: unreachable, refused, or made by a newer build."""


class SchemaTooNew(DatabaseProblem):
    pass


def masked(url: str) -> str:
    """The URL with its password, if any, shown as ***."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port is not None:
        host = f"{host}:{parts.port}"
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}:***@{host}"))


def check_url(url: str) -> str:
    if not url.startswith(("postgresql://", "postgres://")):
        raise DatabaseProblem(
            f"{SETTING}={masked(url)} is not a PostgreSQL URL; give "
            "postgresql://USER:PASSWORD@HOST:PORT/DATABASE"
        )
    return url


def unreachable(url: str, exc: BaseException) -> DatabaseProblem:
    """One line naming the setting, the masked URL and the driver's first line of complaint."""
    reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    if "password" in reason.lower():
        reason = "authentication failed"
    return DatabaseProblem(f"{SETTING}={masked(url)}: cannot use the database ({reason})")


def connect(url: str, *, timeout_seconds: float = 5.0) -> psycopg.Connection[TupleRow]:
    """A connection with pgvector's types, or a DatabaseProblem naming the setting."""
    try:
        conn = psycopg.connect(check_url(url), connect_timeout=max(1, round(timeout_seconds)))
    except psycopg.Error as exc:
        raise unreachable(url, exc) from None
    return conn


def ensure_schema(conn: psycopg.Connection[TupleRow]) -> None:
    """Create or check the tables; refuse a database made by a newer build."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_KEY,))
        found = conn.execute("SELECT to_regclass('sa_schema') IS NOT NULL").fetchone()
        row = (
            conn.execute("SELECT max(version) FROM sa_schema").fetchone()
            if found and found[0]
            else None
        )
        version = row[0] if row else None
        if isinstance(version, int) and version > SCHEMA_VERSION:
            raise SchemaTooNew(
                f"the database has schema version {version}, newer than this build's "
                f"{SCHEMA_VERSION}: upgrade the service before pointing it at this database"
            )
        if version == 1:
            _drop_version_1_generations(conn)
        if isinstance(version, int) and version < 3:
            _add_tenants(conn)
        if isinstance(version, int) and version < 4:
            # Nothing reads the per-row term lists any more; the generations stay searchable.
            conn.execute("DROP TABLE IF EXISTS bm25_rows")
        if isinstance(version, int) and version < 5:
            _record_graphs(conn)
        conn.execute(_TABLES)
        if version is None:
            conn.execute("INSERT INTO sa_schema (version) VALUES (%s)", (SCHEMA_VERSION,))
        elif version < SCHEMA_VERSION:
            conn.execute("UPDATE sa_schema SET version = %s", (SCHEMA_VERSION,))
    register_vector(conn)


def _drop_version_1_generations(conn: psycopg.Connection[TupleRow]) -> None:
    """Version 1 kept BM25 as one row per posting, which version 2 cannot search, and the
    sentence vectors in one value. Its
    generations are dropped rather than converted: each is a copy of one built on disk, and the
    next `strategy-assistant index` or `serve` publishes it again."""
    stale = conn.execute("SELECT id FROM generations").fetchall()
    log.warning(
        "schema version 1 -> %s: %d generation(s) dropped; run `strategy-assistant index` to "
        "publish again",
        SCHEMA_VERSION,
        len(stale),
    )
    conn.execute("DROP TABLE IF EXISTS bm25_postings, bm25_terms")
    conn.execute("ALTER TABLE generations DROP COLUMN IF EXISTS sentences")
    conn.execute("DELETE FROM serving")
    for (generation_id,) in stale:
        conn.execute(f"DROP TABLE IF EXISTS {vector_table(int(generation_id))}")
    conn.execute("DELETE FROM generations")


def _add_tenants(conn: psycopg.Connection[TupleRow]) -> None:
    """Version 2 served one generation; its generations become the default tenant's ('')."""
    found = conn.execute(
        "SELECT 1 FROM information_schema.columns"
        " WHERE table_name = 'generations' AND column_name = 'tenant'"
        " AND table_schema = current_schema()"
    ).fetchone()
    if found:
        return
    conn.execute("ALTER TABLE generations ADD COLUMN IF NOT EXISTS tenant text NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE generations DROP CONSTRAINT IF EXISTS generations_name_key")
    conn.execute("ALTER TABLE generations ADD UNIQUE (tenant, name)")
    conn.execute("ALTER TABLE serving ADD COLUMN IF NOT EXISTS tenant text NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE serving DROP CONSTRAINT IF EXISTS serving_pkey")
    conn.execute("ALTER TABLE serving DROP COLUMN IF EXISTS only_row")
    conn.execute("ALTER TABLE serving ADD PRIMARY KEY (tenant)")


def _record_graphs(conn: psycopg.Connection[TupleRow]) -> None:
    """Every generation before version 5 was built and served alike (BEFORE_SCHEMA_5)."""
    old = BEFORE_SCHEMA_5
    for column, kind, value in (
        ("hnsw_element", "text", old.element),
        ("hnsw_m", "integer", old.m),
        ("hnsw_ef_construction", "integer", old.ef_construction),
        ("hnsw_ef_search", "integer", old.ef_search),
    ):
        conn.execute(
            f"ALTER TABLE generations ADD COLUMN IF NOT EXISTS {column} {kind} NOT NULL"
            f" DEFAULT {sql.quote(value)}"
        )
        # A new generation always says what it was built with.
        conn.execute(f"ALTER TABLE generations ALTER COLUMN {column} DROP DEFAULT")


def check_tenant(tenant: str) -> str:
    """A tenant is '' (the default: a database for one council) or a lowercase slug."""
    if not _TENANT.match(tenant):
        raise ValueError(
            f"{TENANT_SETTING}={tenant!r} is not a tenant name: give a-z, 0-9 and '-' (at most"
            " 63, not starting with '-'), or nothing for a database of one council"
        )
    return tenant


def vector_table(generation_id: int) -> str:
    name = f"vectors_{int(generation_id)}"
    if not _VECTOR_TABLE.match(name):
        raise ValueError(f"{name!r} is not a vector table name")
    return name
