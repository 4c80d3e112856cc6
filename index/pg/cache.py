"""The embedding cache in the database: every build worker, on any machine, reuses the vectors
any other has made (index.cache.VectorCache)."""

from __future__ import annotations

import numpy as np
import psycopg
from psycopg.rows import TupleRow

from index.embedder import Vectors


class PgEmbeddingCache:
    """The `embeddings` table: (model fingerprint, content hash) -> float32 vector bytes.

    Writes commit at once (each batch a worker embeds is kept even if the build stops later)
    and never replace a row: the same model and text give the same vector, so the first
    writer's stands.
    """

    def __init__(self, conn: psycopg.Connection[TupleRow]) -> None:
        self._conn = conn
        self.refused = 0
        """Rows whose vector has the wrong length for the model (never used)."""

    def close(self) -> None:
        """The connection belongs to the caller."""

    def get_many(self, model: str, hashes: list[str], dim: int) -> dict[str, Vectors]:
        found: dict[str, Vectors] = {}
        rows = self._conn.execute(
            "SELECT hash, vector FROM embeddings WHERE model = %s AND hash = ANY(%s)",
            (model, list(dict.fromkeys(hashes))),
        )
        for key, blob in rows:
            vector = np.frombuffer(bytes(blob), dtype=np.float32)
            if vector.shape != (dim,):
                self.refused += 1
                continue
            found[str(key)] = vector
        return found

    def put_many(self, model: str, items: dict[str, Vectors]) -> None:
        with self._conn.transaction():
            self.put_many_in_transaction(model, items)

    def put_many_in_transaction(self, model: str, items: dict[str, Vectors]) -> None:
        """As put_many, inside the caller's transaction (a batch and its mark as done)."""
        with self._conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO embeddings (model, hash, vector) VALUES (%s, %s, %s)"
                " ON CONFLICT (model, hash) DO NOTHING",
                [
                    (model, key, np.asarray(v, dtype=np.float32).tobytes())
                    for key, v in items.items()
                ],
            )
