"""The HTTP contract of DESIGN.md, against a real server over the real index and model."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from pipeline.assistant import Assistant
from server.app import create_app
from server.settings import Settings
from tests.server.live import serve


@pytest.fixture(scope="module")
def base_url(real_assistant: Assistant) -> Iterator[str]:
    app = create_app(Settings(), assistant=real_assistant)
    with serve(app) as url:
        yield url


def _error_shape(response: httpx.Response) -> dict[str, str]:
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message"}
    assert body["error"]["message"]
    error: dict[str, str] = body["error"]
    return error


def test_readyz_reports_the_serving_generation(base_url: str) -> None:
    response = httpx.get(f"{base_url}/readyz")
    assert response.status_code == 200
    assert response.json()["status"] == "ready"
    assert response.json()["generation"]


def test_ask_answers_with_a_verbatim_quote_from_each_cited_passage(base_url: str) -> None:
    response = httpx.post(
        f"{base_url}/v1/ask", json={"question": "who owns the falls commitment?"}, timeout=30
    )
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"answer", "refused", "confidence", "conversation_id", "citations"}
    assert body["answer"]
    assert body["citations"], "an answer must cite at least one passage"
    for citation in body["citations"]:
        assert citation["quote"] in citation["text"]
        assert f"[{citation['n']}]" in body["answer"] or body["refused"]
        for key in ("passage_id", "document_id", "title", "date", "section", "page", "quote"):
            assert key in citation


def test_ask_keeps_the_conversation_id_it_was_given(base_url: str) -> None:
    first = httpx.post(
        f"{base_url}/v1/ask", json={"question": "when was the JHWS approved?"}, timeout=30
    ).json()
    second = httpx.post(
        f"{base_url}/v1/ask",
        json={"question": "and who chairs the board?", "conversation_id": first["conversation_id"]},
        timeout=30,
    ).json()
    assert second["conversation_id"] == first["conversation_id"]


def _ask(base_url: str, question: str, conversation_id: str | None = None) -> dict[str, object]:
    body: dict[str, str] = {"question": question}
    if conversation_id:
        body["conversation_id"] = conversation_id
    response = httpx.post(f"{base_url}/v1/ask", json=body, timeout=30)
    assert response.status_code == 200
    answer: dict[str, object] = response.json()
    return answer


@pytest.mark.parametrize(
    ("opening", "follow_up", "expected"),
    [
        (
            "which officer is the contact for the ACEs report?",
            "could you give me her phone number?",
            "0116 3053196",
        ),
        (
            "how much funding did the Home Office give the VRN?",
            "and how long will that funding last?",
            "31 March 2020",
        ),
    ],
)
def test_a_follow_up_is_answered_from_the_conversations_topic(
    base_url: str, opening: str, follow_up: str, expected: str
) -> None:
    first = _ask(base_url, opening)
    second = _ask(base_url, follow_up, str(first["conversation_id"]))
    assert not second["refused"]
    assert expected in str(second["answer"])
    # Asked cold, the follow-up has no topic to lean on.
    assert expected not in str(_ask(base_url, follow_up)["answer"])


def test_search_returns_ranked_passages_with_per_signal_scores(base_url: str) -> None:
    response = httpx.post(
        f"{base_url}/v1/search", json={"query": "Better Care Fund plan", "k": 5}, timeout=30
    )
    assert response.status_code == 200
    results = response.json()["results"]
    assert len(results) == 5
    scores = [r["score"] for r in results]
    assert scores == sorted(scores, reverse=True)
    for result in results:
        assert {"bm25", "dense", "fused"} <= set(result["scores"])
        assert result["passage_id"] and result["document_id"] and result["text"]


def test_search_filters_by_document_type(base_url: str) -> None:
    response = httpx.post(
        f"{base_url}/v1/search",
        json={"query": "resolved", "k": 10, "filters": {"doc_types": ["minutes"]}},
        timeout=30,
    )
    assert response.status_code == 200
    docs = {r["document_id"] for r in response.json()["results"]}
    assert docs and all(d.endswith("--minutes") for d in docs)


def test_documents_and_passages_can_be_fetched_by_id(base_url: str) -> None:
    documents = httpx.get(f"{base_url}/v1/documents").json()["documents"]
    assert {"jhws-2022", "jhws-2013", "hwb-pack-2019-11"} <= {d["id"] for d in documents}
    one = httpx.get(f"{base_url}/v1/documents/jhws-2013").json()
    assert one["superseded_by"] == "jhws-2022"
    hit = httpx.post(f"{base_url}/v1/search", json={"query": "falls", "k": 1}).json()["results"][0]
    passage = httpx.get(f"{base_url}/v1/passages/{hit['passage_id']}").json()
    assert passage["text"] == hit["text"]


@pytest.mark.parametrize(
    ("path", "status"),
    [("/v1/documents/no-such-doc", 404), ("/v1/passages/no-such-passage", 404)],
)
def test_unknown_ids_are_404_with_the_error_shape(base_url: str, path: str, status: int) -> None:
    response = httpx.get(base_url + path)
    assert response.status_code == status
    assert _error_shape(response)["code"] == "not_found"


@pytest.mark.parametrize(
    "body",
    [
        {"question": ""},
        {"question": "   \n\t "},
        {"question": 42},
        {"question": ["who"]},
        {"question": "who?", "surprise": True},
        {"question": "x" * 2001},
        {},
        {"question": "who?", "filters": {"doc_types": ["novel"]}},
        {"question": "who?", "filters": {"date_from": "last year"}},
    ],
    ids=[
        "empty",
        "whitespace",
        "number",
        "list",
        "unknown-field",
        "too-long",
        "missing",
        "bad-doc-type",
        "bad-date",
    ],
)
def test_bad_ask_bodies_get_422_with_the_error_shape(base_url: str, body: object) -> None:
    response = httpx.post(f"{base_url}/v1/ask", json=body, timeout=30)
    assert response.status_code == 422
    error = _error_shape(response)
    assert error["code"] == "invalid_request"


@pytest.mark.parametrize("k", [0, 51, "ten"])
def test_search_k_outside_1_to_50_is_refused(base_url: str, k: object) -> None:
    response = httpx.post(f"{base_url}/v1/search", json={"query": "falls", "k": k})
    assert response.status_code == 422
    _error_shape(response)


def test_malformed_json_is_a_4xx_with_the_error_shape(base_url: str) -> None:
    response = httpx.post(
        f"{base_url}/v1/ask", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert 400 <= response.status_code < 500
    _error_shape(response)


def test_an_oversized_body_is_413(base_url: str) -> None:
    response = httpx.post(
        f"{base_url}/v1/ask",
        content=b"{" + b" " * 70_000 + b"}",
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 413
    assert _error_shape(response)["code"] == "payload_too_large"


def test_question_of_exactly_2000_characters_is_accepted(base_url: str) -> None:
    response = httpx.post(
        f"{base_url}/v1/ask", json={"question": "falls " * 333 + "ab"}, timeout=60
    )
    assert response.status_code == 200
