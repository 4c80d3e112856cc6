"""A document restricted to a group stays hidden in every field: a public document it supersedes
does not name it, in listings, lookups, search results or answers (fake model, real index)."""

from __future__ import annotations

from typing import Any

import pytest

from index.build import build_index
from pipeline.assistant import Assistant
from pipeline.conversations import ConversationStore
from pipeline.visibility import PUBLIC, Access, abbreviations_for
from tests import corpora
from tests.fakes import FakeEmbedder

BOARD = Access(groups=frozenset({"board"}))
_DOCUMENTS: list[dict[str, Any]] = [
    {"id": "plan-2019", "file": "old.txt", "title": "Depot plan 2019", "type": "strategy",
     "date": "2019", "superseded_by": "plan-2025"},
    {"id": "plan-2025", "file": "new.txt", "title": "Confidential depot plan 2025",
     "type": "strategy", "date": "2025", "groups": ["board"]},
]  # fmt: skip
_FILES = {
    "old.txt": "Depot plan 2019\n\n1 Depots\n\nWe will keep every depot open until 2022.\n",
    "new.txt": "Confidential depot plan 2025\n\n1 Depots\n\nWe will close two depots by 2026.\n",
}


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return corpora.fake_assistant(tmp_path_factory.mktemp("superseded"), _DOCUMENTS, _FILES)


def test_a_hidden_successor_is_not_named_in_the_listing_or_the_lookup(
    assistant: Assistant,
) -> None:
    listed = {d.id: d for d in assistant.documents(access=PUBLIC)}
    assert set(listed) == {"plan-2019"}
    assert listed["plan-2019"].superseded_by is None
    found = assistant.document("plan-2019", access=PUBLIC)
    assert found is not None
    assert found.superseded_by is None


def test_a_hidden_successor_is_not_named_in_search_results_passages_or_answers(
    assistant: Assistant,
) -> None:
    hits = assistant.search("depot plan", access=PUBLIC)
    assert hits
    assert all(h.document.superseded_by is None for h in hits)
    passage = assistant.passage(hits[0].passage.id, access=PUBLIC)
    assert passage is not None
    assert passage[1].superseded_by is None
    answer = assistant.ask("when will every depot stay open until?", access=PUBLIC).answer
    assert "plan-2025" not in answer.text
    assert "Confidential" not in answer.text
    assert all(c.document.superseded_by is None for c in answer.citations)


def test_a_caller_who_may_see_the_successor_is_told_of_it(assistant: Assistant) -> None:
    listed = {d.id: d for d in assistant.documents(access=BOARD)}
    assert listed["plan-2019"].superseded_by == "plan-2025"
    hits = assistant.search("keep every depot open until 2022", access=BOARD)
    old = [h for h in hits if h.document.id == "plan-2019"]
    assert old
    assert old[0].document.superseded_by == "plan-2025"


_GLOSSARY_DOCUMENTS: list[dict[str, Any]] = [
    {"id": "depots", "file": "depots.txt", "title": "Depot plan", "type": "strategy",
     "date": "2024"},
    {"id": "quarry", "file": "quarry.txt", "title": "Confidential quarry minutes",
     "type": "minutes", "date": "2025", "groups": ["board"]},
]  # fmt: skip
_GLOSSARY_FILES = {
    "depots.txt": "Depot plan\n\n1 Depots\n\nThe Quarry Depot Board meets monthly to review"
    " every depot plan in the county.\n",
    "quarry.txt": "Confidential quarry minutes\n\n1 Closure\n\nThe Quarry Depot Board (QDB)"
    " resolved to close the north depot. The QDB will meet again in May.\n",
}


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    root = tmp_path_factory.mktemp("glossary")
    embedder = FakeEmbedder()
    corpus = corpora.write_corpus(root / "corpus", _GLOSSARY_DOCUMENTS, _GLOSSARY_FILES)
    build_index(corpus, root / "index", embedder)
    conversations = ConversationStore(root / "c.sqlite", ttl_seconds=3600, max_turns=20)
    return Assistant(index_dir=root / "index", embedder=embedder, conversations=conversations)


def test_an_acronym_defined_only_in_a_restricted_document_expands_no_one_elses_search(
    glossary: Assistant,
) -> None:
    index = glossary.searcher.index
    assert index.abbreviations["QDB"] == "Quarry Depot Board"
    assert "QDB" not in abbreviations_for(index, PUBLIC)
    assert abbreviations_for(index, BOARD)["QDB"] == "Quarry Depot Board"
    assert glossary.search("QDB", mode="bm25", access=PUBLIC) == []
    board_hits = glossary.search("QDB", mode="bm25", access=BOARD)
    assert {h.document.id for h in board_hits} == {"depots", "quarry"}
