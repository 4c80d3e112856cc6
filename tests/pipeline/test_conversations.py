"""Conversation turns kept server-side: per conversation, bounded, and expiring."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from pipeline.conversations import ConversationStore


def test_turns_older_than_the_time_to_live_are_forgotten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = [1_000_000.0]
    monkeypatch.setattr(time, "time", lambda: now[0])
    store = ConversationStore(tmp_path / "c.sqlite", ttl_seconds=60, max_turns=20)
    store.add("conv", "who chairs the board?", "who chairs the board?", "answer")
    now[0] += 59
    assert store.previous_questions("conv") == ["who chairs the board?"]
    now[0] += 2
    assert store.previous_questions("conv") == []
    store.close()


def test_conversations_do_not_see_each_others_turns(tmp_path: Path) -> None:
    store = ConversationStore(tmp_path / "c.sqlite", ttl_seconds=3600, max_turns=20)
    store.add("one", "when was the JHWS approved?", "when was the JHWS approved?", "answer")
    store.add("two", "who chairs the board?", "who chairs the board?", "answer")
    assert store.previous_questions("one") == ["when was the JHWS approved?"]
    assert store.previous_questions("two") == ["who chairs the board?"]
    store.close()
