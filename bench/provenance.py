"""Which shipped passage each synthetic sentence came from, for the proxy embedder.

The identical-copies corpus repeats shipped sentences verbatim, so a sentence's text finds its
source passage. A council's copy rewrites them (bench/councils.py), so the corpus writer notes
each rewritten sentence's source as it writes it. Millions of sentences at 1000x: each is kept
as a 64-bit hash of its key in a sorted array, not as text in a dict.
"""

from __future__ import annotations

import hashlib

import numpy as np
import numpy.typing as npt

PART = 40
"""Ingest may cut a sentence where the writer did not, or join a heading to it: its first or
last characters find it too."""


def _hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little")


class SentenceSources:
    """Add (key, source row) pairs while writing, then `seal` once and look up."""

    def __init__(self) -> None:
        self._hashes: list[int] = []
        self._rows: list[int] = []
        self._sorted: npt.NDArray[np.uint64] | None = None
        self._sorted_rows: npt.NDArray[np.int32] | None = None

    def __len__(self) -> int:
        return len(self._hashes) if self._sorted is None else len(self._sorted)

    def add(self, key: str, row: int) -> None:
        for part in (key, key[:PART], key[-PART:]):
            self._hashes.append(_hash(part))
            self._rows.append(row)

    def seal(self) -> None:
        hashes = np.array(self._hashes, dtype=np.uint64)
        order = np.argsort(hashes, kind="stable")
        self._sorted = hashes[order]
        self._sorted_rows = np.array(self._rows, dtype=np.int32)[order]
        self._hashes, self._rows = [], []

    def row_of(self, key: str) -> int | None:
        """The source row of a sentence with this key (or this key's prefix), if noted."""
        if self._sorted is None or self._sorted_rows is None or not len(self._sorted):
            return None
        for part in (key, key[:PART], key[-PART:]):
            wanted = np.uint64(_hash(part))
            at = int(np.searchsorted(self._sorted, wanted))
            if at < len(self._sorted) and self._sorted[at] == wanted:
                return int(self._sorted_rows[at])
        return None
