"""Each cleaning rule on a real snippet of the shipped corpus."""

from __future__ import annotations

from ingest.action_log import split_officer
from ingest.clean import (
    fix_ligature_gaps,
    fix_lost_hyphen,
    fix_spaced_hyphen,
    join_lines,
    strip_footnote_markers,
    strip_markdown,
)
from ingest.grouping import is_lost_bullet_item
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


def test_pack_stamp_glued_to_a_line_is_removed() -> None:
    assert strip_pack_stamp("\u2022 Care Coordination \u2013 Good news 44", None) == (
        "\u2022 Care Coordination \u2013 Good news"
    )
    assert strip_pack_stamp("IN LEICESTERSHIRE 138", None) == "IN LEICESTERSHIRE"


def test_a_number_that_continues_the_sentence_is_not_a_stamp() -> None:
    line = "increases in the number of people (aged 65+) still at home 91"
    assert strip_pack_stamp(line, "days after discharge into rehabilitation") == line
    assert strip_pack_stamp("Outcome 1", None) == "Outcome 1"
    assert strip_pack_stamp("Priority 4", None) == "Priority 4"


def test_running_headers_are_found_by_repetition_not_by_a_list() -> None:
    lines = ["Where are we now?", "What we will do", HEADER] * 4 + ["Promote"]
    headers = detect_running_headers(lines)
    assert headers == {HEADER.lower()}


def test_running_header_with_page_number_is_one_header() -> None:
    dph = "Annual Report of the Leicestershire Director of Public Health 2019"
    lines = [f"2  {dph}", f"3  {dph}", f"8  {dph}", f"22  {dph}"]
    headers = detect_running_headers(lines)
    assert headers == {dph.lower()}
    glued = f"Source: Department of Health and Social Care (2016)7  {dph}"
    assert strip_running_header(glued, headers) == (
        "Source: Department of Health and Social Care (2016)"
    )
    assert strip_running_header(f"22  {dph}", headers) == ""


def test_kept_hyphenation_across_lines_is_joined_without_a_space() -> None:
    assert join_lines(
        ["a) That the feedback on the development of a new place-", "based dashboard"]
    ) == ("a) That the feedback on the development of a new place-based dashboard")


def test_spaced_hyphen_is_closed_but_suspended_hyphen_kept() -> None:
    assert fix_spaced_hyphen("Developing a New Place- Based Health") == (
        "Developing a New Place-Based Health"
    )
    assert fix_spaced_hyphen("health and well- being") == "health and well-being"
    assert fix_spaced_hyphen("pre- and post-natal support") == "pre- and post-natal support"


def test_lost_hyphens_are_restored_where_unambiguous() -> None:
    assert fix_lost_hyphen("recovery from the Covid19 pandemic") == (
        "recovery from the Covid-19 pandemic"
    )
    assert fix_lost_hyphen("supporting selfmanagement of conditions") == (
        "supporting self-management of conditions"
    )
    assert fix_lost_hyphen("not selfish") == "not selfish"


def test_ligature_gaps_are_closed() -> None:
    assert fix_ligature_gaps("There are many benefi ts to leading an active lifestyle") == (
        "There are many benefits to leading an active lifestyle"
    )
    assert fix_ligature_gaps("health profi les or the JSNA") == "health profiles or the JSNA"
    assert fix_ligature_gaps("Improves health & fi tness.") == "Improves health & fitness."
    assert fix_ligature_gaps("staff members") == "staff members"


def test_glued_footnote_markers_are_removed() -> None:
    assert strip_footnote_markers("not simply the absence of illness\u201di (Marks, 2005)") == (
        "not simply the absence of illness\u201d (Marks, 2005)"
    )
    assert strip_footnote_markers("Dahlgren and Whitehead (2006)ii) and") == (
        "Dahlgren and Whitehead (2006)) and"
    )
    assert strip_footnote_markers("are likely to have ACEsviii.") == "are likely to have ACEs."
    assert strip_footnote_markers("outcomes for the childvvi[i].") == "outcomes for the child."


def test_markdown_leftovers_are_removed() -> None:
    assert strip_markdown(" - a. Note the progress being made") == "a. Note the progress being made"
    assert strip_markdown("**Healthy Workplaces Programme**") == "Healthy Workplaces Programme"
    assert strip_markdown("Smoking in pregnancy (#)") == "Smoking in pregnancy"


def test_double_spacing_is_detected() -> None:
    lines = []
    for n in range(30):
        lines += [f"our overarching plan to improve the health {n}", ""]
    assert is_double_spaced(lines)
    assert not is_double_spaced([f"line {n}" for n in range(40)])


def test_lost_bullet_items_are_split_at_finished_lines() -> None:
    assert is_lost_bullet_item(
        "and/or are in our care).",
        "We will support parents and families to build on their understanding of",
    )
    assert not is_lost_bullet_item(
        "Increased proportion of children at a healthy weight (not under or", "especially in SEND)"
    )
    assert not is_lost_bullet_item("the LLR Suicide Prevention Strategy and", "Action Plan")
    assert not is_lost_bullet_item(
        "We will work with partners to deliver the Leicestershire Healthy Weight strategy and Food",
        "Plan.",
    )


def test_officer_and_comments_share_a_line_in_a_flattened_action_log() -> None:
    assert split_officer("Mike Sandys Six monthly updates from the Unified Prevention") == (
        "Mike Sandys",
        "Six monthly updates from the Unified Prevention",
    )
    assert split_officer("East Leics CCG A report will be provided")[0] == "East Leics CCG"
    assert split_officer("Moore/Simon") == ("Moore/Simon", "")
