"""POST /v1/feedback stores the rating with the question, answer, citations and index generation;
GET /v1/documents/{id}/passages gives the page its document view."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from pipeline.assistant import Assistant
from server.app import create_app
from server.feedback import FEEDBACK_FILE, FeedbackStore
from server.settings import Settings
from tests.browser.tiny_corpus import SCRIPT, markup_assistant


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return markup_assistant(tmp_path_factory.mktemp("markup"))


def feedback(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "rating": "down",
        "question": "When is the waiting list published?",
        "answer": "Every quarter. [1]",
        "refused": False,
        "conversation_id": "abc123",
        "citations": [
            {
                "n": 1,
                "passage_id": "allotments-2024:1",
                "document_id": "allotments-2024",
                "quote": "Every quarter.",
            }
        ],
    }
    body.update(changes)
    return body


def test_feedback_is_stored_with_the_serving_generation(
    assistant: Assistant, tmp_path: Path
) -> None:
    client = TestClient(create_app(Settings(data_dir=tmp_path), assistant=assistant))
    response = client.post("/v1/feedback", json=feedback(comment="wrong date"))
    assert response.status_code == 201
    assert response.json()["generation"] == assistant.generation
    [row] = FeedbackStore(tmp_path / FEEDBACK_FILE).rows()
    assert row["rating"] == "down"
    assert row["question"] == "When is the waiting list published?"
    assert row["answer"] == "Every quarter. [1]"
    assert row["citations"] == feedback()["citations"]
    assert row["generation"] == assistant.generation
    assert row["conversation_id"] == "abc123"
    assert row["comment"] == "wrong date"


def test_feedback_while_the_index_loads_is_kept_without_a_generation(tmp_path: Path) -> None:
    client = TestClient(create_app(Settings(data_dir=tmp_path)))
    response = client.post("/v1/feedback", json=feedback(rating="up"))
    assert response.status_code == 201
    assert response.json()["generation"] is None
    assert FeedbackStore(tmp_path / FEEDBACK_FILE).rows()[0]["rating"] == "up"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"rating": "meh"}, "rating"),
        ({"question": "   "}, "question"),
        ({"answer": ""}, "answer"),
        ({"extra": 1}, "extra"),
        ({"citations": [{"n": 0, "passage_id": "p", "document_id": "d"}]}, "citations"),
    ],
)
def test_bad_feedback_is_refused_naming_the_field(
    tmp_path: Path, changes: dict[str, Any], field: str
) -> None:
    client = TestClient(create_app(Settings(data_dir=tmp_path)))
    response = client.post("/v1/feedback", json=feedback(**changes))
    assert response.status_code == 422
    assert field in response.json()["error"]["message"]
    assert not (tmp_path / FEEDBACK_FILE).exists()


def test_document_view_lists_its_passages_in_order(assistant: Assistant, tmp_path: Path) -> None:
    client = TestClient(create_app(Settings(data_dir=tmp_path), assistant=assistant))
    body = client.get("/v1/documents/allotments-2024/passages").json()
    assert body["document"]["id"] == "allotments-2024"
    texts = [p["text"] for p in body["passages"]]
    assert len(texts) == 2
    assert SCRIPT in texts[0]
    assert all(p["document_id"] == "allotments-2024" for p in body["passages"])


def test_document_view_of_an_unknown_document_is_404(assistant: Assistant, tmp_path: Path) -> None:
    client = TestClient(create_app(Settings(data_dir=tmp_path), assistant=assistant))
    response = client.get("/v1/documents/nope/passages")
    assert response.status_code == 404
    assert "nope" in response.json()["error"]["message"]
