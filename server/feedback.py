"""Thumbs up or down on an answer, kept in SQLite with what was asked, answered and cited."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from pipeline.sqlite_files import open_shared
from server.schemas import Text, WholeNumber

FEEDBACK_FILE = "feedback.sqlite"
MAX_ANSWER_CHARS = 20_000
MAX_CITATIONS = 50

_Id = Annotated[str, StringConstraints(min_length=1, max_length=300)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class CitedPassage(_Strict):
    """The part of a citation that identifies it; the passage text is in the index."""

    n: WholeNumber = Field(ge=1, le=1000)
    passage_id: _Id
    document_id: _Id
    quote: str = Field(default="", max_length=5000)


class FeedbackIn(_Strict):
    rating: Literal["up", "down"]
    question: Text
    answer: str = Field(min_length=1, max_length=MAX_ANSWER_CHARS)
    refused: bool = False
    conversation_id: Annotated[str, StringConstraints(min_length=1, max_length=100)] | None = None
    citations: list[CitedPassage] = Field(default_factory=list, max_length=MAX_CITATIONS)
    comment: str | None = Field(default=None, max_length=2000)


class FeedbackOut(BaseModel):
    id: int
    generation: str | None


class FeedbackStore:
    """Append-only feedback rows; the database file is created on the first one."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._db: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    def _connect(self) -> sqlite3.Connection:
        if self._db is None:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            self._db = open_shared(self._path, _made, isolation_level=None)
        return self._db

    def add(self, feedback: FeedbackIn, *, generation: str | None) -> int:
        citations = json.dumps([c.model_dump() for c in feedback.citations], ensure_ascii=False)
        with self._lock:
            cursor = self._connect().execute(
                "INSERT INTO feedback (at, rating, question, answer, refused, citations,"
                " conversation_id, generation, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    time.time(),
                    feedback.rating,
                    feedback.question,
                    feedback.answer,
                    int(feedback.refused),
                    citations,
                    feedback.conversation_id,
                    generation,
                    feedback.comment,
                ),
            )
        row_id = cursor.lastrowid
        if row_id is None:
            raise RuntimeError(f"feedback was not stored in {self._path}")
        return row_id

    def rows(self) -> list[dict[str, Any]]:
        """Every row, oldest first, with citations decoded (for reports and tests)."""
        with self._lock:
            db = self._connect()
            cursor = db.execute("SELECT * FROM feedback ORDER BY id")
            names = [d[0] for d in cursor.description]
            rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        for row in rows:
            row["citations"] = json.loads(row["citations"])
            row["refused"] = bool(row["refused"])
        return rows

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None


def _made(db: sqlite3.Connection) -> None:
    db.execute(
        "CREATE TABLE IF NOT EXISTS feedback (id INTEGER PRIMARY KEY, at REAL NOT NULL,"
        " rating TEXT NOT NULL, question TEXT NOT NULL, answer TEXT NOT NULL,"
        " refused INTEGER NOT NULL, citations TEXT NOT NULL, conversation_id TEXT,"
        " generation TEXT, comment TEXT)"
    )
