"""Several councils (tenants) in one database: each has its own serving generation, and a
tenant's search reads only its own rows."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from index.build import build_index
from index.errors import IndexMissing
from index.factory import BackendChoice, open_source, publish_built
from index.pg.schema import SCHEMA_VERSION, check_tenant, connect, ensure_schema, vector_table
from index.pg.shared_build import shared_build
from index.pg.source import PostgresSource
from server.settings import Settings
from tests.fakes import FakeEmbedder


def _corpus(small_corpus: Path, tmp_path: Path, name: str, extra: str) -> Path:
    """A copy of the small corpus with one more section of its own."""
    corpus = tmp_path / name
    corpus.mkdir()
    for path in small_corpus.iterdir():
        (corpus / path.name).write_bytes(path.read_bytes())
    with (corpus / "alpha.md").open("a", encoding="utf-8") as fh:
        fh.write(f"\n## {extra}\n\nThe board will review {extra.lower()} every year.\n")
    return corpus


def _publish(corpus: Path, index_dir: Path, url: str, tenant: str) -> BackendChoice:
    build_index(corpus, index_dir, FakeEmbedder())
    choice = BackendChoice("postgres", index_dir, database_url=url, tenant=tenant)
    publish_built(choice)
    return choice


def _texts(choice: BackendChoice) -> set[str]:
    source = open_source(choice)
    try:
        loaded = source.load(model_fingerprint=None)
        return {p.text for p in loaded.store.passages}
    finally:
        source.close()


def test_tenant_names_are_slugs_or_empty() -> None:
    assert check_tenant("") == "" and check_tenant("council-7") == "council-7"
    for bad in ("Council", "-x", "a b", "x" * 64, "a;drop"):
        with pytest.raises(ValueError, match="SA_TENANT"):
            check_tenant(bad)
    with pytest.raises(ValueError, match="SA_TENANT"):
        BackendChoice("memory", Path("idx"), tenant="a")
    with pytest.raises(ValueError):
        Settings(tenant="Not A Slug")


@pytest.mark.postgres
def test_each_tenant_serves_its_own_generation_and_publishing_one_leaves_the_others(
    small_corpus: Path, tmp_path: Path, database_url: str
) -> None:
    first = _corpus(small_corpus, tmp_path, "first", "Air quality")
    second = _corpus(small_corpus, tmp_path, "second", "Housing")
    one = _publish(first, tmp_path / "idx-one", database_url, "one")
    two = _publish(second, tmp_path / "idx-two", database_url, "two")
    assert any("air quality" in t for t in _texts(one))
    assert not any("housing" in t for t in _texts(one))
    assert any("housing" in t for t in _texts(two))
    # Three more publishes of tenant one: it keeps two generations, tenant two keeps its one.
    for extra in ("Parks", "Libraries", "Transport"):
        with (first / "beta.md").open("a", encoding="utf-8") as fh:
            fh.write(f"\n## {extra}\n\nA note on {extra.lower()}.\n")
        _publish(first, one.index_dir, database_url, "one")
    with psycopg.connect(database_url) as conn:
        kept = conn.execute(
            "SELECT tenant, count(*) FROM generations GROUP BY tenant ORDER BY tenant"
        ).fetchall()
    assert kept == [("one", 2), ("two", 1)]
    assert any("transport" in t for t in _texts(one))
    assert any("housing" in t for t in _texts(two))
    # A tenant with nothing published is told so, whatever the others have.
    none = BackendChoice("postgres", tmp_path / "idx-none", database_url=database_url, tenant="x")
    source = open_source(none)
    try:
        assert source.current() is None
        with pytest.raises(IndexMissing, match=r"no generation is published .*\(tenant x\)"):
            source.load(model_fingerprint=None)
    finally:
        source.close()


@pytest.mark.postgres
def test_a_tenants_search_reads_none_of_another_tenants_rows(
    small_corpus: Path, tmp_path: Path, database_url: str
) -> None:
    one = _publish(
        _corpus(small_corpus, tmp_path, "a", "Air quality"), tmp_path / "i1", database_url, "one"
    )
    two = _publish(
        _corpus(small_corpus, tmp_path, "b", "Housing"), tmp_path / "i2", database_url, "two"
    )
    source = open_source(one)
    assert isinstance(source, PostgresSource)
    try:
        loaded = source.load(model_fingerprint=None)
        query = FakeEmbedder().embed(["falls prevention classes"])[0]

        def search() -> tuple[tuple[str, ...], tuple[str, ...]]:
            lexical = loaded.bm25.query("falls prevention classes", None).top(10).ids
            dense = loaded.dense.query(query, None).top(10).ids
            return lexical, dense

        before = search()
        assert before[0] and before[1]
        # Tenant two's rows gone (as if another council's data were damaged or being rewritten):
        # tenant one's search does not notice.
        with psycopg.connect(database_url) as conn:
            (other,) = conn.execute(
                "SELECT generation_id FROM serving WHERE tenant = 'two'"
            ).fetchone() or (None,)
            assert other is not None
            conn.execute(f"DROP TABLE {vector_table(int(other))}")
            for table in ("bm25_blocks", "bm25_terms", "passages", "documents"):
                conn.execute(f"DELETE FROM {table} WHERE generation_id = %s", (other,))
        loaded_again = source.load(model_fingerprint=None)
        assert loaded_again.name == loaded.name
        assert search() == before
    finally:
        source.close()
    assert two.tenant == "two"


@pytest.mark.postgres
def test_a_version_2_database_is_upgraded_with_its_generation_served_to_the_default_tenant(
    small_corpus: Path, tmp_path: Path, database_url: str
) -> None:
    choice = _publish(small_corpus, tmp_path / "idx", database_url, "")
    with psycopg.connect(database_url) as conn:
        served = conn.execute("SELECT generation_id FROM serving").fetchall()
        # Back to version 2's shape: one serving row, generation names unique over all.
        conn.execute("DROP TABLE serving")
        conn.execute(
            "CREATE TABLE serving (only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),"
            " generation_id bigint NOT NULL REFERENCES generations (id))"
        )
        conn.execute("INSERT INTO serving (generation_id) VALUES (%s)", served[0])
        conn.execute("ALTER TABLE generations DROP COLUMN tenant")
        conn.execute("ALTER TABLE generations ADD UNIQUE (name)")
        conn.execute("UPDATE sa_schema SET version = 2")
    # A replica of this build starting on it upgrades it, and serves the same generation.
    assert any("falls" in t for t in _texts(choice))
    with connect(database_url) as conn:
        ensure_schema(conn)
        assert conn.execute("SELECT version FROM sa_schema").fetchall() == [(SCHEMA_VERSION,)]
        assert conn.execute("SELECT tenant, generation_id FROM serving").fetchall() == [
            ("", served[0][0])
        ]


@pytest.mark.postgres
def test_two_tenants_building_the_same_corpus_each_publish_their_own_and_embed_once(
    small_corpus: Path, tmp_path: Path, database_url: str
) -> None:
    embedder = FakeEmbedder()
    embedded = []
    for tenant in ("one", "two", "three"):
        shared_build(
            small_corpus, tmp_path / f"idx-{tenant}", embedder, database_url, tenant=tenant
        )
        embedded.append(embedder.embedded)
    with psycopg.connect(database_url) as conn:
        served = conn.execute("SELECT tenant FROM serving ORDER BY tenant").fetchall()
    assert served == [("one",), ("three",), ("two",)]
    # The embedding cache is shared: the later tenants embedded nothing the first had.
    assert embedded[0] > 0 and embedded[1] == embedded[2] == embedded[0]
