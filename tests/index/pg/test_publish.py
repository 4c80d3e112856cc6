"""Generations published into PostgreSQL: whole or not at all, read back as they were built."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

import index.pg.publish as publish_module
import index.pg.source as source_module
from index.build import build_index
from index.errors import IndexCorrupt
from index.factory import BackendChoice, open_source, publish_built
from index.generation import load_generation
from index.pg.schema import SCHEMA_VERSION
from index.pg.source import PostgresSource
from index.registers.store import REGISTERS_FILE
from tests.fakes import FakeEmbedder

pytestmark = pytest.mark.postgres


def _build(corpus: Path, index_dir: Path, extra: str = "") -> str:
    if extra:
        with (corpus / "alpha.md").open("a", encoding="utf-8") as fh:
            fh.write(f"\n## {extra}\n\nThe board will review {extra.lower()} every year.\n")
    return build_index(corpus, index_dir, FakeEmbedder()).generation


def _counts(url: str) -> tuple[int, int, int]:
    with psycopg.connect(url) as conn:
        row = conn.execute(
            "SELECT (SELECT count(*) FROM generations), (SELECT count(*) FROM passages),"
            " (SELECT count(*) FROM bm25_blocks)"
        ).fetchone()
    assert row is not None
    return int(row[0]), int(row[1]), int(row[2])


def test_a_published_generation_reads_back_as_built(
    small_corpus: Path, tmp_path: Path, database_url: str
) -> None:
    choice = BackendChoice("postgres", tmp_path / "idx", database_url=database_url)
    name = _build(small_corpus, choice.index_dir)
    assert publish_built(choice) == name
    source = open_source(choice)
    try:
        loaded = source.load(model_fingerprint=FakeEmbedder().fingerprint)
        on_disk = load_generation(choice.index_dir)
        assert source.current() == loaded.name == name
        assert loaded.store.passages == on_disk.store.passages
        assert loaded.store.documents == on_disk.store.documents
        assert list(loaded.abbreviations.items()) == list(on_disk.abbreviations.items())
        assert loaded.manifest == on_disk.manifest
        assert (loaded.sentences.vectors == on_disk.sentences.vectors).all()
        assert loaded.registers == on_disk.registers and loaded.registers.commitments
    finally:
        source.close()


def test_a_new_generation_replaces_the_served_one_and_the_one_before_is_kept(
    small_corpus: Path, tmp_path: Path, database_url: str
) -> None:
    choice = BackendChoice("postgres", tmp_path / "idx", database_url=database_url)
    names = []
    for extra in ("", "Air quality", "Housing"):
        names.append(_build(small_corpus, choice.index_dir, extra))
        publish_built(choice)
    source = open_source(choice)
    assert isinstance(source, PostgresSource)
    try:
        assert source.current() == names[-1]
        with source.pool.connection() as conn:
            kept = [row[0] for row in conn.execute("SELECT name FROM generations ORDER BY id")]
        assert kept == names[1:]
    finally:
        source.close()


def test_a_publish_that_fails_part_way_leaves_no_trace(
    small_corpus: Path, tmp_path: Path, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    choice = BackendChoice("postgres", tmp_path / "idx", database_url=database_url)
    first = _build(small_corpus, choice.index_dir)
    publish_built(choice)
    before = _counts(database_url)
    _build(small_corpus, choice.index_dir, "Air quality")

    def broken(*_: object) -> None:
        raise RuntimeError("the vectors could not be written")

    monkeypatch.setattr(publish_module, "_copy_vectors", broken)
    with pytest.raises(RuntimeError, match="vectors could not be written"):
        publish_built(choice)
    assert _counts(database_url) == before
    source = open_source(choice)
    try:
        assert source.current() == first
    finally:
        source.close()


def test_sentence_vectors_over_one_part_are_put_back_together(
    small_corpus: Path, tmp_path: Path, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(publish_module, "PART_BYTES", 256)
    choice = BackendChoice("postgres", tmp_path / "idx", database_url=database_url)
    _build(small_corpus, choice.index_dir)
    publish_built(choice)
    with psycopg.connect(database_url) as conn:
        parts = conn.execute("SELECT count(*) FROM generation_parts").fetchone()
    assert parts is not None and parts[0] > 1
    source = open_source(choice)
    try:
        loaded = source.load(model_fingerprint=FakeEmbedder().fingerprint)
        on_disk = load_generation(choice.index_dir)
        assert (loaded.sentences.vectors == on_disk.sentences.vectors).all()
        assert (loaded.sentences.spans == on_disk.sentences.spans).all()
    finally:
        source.close()


def test_a_missing_bm25_block_is_reported_rather_than_ranked_without(
    small_corpus: Path, tmp_path: Path, database_url: str
) -> None:
    choice = BackendChoice("postgres", tmp_path / "idx", database_url=database_url)
    _build(small_corpus, choice.index_dir)
    publish_built(choice)
    with psycopg.connect(database_url) as conn:
        conn.execute("DELETE FROM bm25_blocks")
    source = open_source(choice)
    try:
        loaded = source.load(model_fingerprint=FakeEmbedder().fingerprint)
        with pytest.raises(IndexCorrupt, match="BM25 block"):
            loaded.bm25.query("falls prevention classes", None).top(10)
    finally:
        source.close()


def test_a_version_3_database_keeps_its_generations_searchable_without_row_lists(
    small_corpus: Path, tmp_path: Path, database_url: str
) -> None:
    choice = BackendChoice("postgres", tmp_path / "idx", database_url=database_url)
    name = _build(small_corpus, choice.index_dir)
    publish_built(choice)
    source = open_source(choice)
    try:
        loaded = source.load(model_fingerprint=FakeEmbedder().fingerprint)
        before = loaded.bm25.query("falls prevention classes", None).top(10)
    finally:
        source.close()
    with psycopg.connect(database_url) as conn:
        # What version 3 had beside the blocks: each row's term list.
        conn.execute("CREATE TABLE bm25_rows (generation_id bigint, row integer)")
        conn.execute("UPDATE sa_schema SET version = 3")
    source = open_source(choice)
    try:
        loaded = source.load(model_fingerprint=FakeEmbedder().fingerprint)
        after = loaded.bm25.query("falls prevention classes", None).top(10)
        assert source.current() == name
    finally:
        source.close()
    with psycopg.connect(database_url) as conn:
        assert conn.execute("SELECT version FROM sa_schema").fetchall() == [(SCHEMA_VERSION,)]
        assert conn.execute("SELECT to_regclass('bm25_rows')").fetchall() == [(None,)]
    assert after.ids == before.ids and after.ids
    assert after.scores.tolist() == before.scores.tolist()


def _refuse_to_build(*_: object, **__: object) -> None:
    raise AssertionError("a replica made the registers instead of reading them")


def test_a_replica_reads_the_registers_published_with_the_generation(
    small_corpus: Path, tmp_path: Path, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    choice = BackendChoice("postgres", tmp_path / "idx", database_url=database_url)
    _build(small_corpus, choice.index_dir)
    publish_built(choice)
    monkeypatch.setattr(source_module, "build_with_trails", _refuse_to_build)
    source = open_source(choice)
    try:
        loaded = source.load(model_fingerprint=FakeEmbedder().fingerprint)
        on_disk = load_generation(choice.index_dir)
        assert loaded.registers == on_disk.registers and loaded.registers.commitments
    finally:
        source.close()


def test_a_generation_published_without_its_registers_gets_them_when_published_again(
    small_corpus: Path, tmp_path: Path, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    choice = BackendChoice("postgres", tmp_path / "idx", database_url=database_url)
    _build(small_corpus, choice.index_dir)
    publish_built(choice)
    with psycopg.connect(database_url) as conn:
        conn.execute("DELETE FROM generation_parts WHERE name = %s", (REGISTERS_FILE,))
    on_disk = load_generation(choice.index_dir)
    source = open_source(choice)
    try:
        # As published by an older version: the replica still makes them itself.
        assert source.load(model_fingerprint=None).registers == on_disk.registers
        publish_built(choice)
        monkeypatch.setattr(source_module, "build_with_trails", _refuse_to_build)
        assert source.load(model_fingerprint=None).registers == on_disk.registers
    finally:
        source.close()
