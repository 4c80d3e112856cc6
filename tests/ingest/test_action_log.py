"""Reading the flattened action log, on a real snippet of the shipped corpus."""

from __future__ import annotations

from ingest.action_log import parse_action_log, split_officer
from ingest.fields import ActionFields
from ingest.loaders import SourceLine


def test_officer_and_comments_share_a_line_in_a_flattened_action_log() -> None:
    assert split_officer("Mike Sandys Six monthly updates from the Unified Prevention") == (
        "Mike Sandys",
        "Six monthly updates from the Unified Prevention",
    )
    assert split_officer("East Leics CCG A report will be provided")[0] == "East Leics CCG"
    assert split_officer("Moore/Simon") == ("Moore/Simon", "")


def _lines(*texts: str, page: int = 1) -> list[SourceLine]:
    return [SourceLine(text, None, page) for text in texts]


def test_a_log_numbered_by_reference_with_a_minute_column_and_worded_statuses_gives_rows() -> None:
    """A log whose rows read "REF/24/03 date minute", whose officer cell carries a due date,
    and whose statuses are words ("Open"), gives one action row each, with its fields."""
    source = [
        *_lines(
            "Board Action Log (as at 10 March 2025) Board meeting, 20 March 2025 - Agenda Item 8",
            "No. Meeting date Minute Action Responsible officer Due Comments/Update Status",
            "REF/24/01 23/05/2024 8",
            "Each sub-group of the Board to submit",
            "its work programme to the Board.",
            "Ann Other Jul 2024",
            "Work programmes received and noted on 18 July 2024.",
            "Ongoing",
            "Democratic Services Page 1 of 2 Page 97",
        ),
        *_lines(
            "Board Action Log (as at 10 March 2025) Board meeting, 20 March 2025 - Agenda Item 8",
            "REF/24/02 19/09/2024 27 Circulate the dashboard to all members. Sam Lee Nov 2024",
            "Dashboard circulated to all members on 22 November 2024.",
            "Closed",
            "REF/24/03 19/09/2024 28",
            "Present the first progress report to the",
            "March 2025 meeting.",
            "Ann Other Mar 2025 Report at item 4 of this meeting. Open",
            "Democratic Services Page 2 of 2 Page 98",
            page=2,
        ),
    ]
    drafts = parse_action_log(source)
    rows = [draft.fields for draft in drafts if isinstance(draft.fields, ActionFields)]
    assert len(rows) == len(drafts)
    assert [row.number for row in rows] == ["REF/24/01", "REF/24/02", "REF/24/03"]
    assert [row.minute for row in rows] == ["8", "27", "28"]
    assert [row.responsible_officer for row in rows] == ["Ann Other", "Sam Lee", "Ann Other"]
    assert [row.due for row in rows] == ["Jul 2024", "Nov 2024", "Mar 2025"]
    assert [row.status for row in rows] == ["Ongoing", "Closed", "Open"]
    assert rows[0].action == (
        "Each sub-group of the Board to submit its work programme to the Board."
    )
    assert rows[1].action == "Circulate the dashboard to all members."
    # The title block and footer at each page's edge belong to no row.
    assert all("Action Log" not in row.comments for row in rows)
    assert rows[0].comments == "Work programmes received and noted on 18 July 2024."
