"""How a table's rows are written in a passage, and where its header ends."""

from __future__ import annotations

from ingest.table_rows import header_end


def test_the_header_of_a_table_a_passage_opens_on_ends_before_the_first_row() -> None:
    text = "| Measure | Target | | Visits | 50,000 | | Trees | 120 |"
    assert text[: header_end(text)] == "| Measure | Target |"
    ruled = "| Measure | Target | |---|---| | Visits | 50,000 |"
    assert ruled[: header_end(ruled)] == "| Measure | Target | |---|---|"
    assert header_end("Visits rose. | Measure | Target | | Visits | 50,000 |") is None
    assert header_end("| Measure | Target |") is None
