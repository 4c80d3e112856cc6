"""Embeddings cached by content hash, per model: re-indexing unchanged text embeds nothing.

Each entry carries a checksum of its model, key and vector bytes. An entry that fails it (a
cache file damaged in a way SQLite still reads) is not used: the text is embedded again, and
the build logs how many entries were refused.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

import numpy as np

from index.embedder import Embedder, Vectors

log = logging.getLogger(__name__)


def _checksum(model: str, key: str, blob: bytes) -> str:
    return hashlib.sha256(f"{model}\0{key}\0".encode() + blob).hexdigest()[:32]


class VectorCache(Protocol):
    """Vectors by (model fingerprint, content hash): a SQLite file beside the index
    (EmbeddingCache) or a table shared by every build through the database
    (index.pg.cache.PgEmbeddingCache)."""

    @property
    def refused(self) -> int:
        """Entries read but not used (failed checks) over the cache's life."""
        ...

    def get_many(self, model: str, hashes: list[str], dim: int) -> dict[str, Vectors]: ...

    def put_many(self, model: str, items: dict[str, Vectors]) -> None: ...

    def close(self) -> None: ...


class EmbeddingCache:
    """A SQLite table of (model fingerprint, content hash) -> float32 vector."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS embeddings ("
            " model TEXT NOT NULL, hash TEXT NOT NULL, vector BLOB NOT NULL,"
            " checksum TEXT NOT NULL DEFAULT '', PRIMARY KEY (model, hash))"
        )
        columns = {row[1] for row in self._db.execute("PRAGMA table_info(embeddings)")}
        if "checksum" not in columns:
            # A cache from before checksums: its entries cannot be verified, so none is used.
            self._db.execute("ALTER TABLE embeddings ADD COLUMN checksum TEXT NOT NULL DEFAULT ''")
        self.refused = 0
        """Entries read but refused (a failed checksum or a wrong shape) over this cache's life."""

    def close(self) -> None:
        self._db.close()

    def get_many(self, model: str, hashes: list[str], dim: int) -> dict[str, Vectors]:
        found: dict[str, Vectors] = {}
        unique = list(dict.fromkeys(hashes))
        for start in range(0, len(unique), 500):
            chunk = unique[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                "SELECT hash, vector, checksum FROM embeddings"
                f" WHERE model = ? AND hash IN ({marks})",
                [model, *chunk],
            )
            for key, blob, checksum in rows:
                vector = np.frombuffer(blob, dtype=np.float32)
                if checksum != _checksum(model, key, blob) or vector.shape != (dim,):
                    self.refused += 1
                    continue
                found[key] = vector
        return found

    def put_many(self, model: str, items: dict[str, Vectors]) -> None:
        with self._db:
            rows = []
            for key, v in items.items():
                blob = np.asarray(v, dtype=np.float32).tobytes()
                rows.append((model, key, blob, _checksum(model, key, blob)))
            self._db.executemany(
                "INSERT OR REPLACE INTO embeddings (model, hash, vector, checksum)"
                " VALUES (?, ?, ?, ?)",
                rows,
            )


def embed_with_cache(
    embedder: Embedder,
    cache: VectorCache,
    texts: list[str],
    hashes: list[str],
    *,
    batch_size: int = 256,
    progress: Callable[[int], None] | None = None,
) -> tuple[Vectors, int]:
    """Vectors for `texts` in order, embedding only what the cache lacks.

    Returns the vectors and how many texts had to be embedded.
    """
    known = cache.get_many(embedder.fingerprint, hashes, embedder.dim)
    if cache.refused:
        log.warning(
            "%d embedding cache entries failed their checksum and are embedded again",
            cache.refused,
        )
    missing = [i for i, h in enumerate(hashes) if h not in known]
    # In order of length, so each batch the embedder pads is of texts of about one length: a
    # corpus's short sentences and long passages would otherwise pad each other.
    todo = sorted({hashes[i]: i for i in missing}.values(), key=lambda i: len(texts[i]))
    if progress:
        # Cached and repeated texts are done already: told first, the count ends at len(texts).
        progress(len(texts) - len(todo))
    for start in range(0, len(todo), batch_size):
        batch = todo[start : start + batch_size]
        vectors = embedder.embed([texts[i] for i in batch])
        fresh = {hashes[i]: vectors[row] for row, i in enumerate(batch)}
        cache.put_many(embedder.fingerprint, fresh)
        known.update(fresh)
        if progress:
            progress(len(batch))
    out = np.zeros((len(texts), embedder.dim), dtype=np.float32)
    for row, key in enumerate(hashes):
        out[row] = known[key]
    return out, len(todo)
