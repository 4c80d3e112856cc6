"""Where the serving generation comes from: a directory of generations, or a database."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from index.generation import LoadedIndex, current_name, load_generation


class GenerationSource(Protocol):
    def current(self) -> str | None:
        """The name of the generation published for serving now, None when there is none."""
        ...

    def load(self, *, model_fingerprint: str | None) -> LoadedIndex:
        """The published generation, verified; an index.errors.IndexProblem says what is wrong."""
        ...

    def check(self) -> None:
        """Raise if generations cannot be served from here now (readiness)."""
        ...

    def close(self) -> None: ...


@dataclass(frozen=True, slots=True)
class DirectorySource:
    """Generations on this machine's disk (index.generation): the in-process backend."""

    index_dir: Path

    def current(self) -> str | None:
        return current_name(self.index_dir)

    def load(self, *, model_fingerprint: str | None) -> LoadedIndex:
        return load_generation(self.index_dir, model_fingerprint=model_fingerprint)

    def check(self) -> None:
        """The loaded generation is in memory: nothing can stop it serving."""

    def close(self) -> None:
        """Nothing is held open."""
