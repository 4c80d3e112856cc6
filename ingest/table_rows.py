"""How a table's row is written in a document's lines: "| cell | cell |", as in Markdown.

PDF tables are folded into such lines (ingest/pdf_tables.py); the structure, chunking and
action-log readers recognise a row by its first characters and read its cells back.
"""

from __future__ import annotations

from collections.abc import Sequence

ROW_PREFIX = "| "
"""How a row's line begins."""


def row_line(texts: Sequence[str]) -> str:
    """'a', '', 'c' -> '| a |  | c |'."""
    return ROW_PREFIX + " | ".join(texts) + " |"


def cells(row: str) -> tuple[str, ...]:
    """A row's cells, empty ones included: '| a |  | c |' -> ('a', '', 'c')."""
    inner = row.strip().removeprefix("|").removesuffix("|")
    return tuple(cell.strip() for cell in inner.split(" | "))
