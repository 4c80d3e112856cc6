"""A question comparing two times is answered from both, on the real index and model."""

from __future__ import annotations

from pathlib import Path

from index.embedder import Embedder
from pipeline.assistant import Assistant
from tests import corpora


def test_a_two_year_comparison_cites_a_document_of_each_year(real_assistant: Assistant) -> None:
    question = (
        "workplace health needs assessments completed: "
        "the 2019 UPB report versus the 2025 staying healthy update?"
    )
    answer = real_assistant.ask(question, generate=False).answer
    assert not answer.refused
    years = {(c.document.date or "")[:4] for c in answer.citations}
    assert {"2019", "2025"} <= years
    for citation in answer.citations:
        assert citation.quote in citation.passage.text
        assert f"[{citation.n}]" in answer.text


def test_where_a_commitment_has_got_to_cites_the_plan_and_a_progress_report(
    real_assistant: Assistant,
) -> None:
    question = "the JHWS promised an air quality and health action plan - where have we got to?"
    answer = real_assistant.ask(question, generate=False).answer
    assert not answer.refused
    kinds = {c.document.doc_type for c in answer.citations}
    assert "progress_report" in kinds and "strategy" in kinds


_DOCUMENTS = [
    {
        "id": "parks-plan-2013",
        "file": "plan.txt",
        "title": "Parks plan 2013-2016",
        "type": "strategy",
        "date": "2013",
        "period": "2013-2016",
        "publisher": "Test Council",
        "superseded_by": None,
    },
    {
        "id": "parks-update-2025",
        "file": "update.txt",
        "title": "Parks progress update",
        "type": "report",
        "date": "2025-05",
        "period": "2025",
        "publisher": "Test Council",
        "superseded_by": None,
    },
]
_FILES = {
    "plan.txt": """Parks plan 2013-2016

1 Who leads

The Green Spaces Board leads on park upkeep and tree planting, and reports to the cabinet.
""",
    "update.txt": """Parks progress update

1 Who leads

The Parks Partnership now leads on park upkeep and tree planting, and meets every quarter.
""",
}


def test_the_later_side_is_answered_when_the_body_asked_about_was_renamed(
    tmp_path: Path, embedder: Embedder
) -> None:
    asked = "the 2013 plan had a Green Spaces Board leading on park upkeep - what leads it now?"
    with corpora.model_assistant(tmp_path, _DOCUMENTS, _FILES, embedder) as assistant:
        answer = assistant.ask(asked, generate=False).answer
    assert not answer.refused
    assert "Green Spaces Board" in answer.text and "Parks Partnership" in answer.text
    assert {c.document.id for c in answer.citations} == {"parks-plan-2013", "parks-update-2025"}
