"""`GET /v1/registers/changes` over HTTP: two made-up editions of a plan, compared."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from index.build import build_index
from pipeline.assistant import Assistant
from pipeline.conversations import ConversationStore
from server.app import create_app
from server.settings import Settings
from tests import corpora
from tests.fakes import FakeEmbedder
from tests.server.live import serve

_DOCUMENTS: list[dict[str, Any]] = [
    {"id": "plan-old", "file": "old.txt", "title": "Parks plan, first edition", "type": "strategy",
     "date": "2020", "superseded_by": "plan-new"},
    {"id": "plan-new", "file": "new.txt", "title": "Parks plan, second edition", "type": "strategy",
     "date": "2030"},
    {"id": "private", "file": "private.txt", "title": "Private plan", "type": "strategy",
     "date": "2030", "groups": ["board"]},
]  # fmt: skip
_OLD = """Parks plan

1 Parks

We will open two new play areas in the town parks for young children.

We will sell the old bowling green to fund the parks.
"""
_NEW = """Parks plan

1 Parks

We will open two new play areas in the town parks for young children and families.

We will clean the river banks every spring with volunteer groups.
"""
_PRIVATE = "Private plan\n\n1 Depots\n\nWe will close the depot at the end of the lane.\n"


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root: Path = tmp_path_factory.mktemp("changes")
    files = {"old.txt": _OLD, "new.txt": _NEW, "private.txt": _PRIVATE}
    corpus = corpora.write_corpus(root / "corpus", _DOCUMENTS, files)
    embedder = FakeEmbedder()
    build_index(corpus, root / "index", embedder)
    conversations = ConversationStore(root / "c.sqlite", ttl_seconds=3600, max_turns=20)
    assistant = Assistant(index_dir=root / "index", embedder=embedder, conversations=conversations)
    settings = Settings(data_dir=root / "data", audit_log="off", rate_limit_per_minute=0)
    with serve(create_app(settings, assistant=assistant)) as url:
        yield url


def test_carried_dropped_and_new_commitments_are_each_quoted(base_url: str) -> None:
    response = httpx.get(
        f"{base_url}/v1/registers/changes", params={"from": "plan-old", "to": "plan-new"}
    )
    body = response.json()
    assert response.status_code == 200 and (body["from"], body["to"]) == ("plan-old", "plan-new")
    [carried] = body["carried"]
    assert "play areas" in carried["old"]["text"] and "families" in carried["new"]["text"]
    assert carried["score"] >= body["threshold"]
    assert [r["text"] for r in body["dropped"]] == [
        "We will sell the old bowling green to fund the parks."
    ]
    assert [r["text"] for r in body["new"]] == [
        "We will clean the river banks every spring with volunteer groups."
    ]


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"from": "plan-old", "to": "no-such-plan"}, "to"),
        ({"from": "private", "to": "plan-new"}, "from"),
        ({"from": "plan-new", "to": "plan-new"}, "to"),
        ({"from": "plan-old"}, "to"),
    ],
)
def test_an_edition_the_caller_cannot_compare_is_422_naming_the_parameter(
    base_url: str, query: dict[str, str], field: str
) -> None:
    response = httpx.get(f"{base_url}/v1/registers/changes", params=query)
    assert response.status_code == 422
    message = response.json()["error"]["message"]
    assert message.startswith((f"{field}:", f"query.{field}:")), message


def test_commitments_sharing_a_passage_are_matched_each_by_its_own_sentences(
    tmp_path: Path,
) -> None:
    documents = [
        {"id": "a", "file": "a.txt", "title": "Plan A", "type": "strategy", "date": "2020"},
        {"id": "b", "file": "b.txt", "title": "Plan B", "type": "strategy", "date": "2030"},
    ]
    files = {
        "a.txt": "Plan A\n\n1 Aims\n\nWe will open play areas in parks. We will sell the depot.\n",
        "b.txt": "Plan B\n\n1 Aims\n\nWe will open play areas in town parks.\n",
    }
    corpus = corpora.write_corpus(tmp_path / "corpus", documents, files)
    embedder = FakeEmbedder()
    build_index(corpus, tmp_path / "index", embedder)
    conversations = ConversationStore(tmp_path / "c.sqlite", ttl_seconds=3600, max_turns=20)
    assistant = Assistant(
        index_dir=tmp_path / "index", embedder=embedder, conversations=conversations
    )
    changes = assistant.edition_changes("a", "b")
    assert [(c.old.text, c.new.text) for c in changes.carried] == [
        ("We will open play areas in parks.", "We will open play areas in town parks.")
    ]
    assert [r.text for r in changes.dropped] == ["We will sell the depot."]
