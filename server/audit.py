"""The audit log: one JSON line per request saying who asked what of which index generation.

Each line holds time, client id, method, route, status, latency, index generation and the ids
of the passages returned; the question text only when `audit_questions` is set.
"""

from __future__ import annotations

import json
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO


class AuditLog:
    """Writes records to stderr, appends them to a file, or drops them ("off")."""

    def __init__(self, target: str) -> None:
        self._lock = threading.Lock()
        self._owned = False
        self._out: TextIO | None
        if target == "off":
            self._out = None
        elif target == "stderr":
            self._out = sys.stderr
        else:
            path = Path(target)
            path.parent.mkdir(parents=True, exist_ok=True)
            self._out = path.open("a", encoding="utf-8", buffering=1)
            self._owned = True

    def write(self, record: dict[str, Any]) -> None:
        if self._out is None:
            return
        line = json.dumps(
            {"time": datetime.now(UTC).isoformat(timespec="milliseconds"), **record},
            ensure_ascii=False,
            separators=(",", ":"),
        )
        with self._lock:
            self._out.write(line + "\n")
            self._out.flush()

    def close(self) -> None:
        with self._lock:
            if self._owned and self._out is not None:
                self._out.close()
            self._out = None


def read_audit(path: Path) -> list[dict[str, Any]]:
    """Every record in an audit file, oldest first (for tests and reports)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]
