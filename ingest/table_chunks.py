"""Cutting text that holds a table into passages: whole rows, each piece under the table's header.

A table's rows ("| a | b |", ingest/pdf_tables.py, or a Markdown table) are the units a passage
is cut between: a row holds sentences, and a label ending in a full stop ("P3. We will") would
read as a sentence end inside it. A piece that starts inside a table begins with the table's
header row again, so that every passage of a long table says what its columns are ("Lead",
"2024/25 (£m)"): that is what a question about a row asks by.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ingest.table_rows import ROW_PREFIX, cells

ROW_START = ROW_PREFIX.strip()
"""The first word of a row's line."""
HEADER_CELL_WORDS = 6
_FIGURE = re.compile(r"[-+\u2212]?[£$€]?\d[\d.,]*(?:%|m|bn|k)?")


@dataclass(frozen=True, slots=True)
class Piece:
    text: str
    words: int
    """How many of the source text's words the piece covers (a repeated header is not one)."""


@dataclass(frozen=True, slots=True)
class Unit:
    text: str
    row: bool


def row_starts(words: Sequence[str], line_starts: Sequence[int]) -> list[int]:
    """The word offsets where a table row's line starts."""
    return [s for s in line_starts if 0 <= s < len(words) and words[s] == ROW_START]


def units(words: Sequence[str], line_starts: Sequence[int]) -> list[Unit]:
    """The text as rows, one each, and the prose between them, whole."""
    starts = sorted({s for s in line_starts if 0 < s < len(words)})
    rows = set(row_starts(words, line_starts))
    bounds = {0, len(words), *rows}
    for s in rows:
        bounds.add(next((t for t in starts if t > s), len(words)))
    return [Unit(" ".join(words[a:b]), a in rows) for a, b in itertools.pairwise(sorted(bounds))]


def is_header_row(row: str) -> bool:
    """Whether a row names columns: two or more short cells, none a figure or a sentence."""
    filled = [c for c in cells(row) if c]
    return len(filled) >= 2 and all(
        len(c.split()) <= HEADER_CELL_WORDS
        and not c.endswith(".")
        and _FIGURE.fullmatch(c.replace(" ", "")) is None
        for c in filled
    )


def pack(
    found: Sequence[Unit], max_words: int, split: Callable[[str, int], list[str]]
) -> list[Piece]:
    """Units packed into pieces of at most `max_words`, a longer one first split by `split`; a
    piece starting on a row under a header row begins with that header. A header is never a
    piece alone: the row after it may run a header's length over."""
    pieces: list[Piece] = []
    current: list[str] = []
    covered = 0
    held = 0  # words in `current`, a repeated header's included
    header: str | None = None
    for n, unit in enumerate(found):
        if not unit.row:
            header = None
        elif (n == 0 or not found[n - 1].row) and is_header_row(unit.text):
            header = unit.text
        parts = split(unit.text, max_words) if len(unit.text.split()) > max_words else [unit.text]
        for part in parts:
            size = len(part.split())
            if current and held + size > max_words and current != [header]:
                pieces.append(Piece(" ".join(current), covered))
                current, covered, held = [], 0, 0
            if not current and unit.row and header is not None and part != header:
                current.append(header)
                held += len(header.split())
            current.append(part)
            covered += size
            held += size
    if current:
        pieces.append(Piece(" ".join(current), covered))
    return pieces
