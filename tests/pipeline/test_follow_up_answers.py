"""A follow-up's pronoun stands for the body the last answer named, over a real index (fake
model: the test is about the conversation's plumbing, so the search is BM25's)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from index.build import build_index
from pipeline.assistant import Assistant
from pipeline.conversations import ConversationStore
from tests import corpora
from tests.fakes import FakeEmbedder

_DOCUMENTS: list[dict[str, Any]] = [
    {"id": "plan", "file": "plan.txt", "title": "Active county plan", "type": "strategy",
     "date": "2024"},
    {"id": "groups", "file": "groups.txt", "title": "Partnership groups", "type": "report",
     "date": "2025-01"},
]  # fmt: skip

_TEXTS = {
    "plan.txt": "Active county plan\n\n1 Targets\n\nThe Walking Forum recommended a revised"
    " walking target of 40% of adults by 2030.\n",
    "groups.txt": "Partnership groups\n\n1 Chairs\n\nThe Walking Forum is chaired by Priya Shah,"
    " Head of Leisure.\n\n2 Other groups\n\nThe Walking Group for schools is chaired by Tom"
    " Reed, Head of Schools, and meets each term to review the walking target.\n",
}


def test_and_who_chairs_it_asks_after_the_body_the_last_answer_named(tmp_path: Path) -> None:
    embedder = FakeEmbedder()
    build_index(
        corpora.write_corpus(tmp_path / "corpus", _DOCUMENTS, _TEXTS), tmp_path / "i", embedder
    )
    conversations = ConversationStore(tmp_path / "c.sqlite", ttl_seconds=3600, max_turns=20)
    assistant = Assistant(index_dir=tmp_path / "i", embedder=embedder, conversations=conversations)
    first = assistant.ask("which group recommended the revised walking target?", generate=False)
    assert "Walking Forum" in first.answer.text
    follow = assistant.ask(
        "and who chairs it?", conversation_id=first.conversation_id, generate=False
    )
    assert "Walking Forum" in follow.rewritten
    # The search now finds the forum's chair first (the answer's wording is the real model's).
    assert "Priya Shah" in follow.hits[0].passage.text
    conversations.close()


_FUND_DOCUMENTS: list[dict[str, Any]] = [
    {"id": "fund", "file": "fund.txt", "title": "Cosy homes fund update", "type": "report",
     "date": "2025-03"},
]  # fmt: skip
_FUND_TEXT = {
    "fund.txt": "Cosy homes fund update\n\n1 Awards\n\nNorthtown Borough Council was awarded"
    " £2,100,000 from the cosy homes fund.\n\n2 Wave 3\n\nSouthvale District Council was one of"
    " 3 councils named in wave 3 of the cosy homes fund. Southvale District Council was awarded"
    " £1,150,000 from the cosy homes fund.\n",
}


def test_what_about_a_new_subject_wants_what_the_earlier_question_wanted(tmp_path: Path) -> None:
    assistant = corpora.fake_assistant(tmp_path, _FUND_DOCUMENTS, _FUND_TEXT)
    first = assistant.ask("how much did Northtown get from the cosy homes fund?", generate=False)
    assert "£2,100,000" in first.answer.text
    follow = assistant.ask(
        "what about Southvale?", conversation_id=first.conversation_id, generate=False
    )
    # "How much" carries over: a sum is wanted, not the "3" of "wave 3".
    assert "£1,150,000" in follow.answer.text, follow.answer.text


_BOARD_TEXTS = {
    **_TEXTS,
    "board.txt": "Cosy homes board\n\n1 Membership\n\nThe cosy homes fund board is chaired by Ann"
    " Lee, Head of Housing, and meets monthly.\n\n2 Role\n\nThe cosy homes fund board oversees"
    " grants to councils.\n",
}
_BOARD_DOCUMENTS: list[dict[str, Any]] = [
    *_DOCUMENTS,
    {"id": "board", "file": "board.txt", "title": "Cosy homes board", "type": "report",
     "date": "2025-02"},
]  # fmt: skip


def test_a_joined_question_standing_alone_is_answered_as_if_asked_first(tmp_path: Path) -> None:
    """Its later ask leans on its first ask, not on an unrelated turn before it."""
    assistant = corpora.fake_assistant(tmp_path, _BOARD_DOCUMENTS, _BOARD_TEXTS)
    joined = "which group recommended the revised walking target, and who chairs it?"
    fresh = assistant.ask(joined, generate=False)
    assert "Walking Forum" in fresh.answer.text and "Ann Lee" not in fresh.answer.text
    first = assistant.ask("what does the cosy homes fund board oversee?", generate=False)
    again = assistant.ask(joined, conversation_id=first.conversation_id, generate=False)
    assert again.answer.text == fresh.answer.text
    assert "Ann Lee" not in again.answer.text
