"""Per-kind passage fields: typed in memory, the same flat dict of strings when stored."""

from __future__ import annotations

import pytest

from ingest.fields import (
    ActionFields,
    ApologiesFields,
    CommitmentFields,
    ContactFields,
    MinuteItemFields,
    fields_from_dict,
    fields_to_dict,
)
from ingest.model import Passage, PassageKind

ROW = {
    "number": "12",
    "date": "01/02/31",
    "action": "Circulate the plan.",
    "responsible_officer": "Alex Example",
    "comments": "Done.",
    "status": "GREEN",
    "minute": "7",
    "due": "",
}


def test_an_action_row_reads_into_its_cells_and_writes_back_in_the_same_order() -> None:
    fields = fields_from_dict("log:1", "action", ROW)
    assert isinstance(fields, ActionFields)
    assert (fields.responsible_officer, fields.minute, fields.due) == ("Alex Example", "7", "")
    assert list(fields_to_dict(fields).items()) == list(ROW.items())


def test_an_optional_field_left_out_stays_out() -> None:
    stored = {"names": "Sam Lee; Ann Other", "roles": "Director"}
    fields = fields_from_dict("r:1", "contact", stored)
    assert fields == ContactFields(names="Sam Lee; Ann Other", roles="Director")
    assert fields_to_dict(fields) == stored
    assert fields_to_dict(CommitmentFields(section="")) == {"section": ""}


def test_no_fields_is_none_and_none_is_an_empty_dict() -> None:
    assert fields_from_dict("p:1", "paragraph", {}) is None
    assert fields_from_dict("l:1", "action", {}) is None
    assert fields_to_dict(None) == {}


def test_the_kinds_that_share_a_record_read_the_same_one() -> None:
    item = {"minute_number": "41", "title": "Parks Plan"}
    assert fields_from_dict("m:1", "resolution", item) == MinuteItemFields("41", "Parks Plan")
    assert fields_from_dict("m:2", "minute_item", item) == MinuteItemFields("41", "Parks Plan")
    assert fields_from_dict("m:3", "list", {"names": "Sam Lee"}) == ApologiesFields("Sam Lee")


def test_an_unknown_key_names_the_passage_kind_key_and_what_is_allowed() -> None:
    with pytest.raises(ValueError, match=r"'log:1' of kind 'action': unknown field 'owner'") as e:
        fields_from_dict("log:1", "action", {**ROW, "owner": "Sam Lee"})
    assert "allowed: number, date, action, responsible_officer" in str(e.value)


def test_a_missing_required_key_is_named() -> None:
    row = {k: v for k, v in ROW.items() if k != "status"}
    with pytest.raises(ValueError, match=r"missing field 'status'; required: number, date"):
        fields_from_dict("log:1", "action", row)


def test_fields_on_a_kind_that_has_none_are_refused() -> None:
    with pytest.raises(ValueError, match=r"'p:1' of kind 'paragraph' has fields \['names'\]"):
        fields_from_dict("p:1", "paragraph", {"names": "Sam Lee"})


def test_a_value_that_is_not_a_string_is_refused() -> None:
    with pytest.raises(ValueError, match=r"field 'number' must be a string, got int"):
        fields_from_dict("log:1", "action", {**ROW, "number": 12})


def test_a_passage_refuses_fields_of_another_kind() -> None:
    with pytest.raises(ValueError, match=r"kind 'contact' takes ContactFields, got ApologiesFie"):
        Passage("r:1", "r", "Sam Lee", kind=PassageKind.CONTACT, fields=ApologiesFields("Sam Lee"))
    with pytest.raises(ValueError, match=r"kind 'heading' takes no fields"):
        Passage("r:2", "r", "Plan", kind=PassageKind.HEADING, fields=ApologiesFields("Sam Lee"))


def test_a_passage_round_trips_through_its_stored_dict() -> None:
    passage = Passage(
        "log:1", "log", "Action 12", "Action log", 3, (4, 6), PassageKind.ACTION,
        fields_from_dict("log:1", "action", ROW), "Board action log > Action log",
    )  # fmt: skip
    stored = passage.to_dict()
    assert stored["fields"] == ROW
    assert Passage.from_dict(stored) == passage
