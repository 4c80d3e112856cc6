"""SQLite files the service keeps beside its index (conversations, feedback, the question log),
opened so that replicas sharing one file can start and first write at the same moment.

Each file is switched to a write-ahead log on opening. The first replica to do so holds the file
briefly, and another opening it then meets it locked. A connection that met the lock is closed,
never kept half-made (a store without its table fails every later request), and the file is
opened afresh, a few times, a little later each time; any other error is raised as it came.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Literal

# As sqlite3.connect takes it; None is autocommit. Python's own default begins deferred
# transactions.
IsolationLevel = Literal["DEFERRED", "EXCLUSIVE", "IMMEDIATE"] | None
OPEN_ATTEMPTS = 5
OPEN_BACKOFF_SECONDS = 0.1


def open_shared(
    path: Path,
    setup: Callable[[sqlite3.Connection], None],
    *,
    isolation_level: IsolationLevel = "DEFERRED",
) -> sqlite3.Connection:
    """`path` opened in write-ahead-log mode with `setup` (its tables and indexes) run on it."""
    for attempt in range(1, OPEN_ATTEMPTS):
        try:
            return _made(path, setup, isolation_level)
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc):
                raise
            time.sleep(OPEN_BACKOFF_SECONDS * attempt)
    return _made(path, setup, isolation_level)


def _made(
    path: Path, setup: Callable[[sqlite3.Connection], None], isolation_level: IsolationLevel
) -> sqlite3.Connection:
    db = sqlite3.connect(path, check_same_thread=False, isolation_level=isolation_level)
    try:
        db.execute("PRAGMA journal_mode=WAL")
        setup(db)
    except BaseException:
        db.close()
        raise
    return db
