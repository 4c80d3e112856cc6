"""Whether the server can write its data (conversations, feedback, the audit file).

A write that fails for want of space or a writable disk makes the request 503
`storage_unavailable` and the server not ready, so a load balancer stops sending traffic; while
failing, each readiness check tries a small write in the data folder, and the first that works
makes the server ready again.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import threading
import time
from pathlib import Path

_STORAGE_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EIO})
PROBE_FILE = ".write-probe"


def is_storage_failure(exc: BaseException) -> bool:
    """A failed write of the server's own data, as opposed to any other error."""
    if isinstance(exc, OSError):
        return exc.errno in _STORAGE_ERRNOS
    if isinstance(exc, sqlite3.OperationalError):
        text = str(exc).lower()
        return any(s in text for s in ("disk is full", "disk i/o error", "readonly database"))
    return False


class StorageHealth:
    def __init__(self, data_dir: Path) -> None:
        self._data_dir = data_dir
        self._failing_since: float | None = None
        self._lock = threading.Lock()

    def failed(self) -> None:
        with self._lock:
            if self._failing_since is None:
                self._failing_since = time.time()

    @property
    def failing(self) -> bool:
        return self._failing_since is not None

    def recovered(self) -> bool:
        """While failing, whether a small write now works (and if so, no longer failing)."""
        if self._failing_since is None:
            return True
        try:
            self.probe()
        except OSError:
            return False
        with self._lock:
            self._failing_since = None
        return True

    def probe(self) -> None:
        """Write, sync and remove a few kilobytes in the data folder; raises OSError if not."""
        self._data_dir.mkdir(parents=True, exist_ok=True)
        path = self._data_dir / PROBE_FILE
        with path.open("wb") as fh:
            fh.write(b"\0" * 4096)
            fh.flush()
            os.fsync(fh.fileno())
        path.unlink()
