"""Example questions come from the corpus's own headings: topics only, current documents first,
one per document before a second, and never from a document the caller may not see."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.model import DocType, Document
from server.examples import example_questions, topic, topics_of
from tests.server.restricted import restricted_assistant
from tests.server.test_auth import BOARD_KEY, KEYS, bearer, client


def _doc(doc_id: str, date: str, superseded_by: str | None = None) -> Document:
    return Document(
        id=doc_id, title=doc_id, doc_type=DocType.REPORT, source="", sha256="", date=date,
        superseded_by=superseded_by,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("4.2 Healthy ageing", "Healthy ageing"),
        ("189. Winter pressures plan", "Winter pressures plan"),
        ("ROAD SAFETY CAMPAIGN", "Road safety campaign"),
        ("Introduction", None),
        ("1 Background and purpose", None),
        ("Where are we now?", None),
        ("Table 3: 2019/20 12.5% 14.1%", None),
        ("Housing", None),
    ],
)
def test_a_heading_is_a_topic_only_when_it_reads_as_one(heading: str, expected: str | None) -> None:
    assert topic(heading) == expected


def test_a_section_path_gives_each_of_its_topics() -> None:
    assert topics_of("3 Active travel > 3.1 Safer cycling routes > What we will do") == [
        "Active travel",
        "Safer cycling routes",
    ]


def test_newest_current_documents_come_first_one_topic_each_per_round() -> None:
    documents = [_doc("old", "2015", superseded_by="new"), _doc("new", "2024"), _doc("mid", "2020")]
    sections = [
        ("old", "Library opening hours"),
        ("mid", "Park maintenance"),
        ("mid", "Street lighting"),
        ("new", "Bus services"),
        ("new", "Bus services"),
    ]
    questions = [e.question for e in example_questions(documents, sections, limit=3)]
    assert questions == [
        "What do the documents say about Bus services?",
        "What do the documents say about Park maintenance?",
        "What do the documents say about Street lighting?",
    ]


def test_examples_never_come_from_a_document_the_caller_may_not_see(tmp_path: Path) -> None:
    assistant = restricted_assistant(tmp_path / "corpus")
    c = client(assistant, tmp_path / "data", api_keys=KEYS)
    anonymous = c.get("/v1/examples").json()["questions"]
    board = c.get("/v1/examples", headers=bearer(BOARD_KEY)).json()["questions"]
    assert {e["document_id"] for e in anonymous} <= {"open-plan"}
    assert "board-minutes" in {e["document_id"] for e in board}
