"""The embedding cache verifies each entry: one damaged in a way SQLite still reads is embedded
again, never used."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from index.build import CACHE_FILE, build_index
from index.cache import EmbeddingCache
from tests.fakes import FakeEmbedder


def test_an_entry_whose_bytes_changed_is_refused_and_embedded_again(
    small_corpus: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    index_dir = tmp_path / "idx"
    build_index(small_corpus, index_dir, FakeEmbedder())
    db = sqlite3.connect(index_dir / CACHE_FILE)
    (key, blob) = db.execute("SELECT hash, vector FROM embeddings LIMIT 1").fetchone()
    flipped = bytearray(blob)
    flipped[0] ^= 0x01  # still a float32 vector of the right size: only the checksum can tell
    db.execute("UPDATE embeddings SET vector = ? WHERE hash = ?", (bytes(flipped), key))
    db.commit()
    db.close()
    embedder = FakeEmbedder()
    with caplog.at_level(logging.WARNING):
        report = build_index(small_corpus, index_dir, embedder, force=True)
    assert report.embedded == 1
    assert "1 embedding cache entries failed their checksum" in caplog.text


def test_a_cache_from_before_checksums_is_not_trusted(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    db = sqlite3.connect(path)
    db.execute(
        "CREATE TABLE embeddings (model TEXT NOT NULL, hash TEXT NOT NULL, vector BLOB NOT NULL,"
        " PRIMARY KEY (model, hash))"
    )
    db.execute("INSERT INTO embeddings VALUES ('m', 'k', ?)", (np.ones(4, np.float32).tobytes(),))
    db.commit()
    db.close()
    cache = EmbeddingCache(path)
    assert cache.get_many("m", ["k"], 4) == {}
    assert cache.refused == 1
    cache.put_many("m", {"k": np.ones(4, np.float32)})
    assert list(cache.get_many("m", ["k"], 4)) == ["k"]
    cache.close()
