"""The passage store's stored form: what a generation holds reads back to the same bytes."""

from __future__ import annotations

import json
from pathlib import Path

from index.generation import GENERATIONS, current_name
from index.store import PASSAGES_FILE, Store
from ingest.fields import (
    ActionFields,
    ApologiesFields,
    CommitmentFields,
    ContactFields,
    DefinitionFields,
    MinuteItemFields,
)
from ingest.model import Passage
from tests.answer import made


def test_every_passage_of_the_shipped_index_round_trips_byte_for_byte(
    real_index_dir: Path,
) -> None:
    name = current_name(real_index_dir)
    assert name is not None
    path = real_index_dir / GENERATIONS / name / PASSAGES_FILE
    lines = path.read_text(encoding="utf-8").splitlines()
    records: set[type] = set()
    for line in lines:
        passage = Passage.from_dict(json.loads(line))
        assert json.dumps(passage.to_dict(), ensure_ascii=False) == line, passage.id
        if passage.fields is not None:
            records.add(type(passage.fields))
    # The shipped documents hold every kind of record, so each one's round trip is checked.
    assert records == {
        ActionFields,
        ApologiesFields,
        CommitmentFields,
        ContactFields,
        DefinitionFields,
        MinuteItemFields,
    }


def test_a_documents_passages_come_in_print_order_and_none_for_an_unknown_document() -> None:
    plan, report = made.document("plan"), made.document("report")
    rows = [
        made.passage("first of the plan", doc_id="plan", lines=(1, 1)),
        made.passage("the report", doc_id="report", lines=(1, 1)),
        made.passage("second of the plan", doc_id="plan", lines=(5, 5)),
    ]
    store = Store({"plan": plan, "report": report}, rows)
    assert [p.text for p in store.passages_of("plan")] == [
        "first of the plan",
        "second of the plan",
    ]
    assert store.passages_of("unknown") == []
