"""Questions asked, for the insights: one row an answer (when, refused or not), with the
question's text only when SA_INSIGHTS_QUESTIONS is on, and that text deleted once it is older
than the retention period. Counts stay; words do not."""

from __future__ import annotations

import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from pipeline.sqlite_files import open_shared

QUESTION_LOG_FILE = "questions.sqlite"
DAY_SECONDS = 86_400


@dataclass(frozen=True, slots=True)
class Asked:
    at: float
    refused: bool
    question: str | None


class QuestionLog:
    """An SQLite table of questions asked; safe to share between request threads."""

    def __init__(self, path: Path, *, keep_text: bool, retention_days: int) -> None:
        self._path = path
        self._keep_text = keep_text
        self._retention = retention_days * DAY_SECONDS
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None

    def _connect(self) -> sqlite3.Connection:
        if self._db is None:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            self._db = open_shared(self._path, _made)
        return self._db

    def add(self, question: str, *, refused: bool, now: float | None = None) -> None:
        """Count one answer; keep its question's text only when that is switched on."""
        at = time.time() if now is None else now
        text = question if self._keep_text else None
        with self._lock:
            db = self._connect()
            db.execute("INSERT INTO asked VALUES (?, ?, ?)", (at, int(refused), text))
            self._forget(db, at)
            db.commit()

    def _forget(self, db: sqlite3.Connection, now: float) -> None:
        # Run on every write, so text never outlives the retention period by more than the
        # time to the next question, even on a server that is never restarted.
        cutoff = now - self._retention
        db.execute(
            "UPDATE asked SET question = NULL WHERE at < ? AND question IS NOT NULL", (cutoff,)
        )

    def since(self, start: float, *, now: float | None = None) -> list[Asked]:
        """Everything asked from `start` on, oldest first, text past retention removed."""
        with self._lock:
            db = self._connect()
            self._forget(db, time.time() if now is None else now)
            db.commit()
            rows = db.execute(
                "SELECT at, refused, question FROM asked WHERE at >= ? ORDER BY at", (start,)
            ).fetchall()
        return [Asked(at, bool(refused), question) for at, refused, question in rows]

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None


def _made(db: sqlite3.Connection) -> None:
    # One row is written for every answer, on the request's path: a write-ahead log synced at
    # checkpoints, not at each commit, keeps that off the disk's latency. A power cut may lose
    # the last few counts; it cannot corrupt the table.
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute(
        "CREATE TABLE IF NOT EXISTS asked (at REAL NOT NULL, refused INTEGER NOT NULL,"
        " question TEXT)"
    )
    # Forgetting old text runs on every write: by time, not by scanning the table.
    db.execute(
        "CREATE INDEX IF NOT EXISTS asked_text_by_time ON asked (at) WHERE question IS NOT NULL"
    )
