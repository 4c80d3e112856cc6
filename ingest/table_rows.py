"""How a table's row is written in a document's lines: "| cell | cell |", as in Markdown.

PDF tables are folded into such lines (ingest/pdf_tables.py); the structure, chunking and
action-log readers recognise a row by its first characters and read its cells back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

ROW_PREFIX = "| "
"""How a row's line begins."""


def row_line(texts: Sequence[str]) -> str:
    """'a', '', 'c' -> '| a |  | c |'."""
    return ROW_PREFIX + " | ".join(texts) + " |"


def cells(row: str) -> tuple[str, ...]:
    """A row's cells, empty ones included: '| a |  | c |' -> ('a', '', 'c')."""
    inner = row.strip().removeprefix("|").removesuffix("|")
    return tuple(cell.strip() for cell in inner.split(" | "))


# Where one row ends and the next begins once a passage's lines are joined ("... | Worsening |
# | Older people ... |"): a row closes on " |" and the next opens on "| "; an empty cell inside a
# row is "|  |", with two spaces. A text file's table may rule its header off with "|---|---|".
ROW_BREAK = re.compile(r"(?:(?<= \|)|(?<=-\|)) (?=\| |\|-)")
_RULE = re.compile(r"\|(?:\s*:?-+:?\s*\|)+")


@lru_cache(maxsize=16384)
def header_end(text: str) -> int | None:
    """Where the header row (and the rule under it, if any) of the table `text` opens on ends;
    None when `text` does not open on a table of two rows or more. Table chunks repeat the
    header on each piece (ingest.table_chunks), so a passage holding a table opens on it.
    Remembered: the answer layer asks it of every passage it weighs, for every question."""
    if not text.startswith(ROW_PREFIX):
        return None
    breaks = list(ROW_BREAK.finditer(text))
    if not breaks:
        return None
    if len(breaks) > 1 and _RULE.match(text, breaks[0].end()):
        return breaks[1].start()
    return breaks[0].start()


def body_rows(text: str) -> list[tuple[int, int]]:
    """(start, end) of each row below the header of the table `text` opens on, in order: those
    between row breaks, and the last when the text ends on it (after it, prose may follow, and
    where the row ends is not known)."""
    header = header_end(text)
    if header is None:
        return []
    breaks = [m for m in ROW_BREAK.finditer(text) if m.start() >= header]
    tail = len(text.rstrip())
    ends = [m.start() for m in breaks[1:]] + ([tail] if text[:tail].endswith("|") else [])
    return [(m.end(), end) for m, end in zip(breaks, ends, strict=False)]
