"""Generations served from PostgreSQL: which one is published, and loading it.

Passages and documents are read into memory at load (the answer layer reads them on every
request), and so are the registers the build made, kept with the generation when it was
published; BM25 and dense ranking stay in the database, against the loaded generation's rows.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from tempfile import NamedTemporaryFile

import psycopg
from pgvector.psycopg import register_vector
from psycopg.rows import TupleRow
from psycopg_pool import ConnectionPool

from index.errors import IndexCorrupt, IndexMissing, ModelMismatch
from index.generation import LoadedIndex
from index.pg.graph import HnswGraph
from index.pg.lexical import PgLexical
from index.pg.schema import check_tenant, connect, ensure_schema, masked, unreachable
from index.pg.signals import PgSearchConfig, PgVectors
from index.registers.model import Registers
from index.registers.store import REGISTERS_FILE, build_with_trails, registers_from_json
from index.sentences import SENTENCES_FILE, SentenceVectors
from index.store import Store
from ingest.model import Document, Passage

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PoolConfig:
    max_connections: int = 8
    wait_seconds: float = 3.0
    """How long a request waits for a connection before it fails (503 when the database is
    down, instead of hanging until the request timeout)."""

    def __post_init__(self) -> None:
        if not 1 <= self.max_connections <= 1000:
            raise ValueError(f"max_connections must be from 1 to 1000, got {self.max_connections}")
        if not 0 < self.wait_seconds <= 60:
            raise ValueError(f"wait_seconds must be over 0 and at most 60, got {self.wait_seconds}")


def _configure(conn: psycopg.Connection[TupleRow]) -> None:
    register_vector(conn)
    conn.autocommit = True


class PostgresSource:
    """The generation `serving` names for `tenant`, loaded whole but for its ranking."""

    def __init__(
        self,
        url: str,
        *,
        pool: PoolConfig | None = None,
        search: PgSearchConfig | None = None,
        tenant: str = "",
    ) -> None:
        self._url = url
        self._tenant = check_tenant(tenant)
        with connect(url) as conn:
            ensure_schema(conn)
        settings = pool or PoolConfig()
        self._search = search or PgSearchConfig()
        self.pool = ConnectionPool(
            url,
            min_size=1,
            max_size=settings.max_connections,
            timeout=settings.wait_seconds,
            configure=_configure,
            check=ConnectionPool.check_connection,
            open=False,
        )
        try:
            self.pool.open(wait=True, timeout=settings.wait_seconds)
        except Exception as exc:
            raise unreachable(url, exc) from None

    @property
    def tenant(self) -> str:
        return self._tenant

    def describe(self) -> str:
        return masked(self._url) + (f" (tenant {self._tenant})" if self._tenant else "")

    def close(self) -> None:
        self.pool.close()

    def check(self) -> None:
        with self.pool.connection() as conn:
            conn.execute("SELECT 1")

    def current(self) -> str | None:
        with self.pool.connection() as conn:
            row = conn.execute(
                "SELECT g.name FROM serving s JOIN generations g ON g.id = s.generation_id"
                " WHERE s.tenant = %s",
                (self._tenant,),
            ).fetchone()
        return None if row is None else str(row[0])

    def load(self, *, model_fingerprint: str | None) -> LoadedIndex:
        with self.pool.connection() as conn, conn.transaction():
            conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            head = conn.execute(
                "SELECT g.id, g.name, g.manifest, g.abbreviations, g.abbreviation_sources,"
                " g.passage_count, g.dim, g.hnsw_element, g.hnsw_m, g.hnsw_ef_construction,"
                " g.hnsw_ef_search FROM serving s JOIN generations g ON g.id = s.generation_id"
                " WHERE s.tenant = %s",
                (self._tenant,),
            ).fetchone()
            if head is None:
                raise IndexMissing(
                    f"no generation is published in {self.describe()}: run "
                    "`strategy-assistant index` with SA_BACKEND=postgres"
                )
            generation, name, manifest, abbreviations, sources, count, _ = head[:7]
            element, m, ef_construction, ef_search = head[7:]
            graph = HnswGraph(element, m, ef_construction, ef_search)
            model = manifest["model"]
            if model_fingerprint is not None and model["fingerprint"] != model_fingerprint:
                raise ModelMismatch(
                    f"generation {name} was built with weights {model['fingerprint'][:12]}, but "
                    f"the loaded model has weights {model_fingerprint[:12]}; rebuild the index"
                )
            documents = [
                Document.from_dict(body)
                for (body,) in conn.execute(
                    "SELECT body FROM documents WHERE generation_id = %s ORDER BY position",
                    (generation,),
                )
            ]
            passages = [
                Passage.from_dict(body)
                for (body,) in conn.execute(
                    "SELECT body FROM passages WHERE generation_id = %s ORDER BY row",
                    (generation,),
                )
            ]
            sentences = _sentences(conn, generation)
            registers = _registers(conn, generation)
            terms = {
                str(term): (int(term_id), int(df))
                for term, term_id, df in conn.execute(
                    "SELECT term, id, df FROM bm25_terms WHERE generation_id = %s", (generation,)
                )
            }
        if len(passages) != count:
            raise IndexCorrupt(
                f"generation {name} holds {len(passages)} passages, expected {count}"
            )
        store = Store({d.id: d for d in documents}, passages)
        if registers is None:
            # Published before the registers were kept with the generation: made again here,
            # from the passages and sentence vectors just read, until it is published again.
            log.warning(
                "generation %s has no registers in the database; making them (publish it again"
                " to keep them)",
                name,
            )
            registers = build_with_trails(store.documents, store.passages, sentences)
        generation_id = int(generation)
        return LoadedIndex(
            str(name),
            dict(manifest),
            store,
            PgLexical(self.pool, generation_id, store, terms, self._search),
            PgVectors(self.pool, generation_id, store, self._search, graph),
            dict(abbreviations),
            sentences,
            dict(sources),
            registers,
        )


def _parts(conn: psycopg.Connection[TupleRow], generation: int, name: str) -> Iterator[bytes]:
    """A file kept in parts (index.pg.publish), one part at a time: the whole file need not be
    in memory twice. Nothing for a file the generation does not keep."""
    parts = conn.execute(
        "SELECT count(*) FROM generation_parts WHERE generation_id = %s AND name = %s",
        (generation, name),
    ).fetchone()
    for part in range(int(parts[0]) if parts else 0):
        row = conn.execute(
            "SELECT data FROM generation_parts"
            " WHERE generation_id = %s AND name = %s AND part = %s",
            (generation, name, part),
        ).fetchone()
        if row is None:
            raise IndexCorrupt(f"part {part} of {name} is missing")
        yield bytes(row[0])


def _registers(conn: psycopg.Connection[TupleRow], generation: int) -> Registers | None:
    """The registers the build made, as it wrote them; None if they were not kept."""
    data = b"".join(_parts(conn, generation, REGISTERS_FILE))
    return registers_from_json(data) if data else None


def _sentences(conn: psycopg.Connection[TupleRow], generation: int) -> SentenceVectors:
    """The sentence vectors file, put back together from its parts (index.pg.publish)."""
    with NamedTemporaryFile(suffix=".npz") as fh:
        for data in _parts(conn, generation, SENTENCES_FILE):
            fh.write(data)
        fh.flush()
        return SentenceVectors.load(Path(fh.name))
