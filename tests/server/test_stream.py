"""POST /v1/ask/stream over a real server: events in order, the same answer as /v1/ask, errors."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from answer.generate import Generator
from answer.llm import ChatClient
from server.app import create_app
from server.settings import Settings
from tests.answer.planted import PLAY_FACT, PLAY_QUESTION, index_planted, planted_assistant
from tests.fake_llm import chat_server
from tests.server.live import serve

Events = list[tuple[str, dict[str, Any]]]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_planted(tmp_path_factory.mktemp("stream"))


def _serve(index_dir: Path, root: Path, llm: Generator | None = None) -> Any:
    assistant = planted_assistant(index_dir, root / "c.sqlite", llm=llm)
    return serve(create_app(Settings(data_dir=root / "data"), assistant=assistant))


@pytest.fixture(scope="module")
def extractive_url(index_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with _serve(index_dir, tmp_path_factory.mktemp("extractive")) as url:
        yield url


@pytest.fixture(scope="module")
def llm_url(index_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    def reply(body: dict[str, Any]) -> str:
        question = body["messages"][-1]["content"]
        if "Riverside" in question.rsplit("Question:", 1)[-1]:
            return (
                "The play areas are refurbished by March 2026 [1]."
                " Paid by the capital programme [1][7]."
            )
        return "I cannot say."

    with chat_server(reply) as server:
        llm = Generator(model=ChatClient(url=server.url, timeout_seconds=5))
        with _serve(index_dir, tmp_path_factory.mktemp("llm"), llm) as url:
            yield url


def _stream(base: str, body: dict[str, Any]) -> Events:
    events: Events = []
    with httpx.stream("POST", f"{base}/v1/ask/stream", json=body, timeout=30) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        name = ""
        for line in response.iter_lines():
            if line.startswith("event: "):
                name = line.removeprefix("event: ")
            elif line.startswith("data: "):
                events.append((name, json.loads(line.removeprefix("data: "))))
    return events


def _text(events: Events) -> str:
    return "".join(data["text"] for name, data in events if name == "token")


def test_an_extractive_answer_streams_as_meta_tokens_citations_done(extractive_url: str) -> None:
    events = _stream(extractive_url, {"question": PLAY_QUESTION})
    names = [name for name, _ in events]
    assert names[0] == "meta" and names[-2:] == ["citations", "done"]
    assert set(names[1:-2]) == {"token"}
    meta, done = events[0][1], events[-1][1]
    assert meta["mode"] == "extractive" and meta["conversation_id"] == done["conversation_id"]
    assert _text(events) == done["answer"]
    assert done["answer"].startswith(PLAY_FACT)
    assert events[-2][1]["citations"] == done["citations"]


def test_the_streamed_answer_is_the_answer_of_v1_ask(extractive_url: str) -> None:
    done = _stream(extractive_url, {"question": PLAY_QUESTION})[-1][1]
    plain = httpx.post(f"{extractive_url}/v1/ask", json={"question": PLAY_QUESTION}).json()
    assert done["mode"] == "extractive"
    assert {k: v for k, v in done.items() if k not in ("conversation_id", "mode")} == {
        k: v for k, v in plain.items() if k != "conversation_id"
    }


def test_a_stream_continues_the_conversation_it_is_given(extractive_url: str) -> None:
    first = _stream(extractive_url, {"question": PLAY_QUESTION})[0][1]["conversation_id"]
    body = {"question": "and the street trees?", "conversation_id": first}
    events = _stream(extractive_url, body)
    assert events[0][1]["conversation_id"] == first == events[-1][1]["conversation_id"]


def test_a_refusal_streams_with_its_closest_passages(extractive_url: str) -> None:
    done = _stream(extractive_url, {"question": "What is the budget for libraries?"})[-1][1]
    assert done["refused"] is True and done["citations"]


def test_a_generated_answer_streams_in_pieces_without_invented_citations(llm_url: str) -> None:
    events = _stream(llm_url, {"question": PLAY_QUESTION})
    assert events[0][1]["mode"] == "llm"
    assert len([n for n, _ in events if n == "token"]) > 1
    done = events[-1][1]
    assert (
        _text(events)
        == done["answer"]
        == ("The play areas are refurbished by March 2026 [1]. Paid by the capital programme [1].")
    )
    assert done["mode"] == "llm"
    (citation,) = done["citations"]
    assert citation["n"] == 1 and citation["quote"].startswith(PLAY_FACT)
    assert citation["quote"] in citation["text"]


def test_a_model_reply_that_falls_back_is_reported_as_extractive_from_the_start(
    llm_url: str,
) -> None:
    question = "How many street trees will the council plant each year?"
    events = _stream(llm_url, {"question": question})
    done = events[-1][1]
    assert "cannot say" not in _text(events)
    assert events[0][1]["mode"] == "extractive" and done["mode"] == "extractive"
    assert all(data.get("mode") != "llm" for _, data in events)
    assert _text(events) == done["answer"]
    assert done["answer"].startswith("The council will plant two thousand street trees")


@pytest.mark.parametrize(
    "body", [{"question": "   "}, {"question": "x" * 2001}, {"question": "ok", "colour": "red"}]
)
def test_a_bad_request_is_refused_with_the_error_shape(extractive_url: str, body: Any) -> None:
    response = httpx.post(f"{extractive_url}/v1/ask/stream", json=body)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_request"


def test_a_stream_while_the_index_loads_is_refused_with_503(tmp_path: Path) -> None:
    app = create_app(Settings(data_dir=tmp_path))
    with serve(app) as url:
        response = httpx.post(f"{url}/v1/ask/stream", json={"question": PLAY_QUESTION})
    assert response.status_code == 503
    assert set(response.json()["error"]) == {"code", "message"}
