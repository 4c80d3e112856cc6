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
    as a whole cell of one word ("Amber", "Open"), when some of its rows do and others do not;
    else None."""
    asked = {t for t in terms if not any(c.isdigit() for c in t)}
    for hit in hits:
        for pieces in _tables(hit, sections):
            rows = [
                Stretch(piece, start, stop)
                for piece in pieces
                for start, stop in body_rows(piece.text)
            ]
            held = [row for row in rows if asked & _values(row)]
            if held and len(held) < len(rows):
                return quoted_stretches(held, hit.document, confidence)
    return None


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


def _values(row: Stretch) -> set[str]:
    """The row's cells that are one word each, as tokens: a status, a yes or a no, a place."""
    one_word = (cell for cell in cells(row.passage.text[row.start : row.end]) if " " not in cell)
    return {token for cell in one_word for token in tokenize(cell)}
