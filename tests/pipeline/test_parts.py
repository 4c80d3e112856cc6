"""A question joining two asks is answered from the passage that answers each, on the real
model (the answer models are fitted on its similarities)."""

from __future__ import annotations

from pathlib import Path

from index.embedder import Embedder
from tests import corpora

_DOCUMENTS = [
    {
        "id": "travel-report-2025",
        "file": "travel.txt",
        "title": "Active travel progress report",
        "type": "report",
        "date": "2025-03",
        "period": "2025",
        "publisher": "Test Council",
        "superseded_by": None,
    },
    {
        "id": "steering-terms-2024",
        "file": "terms.txt",
        "title": "Steering group terms of reference",
        "type": "report",
        "date": "2024-06",
        "period": "2024",
        "publisher": "Test Council",
        "superseded_by": None,
    },
]
_FILES = {
    "travel.txt": """Active travel progress report

1 Targets

The Active Lives Steering Group recommended the revised cycling target of 40 new miles of
protected lanes by 2031. Cycling to work fell last year.
""",
    "terms.txt": """Steering group terms of reference

1 Membership

The Active Lives Steering Group is chaired by Dr Nadia Okafor, consultant in public health. It
meets every two months.
""",
}


def test_each_ask_of_a_joined_question_is_answered_and_cited(
    tmp_path: Path, embedder: Embedder
) -> None:
    with corpora.model_assistant(tmp_path, _DOCUMENTS, _FILES, embedder) as assistant:
        answer = assistant.ask(
            "who chairs the Active Lives Steering Group, and what target did it recommend?",
            generate=False,
        ).answer
    assert not answer.refused
    assert "Active Lives Steering Group recommended" in answer.text
    assert "Nadia Okafor" in answer.text
    assert {c.document.id for c in answer.citations} == {
        "travel-report-2025",
        "steering-terms-2024",
    }
    for citation in answer.citations:
        assert citation.quote in citation.passage.text
