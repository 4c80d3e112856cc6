"""Conversation turns in PostgreSQL keep the rules of the SQLite store."""

from __future__ import annotations

import time

import pytest
from psycopg_pool import ConnectionPool

from index.pg.schema import connect, ensure_schema
from pipeline.conversations import UnknownConversation
from pipeline.pg_conversations import PgConversationStore

pytestmark = pytest.mark.postgres


def _store(url: str, ttl_seconds: int = 3600) -> tuple[ConnectionPool, PgConversationStore]:
    with connect(url) as conn:
        ensure_schema(conn)
    pool = ConnectionPool(url, min_size=1, max_size=2, open=True)
    return pool, PgConversationStore(pool, ttl_seconds=ttl_seconds, max_turns=20)


def test_another_callers_conversation_is_unknown_to_this_caller(database_url: str) -> None:
    pool, store = _store(database_url)
    with pool:
        conversation = store.new_id()
        store.add(conversation, "alice", "who chairs it?", "who chairs the board?", "Ann.")
        assert store.previous_questions(conversation, "alice") == ["who chairs the board?"]
        with pytest.raises(UnknownConversation):
            store.previous_questions(conversation, "bob")


def test_turns_older_than_the_time_to_live_are_forgotten(database_url: str) -> None:
    pool, store = _store(database_url, ttl_seconds=1)
    with pool:
        conversation = store.new_id()
        store.add(conversation, "alice", "q", "q", "a")
        time.sleep(1.2)
        with pytest.raises(UnknownConversation):
            store.previous_questions(conversation, "alice")


def test_the_last_answer_is_the_callers_latest_turns(database_url: str) -> None:
    pool, store = _store(database_url)
    with pool:
        conversation = store.new_id()
        store.add(conversation, "alice", "which group?", "which group?", "The Forum. [1]")
        store.add(conversation, "alice", "its chair?", "its chair? (group)", "Jo Bloggs. [1]")
        assert store.last_turn(conversation, "alice")[0] == "Jo Bloggs. [1]"
        assert store.last_turn(conversation, "bob")[0] == ""


def test_the_last_turns_cited_documents_are_kept_in_citation_order(database_url: str) -> None:
    pool, store = _store(database_url)
    with pool:
        conversation = store.new_id()
        store.add(conversation, "alice", "which group?", "which group?", "a", ("minutes", "plan"))
        assert store.last_turn(conversation, "alice")[1] == ("minutes", "plan")
        assert store.last_turn(conversation, "bob")[1] == ()
