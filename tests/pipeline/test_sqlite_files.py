"""The service's SQLite files open when replicas share them: a file found locked is opened
afresh, so a conversation store starting beside another replica starts."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

import pipeline.sqlite_files as sqlite_files
from pipeline.conversations import ConversationStore

_CONNECT = sqlite3.connect


def test_a_conversation_store_found_locked_at_start_opens_afresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Any] = []

    def connect(*args: Any, **kwargs: Any) -> Any:
        opened.append(args)
        if len(opened) == 1:
            raise sqlite3.OperationalError("database is locked")
        return _CONNECT(*args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)
    monkeypatch.setattr(sqlite_files, "OPEN_BACKOFF_SECONDS", 0.0)
    store = ConversationStore(tmp_path / "c.sqlite", ttl_seconds=60, max_turns=5)
    asked = "who chairs the parks forum?"
    store.add("c1", "ann", asked, asked, "Jo Bloggs chairs it.")
    assert len(opened) == 2
    assert store.previous_questions("c1", "ann") == [asked]
    store.close()
