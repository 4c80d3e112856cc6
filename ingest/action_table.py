"""An action log read as a table: rows of cells under a header row naming its columns.

A PDF's tables reach the loader as "| cell | cell |" rows (ingest/pdf_tables.py), each cell
whole. The header row says which cell is which ("No.", "Meeting date", "Action", "Responsible
officer", "Due", "Comments/Update", "Status"), so a row's fields are read by column instead of
guessed from where a flattened row's lines break (ingest/action_log.py does that for text).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.clean import clean_text
from ingest.dates import SLASH_DATE
from ingest.fields import ActionFields
from ingest.lines import Line
from ingest.loaders import SourceLine
from ingest.table_rows import ROW_PREFIX, cells

# Header words, in the order they are tried: "Due date" is the due column, not the meeting's
# date; "Action owner" is the officer, not the action.
_COLUMNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("number", re.compile(r"(?i)^(?:no\.?|ref(?:erence)?\.?|number|item|#)$")),
    ("status", re.compile(r"(?i)\bstatus\b")),
    ("comments", re.compile(r"(?i)\b(?:comments?|updates?|progress)\b")),
    ("officer", re.compile(r"(?i)\b(?:responsib\w*|officer|lead|owner)\b")),
    ("due", re.compile(r"(?i)\b(?:due|deadline|by when|target date)\b")),
    ("minute", re.compile(r"(?i)\bminute\b")),
    ("date", re.compile(r"(?i)\bdate\b")),
    ("action", re.compile(r"(?i)\baction\b")),
)
_NEEDED = frozenset({"number", "action"})
_DATE = re.compile(SLASH_DATE)


@dataclass(frozen=True, slots=True)
class TableRow:
    cells: tuple[str, ...]
    line: Line


def table_rows(source: Sequence[SourceLine]) -> list[TableRow]:
    return [
        TableRow(cells(src.text), Line(src.text.strip(), src.lineno, src.page))
        for src in source
        if src.text.strip().startswith(ROW_PREFIX)
    ]


def header_columns(row: Sequence[str]) -> dict[str, int] | None:
    """Which cell holds which field, when `row` is an action log's header; else None."""
    found: dict[str, int] = {}
    for n, cell in enumerate(row):
        name = next((name for name, pattern in _COLUMNS if pattern.search(cell)), None)
        if name is not None and name not in found:
            found[name] = n
    return found if found.keys() >= _NEEDED and len(found) >= 3 else None


def action_rows(source: Sequence[SourceLine]) -> list[tuple[ActionFields, list[Line]]]:
    """The log's rows as fields, with the lines they came from. A row without a number carries
    on the row before it (a row broken across pages); header rows repeated on each page are
    skipped. Empty when no header row names the columns."""
    rows: list[tuple[dict[str, list[str]], list[Line]]] = []
    columns: dict[str, int] | None = None
    for row in table_rows(source):
        header = header_columns(row.cells)
        if header is not None:
            columns = header
            continue
        if columns is None:
            continue
        values = {name: _cell(row.cells, n) for name, n in columns.items()}
        if values["number"]:
            rows.append(({name: [v] if v else [] for name, v in values.items()}, [row.line]))
        elif rows:
            for name, value in values.items():
                rows[-1][0].setdefault(name, []).extend([value] if value else [])
            rows[-1][1].append(row.line)
    return [(_fields(parts), lines) for parts, lines in rows]


def _cell(row: Sequence[str], n: int) -> str:
    return row[n] if n < len(row) else ""


def _fields(parts: dict[str, list[str]]) -> ActionFields:
    def joined(name: str) -> str:
        return clean_text(" ".join(parts.get(name, [])))

    date = joined("date")
    return ActionFields(
        number=joined("number").replace(" ", ""),
        date=m.group(0) if (m := _DATE.search(date)) else date,
        action=joined("action"),
        responsible_officer=joined("officer"),
        comments=joined("comments"),
        status=joined("status"),
        minute=joined("minute") or None,
        due=joined("due") or None,
    )
