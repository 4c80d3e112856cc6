"""Publishing a generation built on disk into the database, in one transaction.

Everything a generation holds (documents, passages, BM25 weights, vectors and their HNSW graph,
the manifest) is written and then named as the serving generation inside one transaction: a
replica sees the old generation or the new one, never a part of one. The BM25 weights are the
ones bm25s computed, so the same numbers are summed (index/pg/impacts.py says how).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
from psycopg.rows import TupleRow

from index.bm25 import BM25Index
from index.dense import DenseIndex
from index.generation import (
    ABBREVIATION_SOURCES_FILE,
    ABBREVIATIONS_FILE,
    BM25_DIR,
    KEEP_GENERATIONS,
    VECTORS_FILE,
    read_manifest,
    verify_files,
)
from index.pg.graph import HnswGraph
from index.pg.impacts import ImpactLayout
from index.pg.schema import check_tenant, vector_table
from index.registers.store import REGISTERS_FILE
from index.sentences import SENTENCES_FILE
from index.store import Store, read_store

log = logging.getLogger(__name__)
Connection = psycopg.Connection[TupleRow]


@dataclass(frozen=True, slots=True)
class PublishConfig:
    layout: ImpactLayout = field(default_factory=ImpactLayout)
    graph: HnswGraph = field(default_factory=HnswGraph)
    """Recorded with the generation, so replicas serve it at the ef_search it was built for."""
    hnsw_build_memory_mb: int = 2048
    """maintenance_work_mem while the HNSW graph is built: pgvector builds much more slowly
    once the graph outgrows it (on disk about 1.1 kB a passage at 384 dimensions, half-precision
    elements and m 16; 1.9 kB with float32 elements), and the server default of 64 MB is
    outgrown at about 55,000 passages; 2 GB holds 1,800,000. The server takes only what the
    graph needs."""

    def __post_init__(self) -> None:
        if not 64 <= self.hnsw_build_memory_mb <= 65536:
            raise ValueError(
                f"hnsw_build_memory_mb must be from 64 to 65536, got {self.hnsw_build_memory_mb}"
            )


PART_BYTES = 256 * 1024 * 1024


def publish_directory(
    conn: Connection,
    directory: Path,
    *,
    tenant: str = "",
    config: PublishConfig | None = None,
) -> str:
    """Serve the sealed generation in `directory` to `tenant` from the database; its name is
    returned. Other tenants' generations are neither read nor touched.

    A generation already in the database is not copied again, only served; one published
    before its registers were kept in the database gets them now, in the same transaction.
    """
    manifest = read_manifest(directory)
    verify_files(directory, manifest)
    name = directory.name
    with conn.transaction():
        found = conn.execute(
            "SELECT id FROM generations WHERE tenant = %s AND name = %s",
            (check_tenant(tenant), name),
        ).fetchone()
        if found:
            generation_id = int(found[0])
            _add_registers_if_missing(conn, generation_id, directory)
        else:
            generation_id = _copy(conn, directory, tenant, manifest, config or PublishConfig())
        conn.execute(
            "INSERT INTO serving (tenant, generation_id) VALUES (%s, %s)"
            " ON CONFLICT (tenant) DO UPDATE SET generation_id = EXCLUDED.generation_id",
            (tenant, generation_id),
        )
        _prune(conn, tenant, serving=generation_id)
    log.info("generation %s is now served from the database%s", name, _to(tenant))
    return name


def _to(tenant: str) -> str:
    return f" to tenant {tenant}" if tenant else ""


def _copy(
    conn: Connection,
    directory: Path,
    tenant: str,
    manifest: dict[str, object],
    config: PublishConfig,
) -> int:
    store = read_store(directory)
    count = len(store.passages)
    bm25 = BM25Index.load(directory / BM25_DIR, count)
    dense = DenseIndex.load(directory / VECTORS_FILE)
    graph = config.graph
    row = conn.execute(
        "INSERT INTO generations (tenant, name, manifest, abbreviations, abbreviation_sources,"
        " passage_count, dim, hnsw_element, hnsw_m, hnsw_ef_construction, hnsw_ef_search)"
        " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) RETURNING id",
        (
            tenant,
            directory.name,
            json.dumps(manifest),
            (directory / ABBREVIATIONS_FILE).read_text(encoding="utf-8"),
            (directory / ABBREVIATION_SOURCES_FILE).read_text(encoding="utf-8"),
            count,
            dense.dim,
            graph.element,
            graph.m,
            graph.ef_construction,
            graph.ef_search,
        ),
    ).fetchone()
    if row is None:
        raise RuntimeError("INSERT ... RETURNING gave no generation id")
    generation_id = int(row[0])
    _copy_parts(conn, generation_id, directory / SENTENCES_FILE)
    # The registers and commitment trails as the build made them: a replica reads them rather
    # than making them again at every load (minutes at 1000x).
    _copy_registers(conn, generation_id, directory)
    _copy_store(conn, generation_id, store)
    _copy_bm25(conn, generation_id, bm25, config.layout)
    _copy_vectors(conn, generation_id, store, dense, config)
    # Fresh statistics before the first query: on the row estimates of empty tables the planner
    # joined postings row by row (240 ms for a filtered BM25 query instead of a few).
    conn.execute("ANALYZE documents, passages, bm25_terms, bm25_blocks")
    return generation_id


def _add_registers_if_missing(conn: Connection, generation_id: int, directory: Path) -> None:
    held = conn.execute(
        "SELECT 1 FROM generation_parts WHERE generation_id = %s AND name = %s LIMIT 1",
        (generation_id, REGISTERS_FILE),
    ).fetchone()
    if held is None and _copy_registers(conn, generation_id, directory):
        log.info("generation %s now keeps its registers in the database", directory.name)


def _copy_registers(conn: Connection, generation_id: int, directory: Path) -> bool:
    """False for a generation built before the registers, which has none to copy (a replica
    then makes them at load, as it did before)."""
    path = directory / REGISTERS_FILE
    if not path.is_file():
        return False
    _copy_parts(conn, generation_id, path)
    return True


def _copy_parts(conn: Connection, generation_id: int, path: Path) -> None:
    """A file in parts: one bytea value holds at most 1 GB."""
    with path.open("rb") as fh:
        part = 0
        while data := fh.read(PART_BYTES):
            conn.execute(
                "INSERT INTO generation_parts (generation_id, name, part, data)"
                " VALUES (%s, %s, %s, %s)",
                (generation_id, path.name, part, data),
            )
            part += 1


def _copy_store(conn: Connection, generation_id: int, store: Store) -> None:
    with conn.cursor() as cur:
        with cur.copy(
            "COPY documents (generation_id, position, id, groups, body) FROM STDIN"
        ) as copy:
            for position, doc_id in enumerate(store.document_order):
                document = store.documents[doc_id]
                body = json.dumps(document.to_dict(), ensure_ascii=False)
                copy.write_row((generation_id, position, doc_id, list(document.groups), body))
        with cur.copy(
            "COPY passages (generation_id, row, id, document_id, body) FROM STDIN"
        ) as copy:
            for row, passage in enumerate(store.passages):
                body = json.dumps(passage.to_dict(), ensure_ascii=False)
                copy.write_row((generation_id, row, passage.id, passage.document_id, body))


def _copy_bm25(conn: Connection, generation_id: int, bm25: BM25Index, layout: ImpactLayout) -> None:
    """Each term's postings as impact blocks, read whole by a query (index.pg.columns); term ids
    are this generation's own."""
    postings = list(bm25.postings())
    with conn.cursor() as cur:
        with cur.copy("COPY bm25_terms (generation_id, term, id, df) FROM STDIN") as terms:
            for term_id, (term, rows, _) in enumerate(postings):
                terms.write_row((generation_id, term, term_id, len(rows)))
        with cur.copy(
            "COPY bm25_blocks (generation_id, term_id, block, rows, weights)"
            " FROM STDIN (FORMAT BINARY)"
        ) as blocks:
            blocks.set_types(["int8", "int4", "int4", "bytea", "bytea"])
            for term_id, (_, rows, weights) in enumerate(postings):
                for block, packed_rows, packed_weights in layout.blocks(rows, weights):
                    blocks.write_row((generation_id, term_id, block, packed_rows, packed_weights))


def _copy_vectors(
    conn: Connection, generation_id: int, store: Store, dense: DenseIndex, config: PublishConfig
) -> None:
    table = vector_table(generation_id)
    conn.execute(
        f"CREATE TABLE {table} (row integer PRIMARY KEY, document_id text NOT NULL,"
        f" embedding vector({int(dense.dim)}) NOT NULL)"
    )
    vectors = dense.vectors()
    with (
        conn.cursor() as cur,
        cur.copy(f"COPY {table} (row, document_id, embedding) FROM STDIN (FORMAT BINARY)") as copy,
    ):
        copy.set_types(["int4", "text", "vector"])
        for row, passage in enumerate(store.passages):
            copy.write_row((row, passage.document_id, vectors[row]))
    conn.execute(
        "SELECT set_config('maintenance_work_mem', %s, true)", (f"{config.hnsw_build_memory_mb}MB",)
    )
    conn.execute(config.graph.create_sql(table, dense.dim))
    conn.execute(f"ANALYZE {table}")


def _prune(conn: Connection, tenant: str, *, serving: int) -> None:
    """Keep the tenant's serving generation and its newest other one (the fallback); drop the
    rest of the tenant's."""
    rows = conn.execute(
        "SELECT id FROM generations WHERE tenant = %s AND id <> %s ORDER BY id DESC OFFSET %s",
        (tenant, serving, KEEP_GENERATIONS - 1),
    ).fetchall()
    for (stale,) in rows:
        stale_id = int(stale)
        conn.execute(f"DROP TABLE IF EXISTS {vector_table(stale_id)}")
        conn.execute("DELETE FROM generations WHERE id = %s", (stale_id,))
