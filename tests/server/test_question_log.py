"""The question log opens safely when replicas share its file: a connection that met the file
locked is never kept half-made; it is opened afresh, a few times, and any other error is
raised as it came."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

import pipeline.sqlite_files as sqlite_files
from server.question_log import Asked, QuestionLog

MONDAY = 1_700_000_000.0
_CONNECT = sqlite3.connect


class _Refusing:
    """A connection whose every statement fails with `error`, as on a file another holds."""

    def __init__(self, error: str) -> None:
        self.error = error
        self.closed = False

    def execute(self, *_: Any) -> None:
        raise sqlite3.OperationalError(self.error)

    def close(self) -> None:
        self.closed = True


class _LockedAtFirst:
    """sqlite3.connect, whose first `failures` connections find the file locked (or `error`)
    at their first statement."""

    def __init__(self, failures: int, error: str = "database is locked") -> None:
        self.failures = failures
        self.error = error
        self.refused: list[_Refusing] = []
        self.opened = 0

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.opened += 1
        if self.opened > self.failures:
            return _CONNECT(*args, **kwargs)
        self.refused.append(_Refusing(self.error))
        return self.refused[-1]


def test_a_log_found_locked_is_opened_afresh_and_counts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    connect = _LockedAtFirst(failures=2)
    monkeypatch.setattr(sqlite3, "connect", connect)
    monkeypatch.setattr(sqlite_files, "OPEN_BACKOFF_SECONDS", 0.0)
    log = QuestionLog(tmp_path / "q.sqlite", keep_text=False, retention_days=30)
    log.add("bin day?", refused=True, now=MONDAY)
    assert connect.opened == 3
    assert all(c.closed for c in connect.refused)
    assert log.since(0, now=MONDAY) == [Asked(MONDAY, True, None)]


def test_a_log_still_locked_after_every_attempt_or_broken_otherwise_raises(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_files, "OPEN_BACKOFF_SECONDS", 0.0)
    locked = _LockedAtFirst(failures=sqlite_files.OPEN_ATTEMPTS)
    monkeypatch.setattr(sqlite3, "connect", locked)
    log = QuestionLog(tmp_path / "q.sqlite", keep_text=False, retention_days=30)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        log.add("bin day?", refused=True, now=MONDAY)
    assert locked.opened == sqlite_files.OPEN_ATTEMPTS
    broken = _LockedAtFirst(failures=1, error="disk I/O error")
    monkeypatch.setattr(sqlite3, "connect", broken)
    with pytest.raises(sqlite3.OperationalError, match="disk"):
        log.add("bin day?", refused=True, now=MONDAY)
    assert broken.opened == 1
