"""Conversation turns kept server-side: per conversation and caller, bounded, and expiring; an id
that is unknown, expired or another caller's is refused alike."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from pipeline.conversations import ConversationStore, UnknownConversation

Q = "who chairs the board?"


def test_turns_older_than_the_time_to_live_are_forgotten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = [1_000_000.0]
    monkeypatch.setattr(time, "time", lambda: now[0])
    store = ConversationStore(tmp_path / "c.sqlite", ttl_seconds=60, max_turns=20)
    store.add("conv", "ann", Q, Q, "answer")
    now[0] += 59
    assert store.previous_questions("conv", "ann") == [Q]
    now[0] += 2
    with pytest.raises(UnknownConversation, match="expired"):
        store.previous_questions("conv", "ann")
    store.close()


def test_conversations_do_not_see_each_others_turns(tmp_path: Path) -> None:
    store = ConversationStore(tmp_path / "c.sqlite", ttl_seconds=3600, max_turns=20)
    store.add("one", "ann", "when was the JHWS approved?", "when was the JHWS approved?", "a")
    store.add("two", "ann", Q, Q, "answer")
    assert store.previous_questions("one", "ann") == ["when was the JHWS approved?"]
    assert store.previous_questions("two", "ann") == [Q]
    store.close()


def test_another_callers_conversation_is_unknown_to_this_caller(tmp_path: Path) -> None:
    store = ConversationStore(tmp_path / "c.sqlite", ttl_seconds=3600, max_turns=20)
    store.add("board-talk", "key:board", Q, Q, "answer")
    with pytest.raises(UnknownConversation) as other:
        store.previous_questions("board-talk", "key:widget")
    with pytest.raises(UnknownConversation) as never:
        store.previous_questions("no-such-id", "key:widget")
    # Someone else's id and an id that never existed are refused in the same words.
    assert str(other.value).replace("board-talk", "X") == str(never.value).replace(
        "no-such-id", "X"
    )
    assert store.previous_questions("board-talk", "key:board") == [Q]
    store.close()


_OLD_COLUMNS = (
    "conversation TEXT NOT NULL, at REAL NOT NULL, question TEXT NOT NULL, rewritten TEXT NOT"
    " NULL, answer TEXT NOT NULL"
)


def _written_before(path: Path, columns: str, row: tuple[str, ...]) -> ConversationStore:
    """A store over a turns table an older build made with `columns`, holding one turn of now
    (`row`: its conversation id, then its values after the time), opened by this build."""
    old = sqlite3.connect(path)
    old.execute(f"CREATE TABLE turns ({columns})")
    marks = ", ".join("?" for _ in row[1:])
    old.execute(f"INSERT INTO turns VALUES (?, ?, {marks})", (row[0], time.time(), *row[1:]))
    old.commit()
    old.close()
    return ConversationStore(path, ttl_seconds=3600, max_turns=20)


def test_turns_stored_before_conversations_had_owners_belong_to_nobody(tmp_path: Path) -> None:
    store = _written_before(tmp_path / "c.sqlite", _OLD_COLUMNS, ("c", "q", "q", "a"))
    with pytest.raises(UnknownConversation):
        store.previous_questions("c", "anon:127.0.0.1")
    store.add("d", "anon:127.0.0.1", Q, Q, "answer")
    assert store.previous_questions("d", "anon:127.0.0.1") == [Q]
    store.close()


def test_expired_turns_are_found_by_time_without_scanning_every_turn(tmp_path: Path) -> None:
    ConversationStore(tmp_path / "c.sqlite", ttl_seconds=60, max_turns=5).close()
    with sqlite3.connect(tmp_path / "c.sqlite") as db:
        plan = db.execute("EXPLAIN QUERY PLAN DELETE FROM turns WHERE at < 1").fetchall()
        mode = db.execute("PRAGMA journal_mode").fetchone()
    assert any("turns_by_time" in str(step) for step in plan)
    assert mode == ("wal",)


def test_the_last_answer_is_the_callers_latest_turns(tmp_path: Path) -> None:
    store = ConversationStore(tmp_path / "c.sqlite", ttl_seconds=3600, max_turns=20)
    store.add("conv", "ann", Q, Q, "The Walking Forum. [1]")
    store.add("conv", "ann", "and its chair?", "and its chair? (forum)", "Jo Bloggs. [1]")
    assert store.last_turn("conv", "ann")[0] == "Jo Bloggs. [1]"
    assert store.last_turn("conv", "bob")[0] == ""
    assert store.last_turn("no-such-id", "ann")[0] == ""
    store.close()


def test_the_last_turns_cited_documents_are_kept_in_citation_order(tmp_path: Path) -> None:
    store = ConversationStore(tmp_path / "c.sqlite", ttl_seconds=3600, max_turns=20)
    store.add("conv", "ann", Q, Q, "a", ("minutes-2024-09", "plan"))
    store.add("conv", "ann", "and then?", "and then? (board)", "b", ("minutes-2025-03",))
    assert store.last_turn("conv", "ann")[1] == ("minutes-2025-03",)
    assert store.last_turn("conv", "bob")[1] == ()
    assert store.last_turn("no-such-id", "ann")[1] == ()
    store.close()


def test_turns_stored_before_turns_kept_citations_cited_nothing(tmp_path: Path) -> None:
    columns = f"{_OLD_COLUMNS}, owner TEXT NOT NULL DEFAULT ''"
    store = _written_before(tmp_path / "c.sqlite", columns, ("c", "q", "q", "a", "ann"))
    assert store.last_turn("c", "ann")[1] == ()
    store.add("c", "ann", Q, Q, "b", ("plan",))
    assert store.last_turn("c", "ann")[1] == ("plan",)
    store.close()
