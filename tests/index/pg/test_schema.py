"""The database's schema version and the errors a wrong SA_DATABASE_URL gives."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from bench.served import free_port
from index.factory import BackendChoice, open_source
from index.pg.schema import (
    SCHEMA_VERSION,
    DatabaseProblem,
    SchemaTooNew,
    connect,
    ensure_schema,
    masked,
)


def test_a_password_is_masked_and_the_rest_of_the_url_kept() -> None:
    url = "postgresql://app:s3cret@db.example:5433/sa?sslmode=require"
    assert masked(url) == "postgresql://app:***@db.example:5433/sa?sslmode=require"
    assert masked("postgresql://app@db.example/sa") == "postgresql://app@db.example/sa"


def test_an_unreachable_database_is_one_line_naming_the_setting_without_the_password() -> None:
    url = f"postgresql://app:s3cret@127.0.0.1:{free_port()}/sa"
    with pytest.raises(DatabaseProblem) as raised:
        open_source(BackendChoice("postgres", Path(), database_url=url))
    message = str(raised.value)
    assert "\n" not in message
    assert message.startswith("SA_DATABASE_URL=postgresql://app:***@127.0.0.1")
    assert "s3cret" not in message


def test_a_url_of_another_scheme_is_refused_before_connecting() -> None:
    with pytest.raises(DatabaseProblem, match="not a PostgreSQL URL"):
        connect("mysql://app:s3cret@127.0.0.1/sa")


@pytest.mark.postgres
def test_a_database_of_a_newer_schema_is_refused(database_url: str) -> None:
    with connect(database_url) as conn:
        ensure_schema(conn)
        conn.execute("UPDATE sa_schema SET version = %s", (SCHEMA_VERSION + 1,))
        conn.commit()
    with connect(database_url) as conn, pytest.raises(SchemaTooNew, match="newer than this"):
        ensure_schema(conn)


@pytest.mark.postgres
def test_the_schema_is_made_once_and_its_version_recorded(database_url: str) -> None:
    for _ in range(2):
        with connect(database_url) as conn:
            ensure_schema(conn)
    with psycopg.connect(database_url) as conn:
        assert conn.execute("SELECT version FROM sa_schema").fetchall() == [(SCHEMA_VERSION,)]


@pytest.mark.postgres
def test_a_version_1_database_is_upgraded_and_its_generations_left_to_publish_again(
    database_url: str,
) -> None:
    with connect(database_url) as conn:
        ensure_schema(conn)
        conn.execute("ALTER TABLE generations ADD COLUMN sentences bytea NOT NULL")
        conn.execute(
            "ALTER TABLE generations DROP COLUMN hnsw_element, DROP COLUMN hnsw_m,"
            " DROP COLUMN hnsw_ef_construction, DROP COLUMN hnsw_ef_search"
        )
        conn.execute(
            "INSERT INTO generations (name, manifest, abbreviations, abbreviation_sources,"
            " sentences, passage_count, dim) VALUES ('old', '{}', '{}', '{}', '', 0, 4)"
        )
        conn.execute("INSERT INTO serving (generation_id) SELECT id FROM generations")
        conn.execute("CREATE TABLE bm25_postings (term text)")
        conn.execute("UPDATE sa_schema SET version = 1")
        conn.commit()
    with connect(database_url) as conn:
        ensure_schema(conn)
    with psycopg.connect(database_url) as conn:
        assert conn.execute("SELECT version FROM sa_schema").fetchall() == [(SCHEMA_VERSION,)]
        assert conn.execute("SELECT count(*) FROM generations").fetchall() == [(0,)]
        assert conn.execute("SELECT to_regclass('bm25_postings')").fetchall() == [(None,)]
    # Version 2 publishes again into the upgraded tables.
    with connect(database_url) as conn:
        conn.execute(
            "INSERT INTO generations (name, manifest, abbreviations, abbreviation_sources,"
            " passage_count, dim, hnsw_element, hnsw_m, hnsw_ef_construction, hnsw_ef_search)"
            " VALUES ('new', '{}', '{}', '{}', 0, 4, 'vector', 16, 64, 800)"
        )


@pytest.mark.postgres
def test_conversation_turns_made_before_turns_kept_citations_gain_the_column(
    database_url: str,
) -> None:
    with connect(database_url) as conn:
        ensure_schema(conn)
        conn.execute("ALTER TABLE conversation_turns DROP COLUMN cited")
        conn.execute(
            "INSERT INTO conversation_turns (conversation, at, owner, question, rewritten,"
            " answer) VALUES ('c', 1, 'ann', 'q', 'q', 'a')"
        )
        conn.commit()
    with connect(database_url) as conn:
        ensure_schema(conn)
    with psycopg.connect(database_url) as conn:
        assert conn.execute("SELECT cited FROM conversation_turns").fetchall() == [("",)]
