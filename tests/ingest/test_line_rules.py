"""Each line-level cleaning rule (page markers and numbers, running headers, pack stamps,
double spacing) on a real snippet of the shipped corpus."""

from __future__ import annotations

from ingest.line_rules import (
    detect_running_headers,
    is_double_spaced,
    is_orphan_page_number,
    split_page_marker,
    strip_pack_stamp,
    strip_running_header,
)

HEADER = "Delivering good health and prevention services 2022-2027"


def test_page_break_marker_is_a_leading_single_space() -> None:
    assert split_page_marker(" What we will do") == (True, "What we will do")
    assert split_page_marker("What we will do") == (False, "What we will do")
    assert split_page_marker("  indented") == (False, "  indented")


def test_orphan_page_numbers_are_dropped_but_figures_in_text_are_not() -> None:
    assert is_orphan_page_number("14")
    assert is_orphan_page_number(" 2")
    assert not is_orphan_page_number("67.6%")
    assert not is_orphan_page_number("2019")


def test_a_page_number_printed_with_its_word_is_an_orphan_page_number() -> None:
    """An agenda pack stamps its own page number under a report's footer: "Page 26"."""
    assert is_orphan_page_number("Page 26")
    assert is_orphan_page_number("Page 4 of 11")
    assert not is_orphan_page_number("Page 26 shows the trend")


def test_pack_stamp_glued_to_a_line_is_removed() -> None:
    assert strip_pack_stamp("\u2022 Care Coordination \u2013 Good news 44", None) == (
        "\u2022 Care Coordination \u2013 Good news"
    )
    assert strip_pack_stamp("IN NORTHSHIRE 138", None) == "IN NORTHSHIRE"


def test_a_number_that_continues_the_sentence_is_not_a_stamp() -> None:
    line = "increases in the number of people (aged 65+) still at home 91"
    assert strip_pack_stamp(line, "days after discharge into rehabilitation") == line
    assert strip_pack_stamp("Outcome 1", None) == "Outcome 1"
    assert strip_pack_stamp("Priority 4", None) == "Priority 4"


def test_a_figure_set_off_by_a_column_gap_is_a_table_cell_not_a_stamp() -> None:
    row = "District and borough councils                                 30"
    assert strip_pack_stamp(row, "Total                    640") == row


def test_running_headers_are_found_by_repetition_not_by_a_list() -> None:
    lines = ["Where are we now?", "What we will do", HEADER] * 4 + ["Promote"]
    headers = detect_running_headers(lines)
    assert headers == {HEADER.lower()}


def test_running_header_with_page_number_is_one_header() -> None:
    dph = "Annual Report of the Northshire Director of Public Health 2019"
    lines = [f"2  {dph}", f"3  {dph}", f"8  {dph}", f"22  {dph}"]
    headers = detect_running_headers(lines)
    assert headers == {dph.lower()}
    glued = f"Source: Department of Health and Social Care (2016)7  {dph}"
    assert strip_running_header(glued, headers) == (
        "Source: Department of Health and Social Care (2016)"
    )
    assert strip_running_header(f"22  {dph}", headers) == ""


def test_double_spacing_is_detected() -> None:
    lines = []
    for n in range(30):
        lines += [f"our overarching plan to improve the health {n}", ""]
    assert is_double_spaced(lines)
    assert not is_double_spaced([f"line {n}" for n in range(40)])


def test_one_paragraph_per_line_with_blanks_between_is_not_double_spacing() -> None:
    # A web page or markdown copy: each line a whole paragraph, each blank a paragraph break.
    lines = []
    for n in range(30):
        lines += [f"The board noted item {n}.", ""]
    assert not is_double_spaced(lines)


def test_a_footer_with_page_x_of_y_is_one_running_footer_and_is_cut_from_glued_text() -> None:
    footer = "Example Board | A Strategy for Everyone | March 2024 Page {} of 31"
    headers = detect_running_headers([footer.format(n) for n in range(3, 9)])
    assert headers == {"example board | a strategy for everyone | march 2024"}
    glued = "school readiness " + footer.format(9) + " and more"
    assert strip_running_header(glued, headers) == "school readiness and more"
