"""Grouping lines into blocks, on a real snippet of the shipped corpus."""

from __future__ import annotations

from ingest.grouping import ItemGroup, group_lines, is_lost_bullet_item
from ingest.lines import Line


def test_lost_bullet_items_are_split_at_finished_lines() -> None:
    assert is_lost_bullet_item(
        "and/or are in our care).",
        "We will support parents and families to build on their understanding of",
    )
    assert not is_lost_bullet_item(
        "Increased proportion of children at a healthy weight (not under or", "especially in SEND)"
    )
    assert not is_lost_bullet_item("the NSR Suicide Prevention Strategy and", "Action Plan")
    assert not is_lost_bullet_item(
        "We will work with partners to deliver the Northshire Healthy Weight strategy and Food",
        "Plan.",
    )


def _line(text: str, page: int, *, page_start: bool = False) -> Line:
    return Line(text, None, page, page_start)


def test_blank_lines_either_side_of_a_page_break_mark_no_lost_bullets() -> None:
    """A removed footer and header leave blank lines around a page break; four of them in a
    row would otherwise read as a column of lost bullet glyphs."""
    groups = group_lines(
        [
            _line("The last paragraph of the page ends here.", 3),
            _line("", 3),
            _line("", 3),
            _line("", 4, page_start=True),
            _line("", 4),
            _line("Foreword", 4),
            _line("", 4),
            _line("This is the first paragraph of the foreword, and it runs on.", 4),
        ]
    )
    assert not any(isinstance(group, ItemGroup) for group in groups)
