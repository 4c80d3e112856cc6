"""The HNSW graph a generation is published with: validated before a build, recorded with the
generation, and the one its replicas search by."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import psycopg
import pytest
from pgvector.psycopg import register_vector

from index.build import build_index
from index.factory import BackendChoice, open_source
from index.generation import current_name
from index.pg.graph import BEFORE_SCHEMA_5, HnswGraph
from index.pg.publish import PublishConfig, publish_directory
from index.pg.schema import SCHEMA_VERSION, connect, ensure_schema, vector_table
from index.pg.signals import PgSearchConfig, PgVectors, nearest_sql
from index.pg.source import PostgresSource
from tests.fakes import FakeEmbedder

QUERIES = ["falls prevention classes", "the board will review", "annual budget"]


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"m": 1}, "m must be from 2 to 100 (pgvector's range), got 1"),
        ({"m": 101, "ef_construction": 400}, "m must be from 2 to 100 (pgvector's range), got 101"),
        ({"m": 16, "ef_construction": 31}, "ef_construction must be from 2 x m (32) to 1000"),
        ({"ef_construction": 1001}, "ef_construction must be from 2 x m (32) to 1000"),
        ({"ef_search": 0}, "ef_search must be from 1 to 1000 (pgvector's range), got 0"),
        ({"ef_search": 1001}, "ef_search must be from 1 to 1000 (pgvector's range), got 1001"),
        ({"element": "bit"}, "element must be one of vector, halfvec, got 'bit'"),
    ],
)
def test_a_graph_pgvector_cannot_build_or_search_is_refused(
    settings: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        HnswGraph(**settings)  # type: ignore[arg-type]


def _publish(small_corpus: Path, tmp_path: Path, url: str, graph: HnswGraph) -> BackendChoice:
    choice = BackendChoice("postgres", tmp_path / "idx", database_url=url)
    build_index(small_corpus, choice.index_dir, FakeEmbedder())
    name = current_name(choice.index_dir)
    assert name is not None
    with connect(url) as conn:
        ensure_schema(conn)
        publish_directory(
            conn, choice.index_dir / "generations" / name, config=PublishConfig(graph=graph)
        )
    return choice


def _plan(url: str, table: str, graph: HnswGraph, vector: np.ndarray, *, filtered: bool) -> str:
    """How the server runs search's query, where the graph is cheaper than a sort (a table
    this small is not, so the sequential scan is priced out)."""
    sql = nearest_sql(table, graph, len(vector), filtered=filtered)
    with psycopg.connect(url) as conn:
        register_vector(conn)
        conn.execute("SET enable_seqscan = off")
        params = {"vector": vector, "limit": 10, "documents": ["alpha"]}
        return "\n".join(str(line) for (line,) in conn.execute(f"EXPLAIN {sql}", params))


def _opened_and_searched(
    choice: BackendChoice, url: str, graph: HnswGraph
) -> tuple[list[list[str]], list[list[str]]]:
    """The published generation opened as a replica would, and searched both ways."""
    source = open_source(choice)
    assert isinstance(source, PostgresSource)
    try:
        return _searched_by_graph_and_exactly(source, url, graph)
    finally:
        source.close()


def _searched_by_graph_and_exactly(
    source: PostgresSource, url: str, graph: HnswGraph
) -> tuple[list[list[str]], list[list[str]]]:
    """Each query's top 10 through the graph (which must be used) and by the exact scan."""
    loaded = source.load(model_fingerprint=FakeEmbedder().fingerprint)
    assert isinstance(loaded.dense, PgVectors)
    assert loaded.dense.graph == graph
    with source.pool.connection() as conn:
        row = conn.execute("SELECT generation_id FROM serving").fetchone()
    assert row is not None
    generation, store = int(row[0]), loaded.store
    table = vector_table(generation)
    hnsw = PgVectors(source.pool, generation, store, PgSearchConfig(exact_scan_below=0), graph)
    exact = PgVectors(source.pool, generation, store, PgSearchConfig(exact_scan_below=10**9), graph)
    embedder = FakeEmbedder()
    found, truth = [], []
    for query in QUERIES:
        vector = embedder.embed([query])[0]
        for filtered in (False, True):
            plan = _plan(url, table, graph, vector, filtered=filtered)
            assert f"Index Scan using {table}_graph" in plan, plan
        by_graph = hnsw.query(vector, None).top(10)
        by_scan = exact.query(vector, None).top(10)
        # Scores are the float32 vectors' own whatever the graph's element type.
        assert np.array_equal(by_graph.scores, exact.query(vector, None).of(list(by_graph.ids))), (
            query
        )
        found.append(list(by_graph.ids))
        truth.append(list(by_scan.ids))
    return found, truth


@pytest.mark.postgres
def test_a_generation_records_its_graph_and_is_searched_by_it(
    small_corpus: Path, tmp_path: Path, database_url: str
) -> None:
    graph = HnswGraph(element="halfvec", m=8, ef_construction=40, ef_search=77)
    choice = _publish(small_corpus, tmp_path, database_url, graph)
    with psycopg.connect(database_url) as conn:
        (definition,) = conn.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname LIKE 'vectors_%_graph'"
        ).fetchone() or ("",)
    assert "halfvec" in definition and "m='8'" in definition, definition
    found, truth = _opened_and_searched(choice, database_url, graph)
    assert found == truth


@pytest.mark.postgres
def test_a_version_4_generation_is_recorded_as_built_and_searched_by_its_old_graph(
    small_corpus: Path, tmp_path: Path, database_url: str
) -> None:
    choice = _publish(small_corpus, tmp_path, database_url, BEFORE_SCHEMA_5)
    with psycopg.connect(database_url) as conn:
        # What version 4 had: no record of the graph.
        conn.execute(
            "ALTER TABLE generations DROP COLUMN hnsw_element, DROP COLUMN hnsw_m,"
            " DROP COLUMN hnsw_ef_construction, DROP COLUMN hnsw_ef_search"
        )
        conn.execute("UPDATE sa_schema SET version = 4")
    found, truth = _opened_and_searched(choice, database_url, BEFORE_SCHEMA_5)
    assert found == truth
    with psycopg.connect(database_url) as conn:
        assert conn.execute("SELECT version FROM sa_schema").fetchall() == [(SCHEMA_VERSION,)]
        defaults = conn.execute(
            "SELECT count(*) FROM information_schema.columns WHERE table_name = 'generations'"
            " AND column_name LIKE 'hnsw%%' AND column_default IS NOT NULL"
        ).fetchone()
    assert defaults == (0,), "a new generation must say what it was built with"
