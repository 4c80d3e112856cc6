"""The seam between search and where a generation lives: in this process or in a database.

A backend serves one generation's two ranked signals, each as a query object that ranks the
allowed passages and scores any others asked for by passage id. Results name passages by id,
never by a backend's own row numbers, so fusion works the same over any backend. Passages and
documents come with the generation as a `Store` (index.store), whichever backend loaded it.

The access filter is a set of document ids: a backend applies it before ranking (the in-process
one as a row mask, PostgreSQL in the WHERE clause), so a passage the caller may not see is never
scored. Adding a backend means implementing these protocols and an
index.source.GenerationSource, and naming it in index.factory.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np
import numpy.typing as npt

from index.embedder import Vectors

Scores = npt.NDArray[np.float32]
Allowed = frozenset[str] | None
"""Document ids whose passages may be ranked; None allows every passage."""


@dataclass(frozen=True, slots=True)
class Ranked:
    """Passages best first, with their scores (same length)."""

    ids: tuple[str, ...]
    scores: Scores

    def __post_init__(self) -> None:
        if len(self.ids) != len(self.scores):
            raise ValueError(f"{len(self.ids)} passage ids but {len(self.scores)} scores")


def nothing_ranked() -> Ranked:
    return Ranked((), np.zeros(0, dtype=np.float32))


class SignalQuery(Protocol):
    """One query against one signal, restricted to the allowed documents."""

    def top(self, n: int) -> Ranked:
        """The best `n` allowed passages; for BM25, only those scoring above zero."""
        ...

    def of(self, ids: Sequence[str]) -> Scores:
        """The scores of the given passages, in the order given."""
        ...

    def prefetch(self, n: int) -> None:
        """Start ranking the best `n` now, so a later `top(n)` may find it done while the
        caller worked on the other signal; does nothing where ranking is in this process."""
        ...


class LexicalIndex(Protocol):
    """BM25 over a generation's passages ('lucene' variant, as index.bm25 defines it)."""

    def idf(self, term: str) -> float: ...

    def query(self, text: str, allowed: Allowed) -> SignalQuery: ...


class VectorIndex(Protocol):
    """Inner product of a unit query vector with each passage's stored vector."""

    def query(self, vector: Vectors, allowed: Allowed) -> SignalQuery: ...
