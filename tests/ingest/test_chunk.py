"""Chunking: how a run of text longer than a passage is cut."""

from __future__ import annotations

from ingest.chunk import split_long, split_pieces


def _row(n: int) -> str:
    return f"Row {n} measure name {n}% baseline {n + 1}% target"


def test_a_run_without_sentence_ends_is_cut_where_a_line_starts() -> None:
    rows = [_row(n) for n in range(40)]
    starts = [8 * n for n in range(40)]
    pieces = split_long(" ".join(rows), 50, line_starts=starts)
    assert len(pieces) > 1
    assert all(len(piece.split()) <= 50 for piece in pieces)
    # Every piece starts and ends on a whole row.
    assert all(piece.startswith("Row ") and piece.endswith("target") for piece in pieces)
    assert " ".join(pieces) == " ".join(rows)


def test_a_line_longer_than_a_piece_is_cut_between_words() -> None:
    words = " ".join(f"w{n}" for n in range(150))
    pieces = split_long(words, 50, line_starts=[0])
    assert [len(piece.split()) for piece in pieces] == [50, 50, 50]
    assert " ".join(pieces) == words


def test_the_cut_after_sentences_is_still_at_a_line_start() -> None:
    prose = "This table shows each measure."
    rows = [_row(n) for n in range(20)]
    starts = [0, *(5 + 8 * n for n in range(20))]
    pieces = split_long(" ".join([prose, *rows]), 50, line_starts=starts)
    assert pieces[0] == prose
    assert all(piece.startswith("Row ") and piece.endswith("target") for piece in pieces[1:])


def test_a_table_is_cut_between_rows_even_where_a_label_ends_like_a_sentence() -> None:
    """ "P3. We will ..." starts a row; reading "P3." as a sentence end would cut the label off
    the row it heads."""
    rows = [
        f"| P{n}. We will do thing {n} this year. | Jo Bloggs, Director | Green | On track. |"
        for n in range(12)
    ]
    starts = []
    position = 0
    for row in rows:
        starts.append(position)
        position += len(row.split())
    pieces = [p.text for p in split_pieces(" ".join(rows), 50, line_starts=starts)]
    assert len(pieces) > 1
    assert all(piece.startswith("| P") and piece.endswith("On track. |") for piece in pieces)
    assert " ".join(pieces) == " ".join(rows)


def test_each_piece_of_a_long_table_begins_with_its_header_row() -> None:
    header = "| Commitment | Lead | Status |"
    rows = [
        f"| P{n}. We will do thing {n} this year. | Jo Bloggs, Director | Green |"
        for n in range(12)
    ]
    lines = ["The table sets out each commitment.", header, *rows]
    starts, position = [], 0
    for line in lines:
        starts.append(position)
        position += len(line.split())
    pieces = split_pieces(" ".join(lines), 50, line_starts=starts)
    assert len(pieces) > 2
    assert pieces[0].text.startswith("The table sets out")
    assert all(p.text.startswith(header) for p in pieces[1:])
    # The repeated header is not counted as source text covered.
    assert sum(p.words for p in pieces) == position
