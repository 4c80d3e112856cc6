"""Conversation turns kept server-side in SQLite, expiring after a time to live."""

from __future__ import annotations

import sqlite3
import threading
import time
import uuid
from pathlib import Path


class ConversationStore:
    """Turns per conversation id: the question as asked and as rewritten for retrieval."""

    def __init__(self, path: Path, *, ttl_seconds: int, max_turns: int) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS turns (conversation TEXT NOT NULL, at REAL NOT NULL,"
            " question TEXT NOT NULL, rewritten TEXT NOT NULL, answer TEXT NOT NULL)"
        )
        self._db.execute("CREATE INDEX IF NOT EXISTS turns_by_conv ON turns (conversation, at)")
        self._ttl = ttl_seconds
        self._max_turns = max_turns
        self._lock = threading.Lock()

    @staticmethod
    def new_id() -> str:
        return uuid.uuid4().hex

    def previous_questions(self, conversation: str) -> list[str]:
        """The rewritten questions of the live turns, oldest first."""
        cutoff = time.time() - self._ttl
        with self._lock:
            rows = self._db.execute(
                "SELECT rewritten FROM turns WHERE conversation = ? AND at >= ?"
                " ORDER BY at DESC LIMIT ?",
                (conversation, cutoff, self._max_turns),
            ).fetchall()
        return [r[0] for r in reversed(rows)]

    def add(self, conversation: str, question: str, rewritten: str, answer: str) -> None:
        now = time.time()
        with self._lock:
            self._db.execute(
                "INSERT INTO turns VALUES (?, ?, ?, ?, ?)",
                (conversation, now, question, rewritten, answer),
            )
            self._db.execute("DELETE FROM turns WHERE at < ?", (now - self._ttl,))

    def close(self) -> None:
        self._db.close()
