"""Conversation turns in PostgreSQL, so a follow-up may reach any replica.

The same rules as pipeline.conversations.ConversationStore: ids are made here, a turn belongs
to the caller who began the conversation, and turns older than the time to live are gone. In a
database several councils share, a conversation belongs to its tenant too: another tenant's
replica does not find it.
"""

from __future__ import annotations

import time
import uuid

from psycopg_pool import ConnectionPool

from pipeline.conversations import LastTurn, cited_ids, cited_json, unknown


class PgConversationStore:
    def __init__(
        self, pool: ConnectionPool, *, ttl_seconds: int, max_turns: int, tenant: str = ""
    ) -> None:
        self._pool = pool
        self._prefix = f"{tenant}:" if tenant else ""
        self._ttl = ttl_seconds
        self._max_turns = max_turns

    @staticmethod
    def new_id() -> str:
        return uuid.uuid4().hex

    def previous_questions(self, conversation: str, owner: str) -> list[str]:
        cutoff = time.time() - self._ttl
        with self._pool.connection() as conn:
            rows = conn.execute(
                "SELECT rewritten, owner FROM conversation_turns"
                " WHERE conversation = %s AND at >= %s ORDER BY at DESC LIMIT %s",
                (self._prefix + conversation, cutoff, self._max_turns),
            ).fetchall()
        if not rows or any(row[1] != owner for row in rows):
            raise unknown(conversation)
        return [str(row[0]) for row in reversed(rows)]

    def last_turn(self, conversation: str, owner: str) -> LastTurn:
        cutoff = time.time() - self._ttl
        with self._pool.connection() as conn:
            row = conn.execute(
                "SELECT answer, cited FROM conversation_turns"
                " WHERE conversation = %s AND owner = %s AND at >= %s ORDER BY at DESC LIMIT 1",
                (self._prefix + conversation, owner, cutoff),
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
        with self._pool.connection() as conn, conn.transaction():
            conn.execute(
                "INSERT INTO conversation_turns"
                " (conversation, at, owner, question, rewritten, answer, cited)"
                " VALUES (%s, %s, %s, %s, %s, %s, %s)",
                (
                    self._prefix + conversation,
                    now,
                    owner,
                    question,
                    rewritten,
                    answer,
                    cited_json(cited),
                ),
            )
            conn.execute("DELETE FROM conversation_turns WHERE at < %s", (now - self._ttl,))

    def close(self) -> None:
        """The pool belongs to the generation source, which closes it."""
