"""Reading an action log that comes as a table: fields by the header's column names."""

from __future__ import annotations

from ingest.action_log import parse_action_log
from ingest.action_table import header_columns
from ingest.fields import ActionFields
from ingest.loaders import SourceLine

COLUMNS = (
    "No.",
    "Meeting date",
    "Minute",
    "Action",
    "Responsible officer",
    "Due",
    "Comments",
    "Status",
)


def _row(*texts: str) -> str:
    """A row as ingest/pdf_tables.py writes it."""
    return "| " + " | ".join(texts) + " |"


HEADER = _row(*COLUMNS)


def _lines(*texts: str, page: int = 1) -> list[SourceLine]:
    return [SourceLine(text, None, page) for text in texts]


def test_the_header_row_names_each_field_by_its_column() -> None:
    columns = header_columns(COLUMNS)
    assert columns == {
        "number": 0,
        "date": 1,
        "minute": 2,
        "action": 3,
        "officer": 4,
        "due": 5,
        "comments": 6,
        "status": 7,
    }


def test_a_table_that_names_no_action_column_is_no_action_log() -> None:
    assert header_columns(("District", "Households", "Share")) is None


def test_rows_are_read_by_column_and_a_row_broken_across_pages_is_joined() -> None:
    source = [
        *_lines(
            "Board Action Log (as at 10 March 2025)",
            HEADER,
            _row(
                "REF/24/01",
                "23/05/2024",
                "8",
                "Each sub-group to submit its work programme.",
                "Ann Other",
                "Jul 2024",
                "Work programmes received.",
                "Ongoing",
            ),
            _row(
                "REF/24/02",
                "19/09/2024",
                "Dev. session",
                "Circulate the dashboard.",
                "Sam Lee",
                "Nov 2024",
                "Dashboard circulated on 22 November;",
            ),
        ),
        *_lines(
            "Board Action Log (as at 10 March 2025)",
            HEADER,
            _row("", "", "", "", "", "", "monthly updates now sent.", "Closed"),
            page=2,
        ),
    ]
    drafts = parse_action_log(source)
    assert [d.fields for d in drafts] == [
        ActionFields(
            number="REF/24/01",
            date="23/05/2024",
            action="Each sub-group to submit its work programme.",
            responsible_officer="Ann Other",
            comments="Work programmes received.",
            status="Ongoing",
            minute="8",
            due="Jul 2024",
        ),
        ActionFields(
            number="REF/24/02",
            date="19/09/2024",
            action="Circulate the dashboard.",
            responsible_officer="Sam Lee",
            comments="Dashboard circulated on 22 November; monthly updates now sent.",
            status="Closed",
            minute="Dev. session",
            due="Nov 2024",
        ),
    ]
    assert drafts[1].text == (
        "Action REF/24/02 (19/09/2024): Circulate the dashboard. Responsible officer: Sam Lee."
        " Due: Nov 2024. Comments: Dashboard circulated on 22 November; monthly updates now sent."
        " Status: Closed."
    )
    assert {line.page for line in drafts[1].lines} == {1, 2}
