"""How a table's rows are written in a passage, and where its header ends."""

from __future__ import annotations

from ingest.table_rows import body_rows, header_end


def test_the_header_of_a_table_a_passage_opens_on_ends_before_the_first_row() -> None:
    text = "| Measure | Target | | Visits | 50,000 | | Trees | 120 |"
    assert text[: header_end(text)] == "| Measure | Target |"
    ruled = "| Measure | Target | |---|---| | Visits | 50,000 |"
    assert ruled[: header_end(ruled)] == "| Measure | Target | |---|---|"
    assert header_end("Visits rose. | Measure | Target | | Visits | 50,000 |") is None
    assert header_end("| Measure | Target |") is None


def test_the_body_rows_of_a_table_are_those_below_its_header() -> None:
    text = "| Project | Status | | Parks | Amber | | Trees | Green |"
    assert [text[a:b] for a, b in body_rows(text)] == ["| Parks | Amber |", "| Trees | Green |"]
    ruled = "| Project | Status | |---|---| | Parks | Amber |"
    assert [ruled[a:b] for a, b in body_rows(ruled)] == ["| Parks | Amber |"]
    # After the last row, prose may follow: where that row ends is not known.
    assert body_rows("| Project | Status | | Parks | Amber | Work goes on.") == []
    assert body_rows("Projects: | Project | Status | | Parks | Amber |") == []
