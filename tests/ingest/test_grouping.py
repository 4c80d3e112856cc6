"""Grouping lines into blocks, on a real snippet of the shipped corpus."""

from __future__ import annotations

from ingest.grouping import is_lost_bullet_item


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
