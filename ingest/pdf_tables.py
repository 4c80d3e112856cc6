"""A PDF page's tables, read from its layout text: each row one line, its cells joined.

Plain extraction reads a table's cells one after another, and a cell that wraps is cut into
lines that read as headings or stray fragments ("Achieved early: 10.6% in 2022" between two
halves of a target). pypdf's layout mode keeps each glyph at its place on the page instead, so a
table shows as lines whose runs of text start at the same columns, with wider gaps between
cells than between words. This module finds such regions and writes each row as one line,
"| cell | cell | cell |", the way a Markdown table is written, so a row reaches one passage whole.

Rows are the blank-line-separated bands of a region: layout mode leaves a blank line where a
table's rows are padded apart. A band whose every line fills the same two or more columns is
read as one row per line (an unpadded table of figures). Prose set in two columns also lines
up; a region of two wide columns is read one column after the other, as plain extraction reads
it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.clean import join_lines
from ingest.line_shapes import BULLET_RE
from ingest.table_rows import row_line

_CELL_GAP = re.compile(r" {3,}")
_LEADER = re.compile(r"\.{4,}|\u2026")
"""A contents line's dot leader: its gap to the page number is no cell gap."""
"""Layout mode spaces words by one or two spaces; three or more set cells apart."""
_ALIGN = 2
"""How many characters apart two runs may start and still share a column."""
MAX_ROW_GAP = 3
"""Blank lines that end a table: rows are padded by one; a page's footer sits further off."""
PROSE_COLUMN_CHARS = 35
"""Two columns whose lines run this long on average are prose set in columns: a table of two
columns has at least one narrow one (labels, names, figures)."""


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of one layout line between cell gaps."""

    start: int
    end: int
    text: str


def runs(line: str) -> list[Run]:
    """The runs of `line`, left to right, each with the character columns it spans."""
    found = []
    position = 0
    for piece in _CELL_GAP.split(line):
        start = line.index(piece, position) if piece else position
        text = piece.strip()
        if text:
            lead = len(piece) - len(piece.lstrip())
            found.append(Run(start + lead, start + lead + len(text), text))
        position = start + len(piece)
    return found


def plain(line: str) -> str:
    """A layout line as plain text: no indent, single spaces."""
    return " ".join(line.split())


def fold_tables(lines: Sequence[str]) -> list[str]:
    """One page's layout lines with each table's rows folded into "| a | b |" lines and every
    other line made plain. Blank lines are kept: they mark paragraph and row breaks."""
    lines = [_label_joined(line) for line in lines]
    out: list[str] = []
    i = 0
    while i < len(lines):
        end, columns = _region(lines, i)
        if columns is None:
            out.append(plain(lines[i]))
            i += 1
            continue
        region = lines[i:end]
        if _prose_columns(region, columns):
            end = i + _prose_end(region, columns)
            out.extend(_read_by_column(_bands(lines[i:end]), columns))
        else:
            out.extend(_rows(region, columns))
        i = end
    return out


_LABEL = re.compile(r"^\s*(?:\(?\d{1,3}(?:\.\d{1,2})*[.)]?|\(?[a-z]{1,4}\)|[a-z]\.)(?= {3,}\S)")
"""A paragraph's number or letter set off by a hanging indent: "3.", "1.2", "(a)", "iv)"."""


def _label_joined(line: str) -> str:
    """A line whose bullet glyph or paragraph number is set off like a cell ("  \u2022   Text",
    "3.     The Board ...") read as one run: a list or numbered paragraphs are no table."""
    match = BULLET_RE.match(line)
    if match is not None and match.group(0).strip():
        return match.group(0).rstrip() + " " + line[match.end() :].lstrip()
    label = _LABEL.match(line)
    if label is not None:
        return label.group(0) + " " + line[label.end() :].lstrip()
    return line


def _region(lines: Sequence[str], i: int) -> tuple[int, list[Run] | None]:
    """Where a table starting at line i ends, and its columns (None: no table starts here): the
    runs of its first line, and of any later line with more cells than that.

    The table ends with the last band (rows between blank lines) holding a line of two or more
    cells: a short line after it under the first column is what follows the table (a heading),
    not a cell wrapped onto a row of its own."""
    first = runs(lines[i])
    if len(first) < 2 or _LEADER.search(lines[i]):
        return i + 1, None
    columns = first
    multi, end, j, blank = 1, i + 1, i + 1, 0
    band_has_cells = True
    while j < len(lines) and blank < MAX_ROW_GAP:
        found = runs(lines[j])
        if not found:
            blank += 1
            band_has_cells = False
            j += 1
            continue
        if _LEADER.search(lines[j]):
            break
        if len(found) >= 2 and _shares_columns(found, columns):
            if len(found) > len(columns):
                # A column the first line left empty. Otherwise a run off the known columns
                # is an indent within its column.
                columns = _merged(columns, found)
            multi += 1
            band_has_cells = True
        elif not (len(found) == 1 and _fits_column(found[0], columns)):
            break
        blank = 0
        j += 1
        if band_has_cells:
            end = j
    return (end, columns) if multi >= 2 else (i + 1, None)


def _overlap(run: Run, column: Run) -> int:
    """How many characters `run` shares with `column`, widened by the alignment slack."""
    return min(run.end, column.end + _ALIGN) - max(run.start, column.start - _ALIGN)


def _column_of(run: Run, columns: Sequence[Run]) -> int:
    """The column a run sits in: the one it lies most under (a right-aligned figure starts
    further in than its heading), else the last to start before it."""
    under = max(range(len(columns)), key=lambda n: _overlap(run, columns[n]))
    if _overlap(run, columns[under]) > 0:
        return under
    starting = [n for n, c in enumerate(columns) if c.start <= run.start + _ALIGN]
    return starting[-1] if starting else 0


def _shares_columns(found: Sequence[Run], columns: Sequence[Run]) -> bool:
    """Whether a line's runs sit in the table's columns: each in a column of its own (starting
    where it starts, or lying under it), at least two of them, and none running across two
    (text with a hanging number, "13.   There are ...", is no row)."""
    if any(sum(_overlap(r, c) > _ALIGN for c in columns) > 1 for r in found):
        return False
    placed = [
        next(
            (
                n
                for n, c in enumerate(columns)
                if abs(r.start - c.start) <= _ALIGN or _overlap(r, c) > 0
            ),
            None,
        )
        for r in found
    ]
    taken = [n for n in placed if n is not None]
    return len(taken) >= 2 and len(set(taken)) == len(taken)


def _fits_column(run: Run, columns: Sequence[Run]) -> bool:
    """Whether a lone run is a wrapped cell: it starts at a column and ends before the next."""
    n = next((k for k, c in enumerate(columns) if abs(run.start - c.start) <= _ALIGN), None)
    if n is None:
        return False
    return n + 1 >= len(columns) or run.end < columns[n + 1].start


def _merged(columns: Sequence[Run], found: Sequence[Run]) -> list[Run]:
    merged = list(columns)
    for run in found:
        if not any(_overlap(run, c) > 0 for c in merged):
            merged.append(run)
    return sorted(merged, key=lambda c: c.start)


def _bands(lines: Sequence[str]) -> list[list[str]]:
    bands: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            bands[-1].append(line)
        elif bands[-1]:
            bands.append([])
    return [b for b in bands if b]


def _prose_columns(region: Sequence[str], columns: Sequence[Run]) -> bool:
    if len(columns) != 2:
        return False
    by_column = _cells(region, columns)
    return all(c and sum(map(len, c)) / len(c) >= PROSE_COLUMN_CHARS for c in by_column)


def _prose_end(region: Sequence[str], columns: Sequence[Run]) -> int:
    """Where prose set in columns ends: after its last line in both columns, and the right
    column's run-on. A short line under the left column after that is what follows the columns
    (a heading), not a wrapped cell."""
    last = max(n for n, line in enumerate(region) if len(runs(line)) >= 2)
    end = last + 1
    while end < len(region):
        found = runs(region[end])
        if found and _column_of(found[0], columns) == 0:
            break
        end += 1
    return end


def _rows(lines: Sequence[str], columns: Sequence[Run]) -> list[str]:
    out: list[str] = []
    for band in _bands(lines):
        if len(band) > 1 and _rows_by_line(band, columns):
            out.extend(_row([line], columns) for line in band)
        else:
            out.append(_row(band, columns))
    return out


def _rows_by_line(band: Sequence[str], columns: Sequence[Run]) -> bool:
    """Whether each line of a band is a row of its own: every line fills the same two or more
    columns. A wrapped row's later lines leave some of its columns empty."""
    filled = [{_column_of(r, columns) for r in runs(line)} for line in band]
    return len(filled[0]) >= 2 and all(f == filled[0] for f in filled)


def _cells(band: Sequence[str], columns: Sequence[Run]) -> list[list[str]]:
    found: list[list[str]] = [[] for _ in columns]
    for line in band:
        for run in runs(line):
            found[_column_of(run, columns)].append(run.text)
    return found


def _row(band: Sequence[str], columns: Sequence[Run]) -> str:
    texts = [join_lines(c) for c in _cells(band, columns)]
    while texts and not texts[-1]:
        texts.pop()
    return row_line(texts)


def _read_by_column(bands: Sequence[Sequence[str]], columns: Sequence[Run]) -> list[str]:
    """The bands' text column by column, a blank line after each band's part of a column."""
    by_band = [_cells(band, columns) for band in bands]
    out: list[str] = []
    for n in range(len(columns)):
        for cells_of_band in by_band:
            if cells_of_band[n]:
                out.extend([*cells_of_band[n], ""])
    return out
