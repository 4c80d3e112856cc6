"""Conversation turns kept server-side in SQLite, bound to the caller who began them, expiring
after a time to live.

Ids are made here, never taken from a client: a conversation id that is unknown, expired or
another caller's is `UnknownConversation`, the same in every case, so an id reveals nothing.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
import uuid
from pathlib import Path
from typing import Protocol

from pipeline.sqlite_files import open_shared

LOCAL_CALLER = "local"
"""The owner of conversations begun by local tools (the CLI, evals, bench)."""


class UnknownConversation(LookupError):
    """The conversation id is not one of this caller's live conversations."""


LastTurn = tuple[str, tuple[str, ...]]
"""The latest live turn's answer and the documents it cited, first cited first ("" and none
when there is no such turn): read together, as one row."""


class Conversations(Protocol):
    """Where turns are kept: this file (ConversationStore) or a shared database
    (pipeline.pg_conversations), with the same rules."""

    def new_id(self) -> str: ...

    def previous_questions(self, conversation: str, owner: str) -> list[str]: ...

    def last_turn(self, conversation: str, owner: str) -> LastTurn: ...

    def add(
        self,
        conversation: str,
        owner: str,
        question: str,
        rewritten: str,
        answer: str,
        cited: tuple[str, ...] = (),
    ) -> None: ...

    def close(self) -> None: ...


def cited_json(cited: tuple[str, ...]) -> str:
    """The cited document ids as a turn keeps them."""
    return json.dumps(list(cited))


def cited_ids(stored: str | None) -> tuple[str, ...]:
    """The document ids a turn kept ("" for a turn stored before turns kept them)."""
    return tuple(json.loads(stored)) if stored else ()


def unknown(conversation: str) -> UnknownConversation:
    return UnknownConversation(
        f"no live conversation {conversation!r} of this caller: it expired, or it was "
        "never begun by this caller; ask without conversation_id to begin one"
    )


def _made(db: sqlite3.Connection) -> None:
    # Every answer adds a turn on the request's path; turns live minutes. Syncing the log at
    # checkpoints rather than at each commit keeps the disk's latency out of every answer.
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute(
        "CREATE TABLE IF NOT EXISTS turns (conversation TEXT NOT NULL, at REAL NOT NULL,"
        " question TEXT NOT NULL, rewritten TEXT NOT NULL, answer TEXT NOT NULL,"
        " owner TEXT NOT NULL DEFAULT '', cited TEXT NOT NULL DEFAULT '')"
    )
    columns = {row[1] for row in db.execute("PRAGMA table_info(turns)")}
    if "owner" not in columns:
        # A store written before conversations had owners: its turns belong to no caller.
        db.execute("ALTER TABLE turns ADD COLUMN owner TEXT NOT NULL DEFAULT ''")
    if "cited" not in columns:
        # Written before turns kept their citations: those turns cited nothing known.
        db.execute("ALTER TABLE turns ADD COLUMN cited TEXT NOT NULL DEFAULT ''")
    db.execute("CREATE INDEX IF NOT EXISTS turns_by_conv ON turns (conversation, at)")
    # Expired turns are deleted on every write: found by time, not by scanning the table.
    db.execute("CREATE INDEX IF NOT EXISTS turns_by_time ON turns (at)")


class ConversationStore:
    """Turns per conversation id: its owner, the question as asked and as rewritten, the answer
    and the documents it cited."""

    def __init__(self, path: Path, *, ttl_seconds: int, max_turns: int) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = open_shared(path, _made, isolation_level=None)
        self._ttl = ttl_seconds
        self._max_turns = max_turns
        self._lock = threading.Lock()

    @staticmethod
    def new_id() -> str:
        return uuid.uuid4().hex

    def previous_questions(self, conversation: str, owner: str) -> list[str]:
        """The rewritten questions of the live turns, oldest first; `UnknownConversation` when
        `owner` has no live conversation with that id."""
        cutoff = time.time() - self._ttl
        with self._lock:
            rows = self._db.execute(
                "SELECT rewritten, owner FROM turns WHERE conversation = ? AND at >= ?"
                " ORDER BY at DESC LIMIT ?",
                (conversation, cutoff, self._max_turns),
            ).fetchall()
        if not rows or any(row[1] != owner for row in rows):
            raise unknown(conversation)
        return [r[0] for r in reversed(rows)]

    def last_turn(self, conversation: str, owner: str) -> LastTurn:
        """The answer and cited documents of the latest live turn of `owner`'s conversation."""
        cutoff = time.time() - self._ttl
        with self._lock:
            row = self._db.execute(
                "SELECT answer, cited FROM turns WHERE conversation = ? AND owner = ? AND at >= ?"
                " ORDER BY at DESC LIMIT 1",
                (conversation, owner, cutoff),
            ).fetchone()
        return (str(row[0]), cited_ids(row[1])) if row else ("", ())

    def add(
        self,
        conversation: str,
        owner: str,
        question: str,
        rewritten: str,
        answer: str,
        cited: tuple[str, ...] = (),
    ) -> None:
        now = time.time()
        with self._lock:
            self._db.execute(
                "INSERT INTO turns (conversation, at, question, rewritten, answer, owner, cited)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (conversation, now, question, rewritten, answer, owner, cited_json(cited)),
            )
            self._db.execute("DELETE FROM turns WHERE at < ?", (now - self._ttl,))

    def close(self) -> None:
        self._db.close()
