"""Embeddings cached by content hash, per model: re-indexing unchanged text embeds nothing."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import numpy as np

from index.embedder import Embedder, Vectors


class EmbeddingCache:
    """A SQLite table of (model fingerprint, content hash) -> float32 vector."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS embeddings ("
            " model TEXT NOT NULL, hash TEXT NOT NULL, vector BLOB NOT NULL,"
            " PRIMARY KEY (model, hash))"
        )

    def close(self) -> None:
        self._db.close()

    def get_many(self, model: str, hashes: list[str], dim: int) -> dict[str, Vectors]:
        found: dict[str, Vectors] = {}
        unique = list(dict.fromkeys(hashes))
        for start in range(0, len(unique), 500):
            chunk = unique[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT hash, vector FROM embeddings WHERE model = ? AND hash IN ({marks})",
                [model, *chunk],
            )
            for key, blob in rows:
                vector = np.frombuffer(blob, dtype=np.float32)
                if vector.shape == (dim,):
                    found[key] = vector
        return found

    def put_many(self, model: str, items: dict[str, Vectors]) -> None:
        with self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO embeddings (model, hash, vector) VALUES (?, ?, ?)",
                [
                    (model, key, np.asarray(v, dtype=np.float32).tobytes())
                    for key, v in items.items()
                ],
            )


def embed_with_cache(
    embedder: Embedder,
    cache: EmbeddingCache,
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
    missing = [i for i, h in enumerate(hashes) if h not in known]
    # In order of length, so each batch the embedder pads is of texts of about one length: a
    # corpus's short sentences and long passages would otherwise pad each other.
    todo = sorted({hashes[i]: i for i in missing}.values(), key=lambda i: len(texts[i]))
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
