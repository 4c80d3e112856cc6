"""Reading the flattened action log, on a real snippet of the shipped corpus."""

from __future__ import annotations

from ingest.action_log import split_officer


def test_officer_and_comments_share_a_line_in_a_flattened_action_log() -> None:
    assert split_officer("Mike Sandys Six monthly updates from the Unified Prevention") == (
        "Mike Sandys",
        "Six monthly updates from the Unified Prevention",
    )
    assert split_officer("East Leics CCG A report will be provided")[0] == "East Leics CCG"
    assert split_officer("Moore/Simon") == ("Moore/Simon", "")
