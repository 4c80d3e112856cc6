"""Folding a PDF page's layout text: tables into rows, prose in columns into reading order."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from ingest.loaders import load_lines
from ingest.pdf_tables import fold_tables, runs
from ingest.table_rows import cells

PADDED_TABLE = [
    "Targets for the period",
    "",
    "Old target                         Outcome                        What we learned",
    "",
    "                                                                  Steady investment and",
    "Adult smoking of 12% by           Achieved early: 10.6%           partnership work; the gap",
    "2025 (baseline 14.2%)             in 2022 (survey)                is now between groups.",
    "",
    "Year 6 obesity of 19%             Not achieved: 22.8%             Programmes were too",
    "by 2023                                                           short.",
    "",
    "",
    "",
    "",
    "Northshire Board  |  March 2024                                   Page 5 of 31",
]


def test_a_padded_table_gives_one_row_per_band_with_wrapped_cells_joined() -> None:
    folded = fold_tables(PADDED_TABLE)
    assert folded[0] == "Targets for the period"
    assert "| Old target | Outcome | What we learned |" in folded
    assert (
        "| Adult smoking of 12% by 2025 (baseline 14.2%) | Achieved early: 10.6% in 2022 (survey) "
        "| Steady investment and partnership work; the gap is now between groups. |"
    ) in folded
    assert (
        "| Year 6 obesity of 19% by 2023 | Not achieved: 22.8% | Programmes were too short. |"
        in (folded)
    )


def test_a_footer_set_apart_from_the_table_stays_a_plain_line() -> None:
    assert fold_tables(PADDED_TABLE)[-1] == "Northshire Board | March 2024 Page 5 of 31"


def test_an_unpadded_table_of_figures_gives_one_row_per_line() -> None:
    folded = fold_tables(
        [
            "District             Households     Share",
            "Northtown                  1,204     13.8%",
            "Southvale                    951     11.2%",
        ]
    )
    assert folded == [
        "| District | Households | Share |",
        "| Northtown | 1,204 | 13.8% |",
        "| Southvale | 951 | 11.2% |",
    ]


def test_prose_in_two_columns_reads_down_one_column_then_the_other() -> None:
    left = "the first column of a page of prose runs on down here"
    right = "and the second column starts only after it is done"
    folded = fold_tables(
        [
            f"{left}      {right}",
            f"{left}      {right}",
            "A heading under the columns",
        ]
    )
    assert folded == [left, left, "", right, right, "", "A heading under the columns"]


def test_a_contents_line_with_a_dot_leader_is_no_table() -> None:
    assert fold_tables(
        [
            "Introduction ..............................    3",
            "Our priorities ............................    7",
        ]
    ) == [
        "Introduction .............................. 3",
        "Our priorities ............................ 7",
    ]


def test_words_spaced_for_justification_are_one_run() -> None:
    assert [r.text for r in runs("justified  text  here     next cell")] == [
        "justified  text  here",
        "next cell",
    ]


def test_a_row_line_gives_back_its_cells_empty_ones_included() -> None:
    assert cells("| a |  | c |") == ("a", "", "c")


def _table_pdf() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 6, "What the review found about the old targets.")
    pdf.ln(4)
    with pdf.table(col_widths=(40, 30, 50), padding=2) as table:
        for row in (
            ("Target", "Outcome", "Lesson"),
            ("Adult smoking of 12% by 2025 (baseline 14.2%)", "Achieved early", "Keep going"),
            ("Year 6 obesity of 19% by 2023", "Not achieved", "Too short-lived to work"),
        ):
            table_row = table.row()
            for text in row:
                table_row.cell(text)
    return bytes(pdf.output())


def test_a_pdf_table_row_reaches_the_lines_whole(tmp_path: Path) -> None:
    path = tmp_path / "review.pdf"
    path.write_bytes(_table_pdf())
    texts = [line.text.strip() for line in load_lines(path)]
    assert "| Target | Outcome | Lesson |" in texts
    assert (
        "| Adult smoking of 12% by 2025 (baseline 14.2%) | Achieved early | Keep going |" in texts
    )


def test_a_heading_after_a_table_is_no_wrapped_cell_of_its_last_row() -> None:
    folded = fold_tables(
        [
            "Commitment                Lead              Status",
            "",
            "P5. We will use the       Jo Bloggs,        Green",
            "fund for reablement       Director",
            "",
            "",
            "6. Healthy Places",
            "6.1  Under Priority 4, the strategy commits partners to develop a charter with all",
        ]
    )
    assert folded[:2] == [
        "| Commitment | Lead | Status |",
        "| P5. We will use the fund for reablement | Jo Bloggs, Director | Green |",
    ]
    assert folded[-2:] == [
        "6. Healthy Places",
        "6.1 Under Priority 4, the strategy commits partners to develop a charter with all",
    ]


def test_numbered_paragraphs_with_a_hanging_indent_are_no_table() -> None:
    folded = fold_tables(
        [
            "3.     The framework requires each board to approve its plan before the",
            "       national deadline.",
            "",
            "4.     The plan was approved on 2 August 2024.",
            "(a)    approves the plan retrospectively;",
            "  \u2022   a bullet set off from its text",
        ]
    )
    assert folded == [
        "3. The framework requires each board to approve its plan before the",
        "national deadline.",
        "",
        "4. The plan was approved on 2 August 2024.",
        "(a) approves the plan retrospectively;",
        "\u2022 a bullet set off from its text",
    ]


def test_right_aligned_figures_sit_in_the_columns_their_headings_head() -> None:
    folded = fold_tables(
        [
            "Funding stream                        2023/24 (£m)       2024/25 (£m)",
            "",
            "Minimum contribution                          43.63              46.10",
            "",
            "Disabled Facilities Grant                      5.21               5.21",
        ]
    )
    assert folded == [
        "| Funding stream | 2023/24 (£m) | 2024/25 (£m) |",
        "| Minimum contribution | 43.63 | 46.10 |",
        "| Disabled Facilities Grant | 5.21 | 5.21 |",
    ]
