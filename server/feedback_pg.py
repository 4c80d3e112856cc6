"""Feedback rows in PostgreSQL (the postgres backend), one table for every replica."""

from __future__ import annotations

import time
from typing import Any

from psycopg.types.json import Json
from psycopg_pool import ConnectionPool

from server.feedback import FeedbackIn

POOL_SIZE = 2
WAIT_SECONDS = 3.0


class PgFeedbackStore:
    """Append-only, like server.feedback.FeedbackStore; each row's fields are one JSON record."""

    def __init__(self, url: str) -> None:
        # Opened in the background: a database still starting does not stop the app starting.
        self._pool = ConnectionPool(
            url,
            min_size=1,
            max_size=POOL_SIZE,
            timeout=WAIT_SECONDS,
            check=ConnectionPool.check_connection,
            open=True,
        )

    def add(self, feedback: FeedbackIn, *, generation: str | None) -> int:
        record = {
            "at": time.time(),
            **feedback.model_dump(),
            "generation": generation,
        }
        with self._pool.connection() as conn:
            row = conn.execute(
                "INSERT INTO feedback (record) VALUES (%s) RETURNING id", (Json(record),)
            ).fetchone()
        if row is None:
            raise RuntimeError("INSERT ... RETURNING gave no feedback id")
        return int(row[0])

    def rows(self) -> list[dict[str, Any]]:
        """Every row, oldest first, as FeedbackStore.rows gives them."""
        with self._pool.connection() as conn:
            found = conn.execute("SELECT id, record FROM feedback ORDER BY id").fetchall()
        return [{"id": int(row_id), **record} for row_id, record in found]

    def close(self) -> None:
        self._pool.close()
