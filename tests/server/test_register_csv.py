"""The registers' CSV: a cell a spreadsheet would run as a formula is written so it shows as
text, and everything else exactly as printed."""

from __future__ import annotations

import csv
import io

import pytest

from index.registers.model import Citation, Commitment
from server.register_schemas import rows_csv

CITATION = Citation("p:1", "plan", "Plan", None, None, None, "2030")


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_a_cell_beginning_like_a_formula_is_shown_as_text(start: str) -> None:
    text = f'{start}HYPERLINK("http://evil.example","click")'
    row = Commitment(id="p:1#1", text=text, citation=CITATION, owner=f"{start}1+1")
    (read,) = csv.DictReader(io.StringIO(rows_csv([row], Commitment)))
    assert read["text"] == "'" + text
    assert read["owner"] == f"'{start}1+1"


def test_ordinary_cells_are_written_as_printed() -> None:
    row = Commitment(id="p:1#1", text="We will plant 5,000 trees - by 2035.", citation=CITATION)
    (read,) = csv.DictReader(io.StringIO(rows_csv([row], Commitment)))
    assert read["text"] == "We will plant 5,000 trees - by 2035."
    assert read["trail_summary"] == "no later mention in these documents"
