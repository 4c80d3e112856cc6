"""Feedback rows in PostgreSQL (the postgres backend), one table for every replica; in a database
several councils share, each row names its tenant and a tenant reads only its own."""

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

    def __init__(self, url: str, *, tenant: str = "") -> None:
        self._tenant = tenant
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
        if self._tenant:
            record["tenant"] = self._tenant
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
            found = conn.execute(
                "SELECT id, record FROM feedback WHERE coalesce(record->>'tenant', '') = %s"
                " ORDER BY id",
                (self._tenant,),
            ).fetchall()
        return [
            {"id": int(row_id), **{k: v for k, v in record.items() if k != "tenant"}}
            for row_id, record in found
        ]

    def close(self) -> None:
        self._pool.close()
