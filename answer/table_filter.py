"""A list asked of a table by a value in one of its columns: "which projects are rated red?",
"which actions are still open?", "which groups report to the board?". The rows holding that
value as a whole cell answer it, each quoted, wherever the table's pieces fall among its
document's passages (a long table is cut into several, each opening on its header again:
ingest.table_chunks). The table is one retrieved, or one in the section of a retrieved passage
("Of the ten projects, three are rated Amber." above the table listing them)."""

from __future__ import annotations

from collections.abc import Sequence

from answer.model import Answer, Stretch, quoted_stretches
from answer.series import SectionLookup
from index.tokenize import tokenize
from ingest.model import Passage
from ingest.table_rows import body_rows, cells, header_end
from retrieval.search import Hit


def filtered_rows(
    hits: Sequence[Hit], terms: Sequence[str], sections: SectionLookup, confidence: float
) -> Answer | None:
    """The rows of the best-ranked table among `hits` holding one of the question's `terms`
    as a whole one-word cell ("Amber", "Open") of a column whose values repeat (a status, not
    the column naming each row), when some of its rows do and others do not; else None."""
    asked = {t for t in terms if not any(c.isdigit() for c in t)}
    for hit in hits:
        for pieces in _tables(hit, sections):
            rows = [
                Stretch(piece, start, stop)
                for piece in pieces
                for start, stop in body_rows(piece.text)
            ]
            grid = [cells(row.passage.text[row.start : row.end]) for row in rows]
            kinds = _categories(grid)
            held = [
                row
                for row, values in zip(rows, grid, strict=True)
                if any(n in kinds and asked & _value(cell) for n, cell in enumerate(values))
            ]
            if held and len(held) < len(rows):
                return quoted_stretches(held, hit.document, confidence)
    return None


def _categories(grid: Sequence[Sequence[str]]) -> set[int]:
    """The columns whose values repeat down the table: categories such as a status or the body
    reported to, where a column of values all different names its rows."""
    width = max((len(row) for row in grid), default=0)
    found = set()
    for n in range(width):
        column = [row[n] for row in grid if n < len(row)]
        if len(set(column)) < len(column):
            found.add(n)
    return found


def _tables(hit: Hit, sections: SectionLookup) -> list[list[Passage]]:
    """The tables the hit opens, or else those of its section, each as its pieces: the
    passages of the document that open on the same header, in order."""
    passages = sections(hit.document.id)
    own = header_end(hit.passage.text)
    if own is not None:
        heads = [hit.passage.text[:own]]
    else:
        section = [p for p in passages if p.section == hit.passage.section]
        heads = list(dict.fromkeys(p.text[:end] for p in section if (end := header_end(p.text))))
    return [[p for p in passages if p.text.startswith(head)] for head in heads]


def _value(cell: str) -> set[str]:
    """A cell of one word, as its token: a status, a yes or a no, a place; else nothing."""
    return set(tokenize(cell)) if " " not in cell else set()
