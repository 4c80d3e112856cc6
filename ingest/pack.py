"""Meeting packs: one file holding minutes, an action log, slide decks and reports."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ingest.chunk import Draft
from ingest.loaders import SourceLine
from ingest.model import Document


@dataclass(frozen=True, slots=True)
class Component:
    document: Document
    lines: list[SourceLine]
    parser: Callable[[Sequence[SourceLine]], list[Draft]] | None = None


def split_pack(source: Sequence[SourceLine], pack: Document) -> list[Component]:
    return []
