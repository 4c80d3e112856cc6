"""Decision rows from small made-up minutes and action-log passages."""

from __future__ import annotations

from index.registers.decisions import decision_rows, iso_date, resolved_points
from ingest.fields import ActionFields, MinuteItemFields
from ingest.model import DocType, Document, Passage, PassageKind

MINUTES = Document(
    "mins", "Minutes of the board of 3 March 2031", DocType.MINUTES, "m.txt", "0" * 64,
    date="2031-03-03",
)  # fmt: skip
LOG = Document("log", "Board action log", DocType.ACTION_LOG, "l.txt", "1" * 64, date="2031-06-01")
DOCUMENTS = {d.id: d for d in (MINUTES, LOG)}
ITEM = MinuteItemFields(minute_number="41", title="Parks Plan")


def _resolution(text: str, pid: str = "mins:1") -> Passage:
    return Passage(
        pid, "mins", text, "41. Parks Plan", None, (10, 12), PassageKind.RESOLUTION, ITEM
    )


def test_a_single_resolution_is_one_row_with_meeting_date_item_number_and_title() -> None:
    passage = _resolution("RESOLVED: That the Parks Plan be approved.")
    [row] = decision_rows([passage], DOCUMENTS)
    assert row.text == "That the Parks Plan be approved."
    assert (row.kind, row.meeting, row.meeting_date) == ("resolution", MINUTES.title, "2031-03-03")
    assert (row.item_number, row.item_title) == ("41", "Parks Plan")
    assert row.citation.lines == (10, 12)


def test_lettered_points_are_one_row_each_and_a_roman_list_inside_a_point_does_not_split() -> None:
    text = (
        "RESOLVED: a) That the report be noted; b) That it be noted: i) that the group meets; "
        "ii) that it reports; c) That the chair writes to the minister."
    )
    points = resolved_points(text)
    assert points == [
        "a) That the report be noted;",
        "b) That it be noted: i) that the group meets; ii) that it reports;",
        "c) That the chair writes to the minister.",
    ]
    assert all(p in text for p in points)


def test_a_resolution_continued_in_the_next_passage_keeps_its_item() -> None:
    passage = _resolution("That a report come back in June. d) That the plan be shared.", "mins:2")
    rows = decision_rows([passage], DOCUMENTS)
    assert [r.text for r in rows] == [
        "That a report come back in June.",
        "d) That the plan be shared.",
    ]
    assert {r.item_number for r in rows} == {"41"}
    assert len({r.id for r in rows}) == 2


def test_an_action_row_gives_the_officer_status_and_the_meeting_date_from_the_log() -> None:
    fields = ActionFields(
        number="77(b)",
        date="14/02/31",
        action="That a survey be run.",
        responsible_officer="Alex Example",
        comments="Under way.",
        status="AMBER",
    )
    text = "Action 77(b) (14/02/31): That a survey be run. Responsible officer: Alex Example."
    passage = Passage("log:1", "log", text, "Action log", None, (5, 9), PassageKind.ACTION, fields)
    [row] = decision_rows([passage], DOCUMENTS)
    assert row.text == "That a survey be run." and row.text in passage.text
    assert (row.kind, row.item_number, row.meeting_date) == ("action", "77(b)", "2031-02-14")
    assert (row.responsible_officer, row.status, row.comments) == (
        "Alex Example",
        "AMBER",
        "Under way.",
    )


def test_other_passages_are_no_decision() -> None:
    passage = Passage("mins:3", "mins", "The board discussed the parks.", "41. Parks Plan",
                      kind=PassageKind.MINUTE_ITEM, fields=ITEM)  # fmt: skip
    assert decision_rows([passage], DOCUMENTS) == []


def test_an_action_date_is_read_day_first_and_nonsense_is_none() -> None:
    assert iso_date("3/9/2030") == "2030-09-03"
    assert iso_date("31/13/30") is None
    assert iso_date("soon") is None


def test_a_decision_the_narrative_records_as_the_meetings_is_an_agreement_row() -> None:
    text = (
        "The Board considered a report on play areas. Members agreed that the report be shared "
        "with the parish councils. The Chair agreed. Ms Kay agreed to circulate the map. The "
        "Board had agreed in May that the plan would be refreshed. It was decided to meet again "
        "in June."
    )
    passage = Passage(
        "mins:2", "mins", text, "41. Parks Plan", None, (4, 8), PassageKind.MINUTE_ITEM, ITEM
    )
    rows = decision_rows([passage], DOCUMENTS)
    assert [(r.kind, r.text) for r in rows] == [
        ("agreement", "Members agreed that the report be shared with the parish councils."),
        ("agreement", "It was decided to meet again in June."),
    ]
    assert (rows[0].item_number, rows[0].meeting_date) == ("41", "2031-03-03")
    assert all(r.text in text for r in rows) and len({r.id for r in rows}) == 2


def test_an_agreement_outside_minutes_is_no_decision_row() -> None:
    passage = Passage(
        "log:9", "log", "Members agreed that the log be kept monthly.", None,
        kind=PassageKind.MINUTE_ITEM,
    )  # fmt: skip
    assert decision_rows([passage], DOCUMENTS) == []


PORTAL = Document(
    "item", "Agenda item 41 - Parks Plan", DocType.DOCUMENT, "i.html", "2" * 64, date="2031-03-03"
)


def test_a_decision_a_portal_page_repeats_or_shortens_is_one_row_from_the_minutes() -> None:
    minutes = _resolution(
        "RESOLVED: a) That the Parks Plan 2031–2036 be approved, subject to the comments made; "
        "b) That the report be noted."
    )
    page = Passage(
        "item:1", "item", "RESOLVED: a) That the Parks Plan 2031-2036 be approved; "
        "b) That a tree survey be commissioned.", "41. Parks Plan > Decision", None, None,
        PassageKind.RESOLUTION, None,
    )  # fmt: skip
    later_item = _resolution("RESOLVED: a) That the report be noted.", "mins:9")
    rows = decision_rows([page, minutes, later_item], {**DOCUMENTS, "item": PORTAL})
    assert [(r.citation.document_id, r.text) for r in rows] == [
        ("item", "b) That a tree survey be commissioned."),
        ("mins", "a) That the Parks Plan 2031–2036 be approved, subject to the comments made;"),
        ("mins", "b) That the report be noted."),
        # Two points of one paper are two decisions, however alike.
        ("mins", "a) That the report be noted."),
    ]
