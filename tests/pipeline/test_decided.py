""" "When was that agreed?" after a decision: the day the decision's paper records (over a real
index; fake model: the test is about the conversation, not the ranking)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests import corpora

_DOCUMENTS: list[dict[str, Any]] = [
    {"id": "minutes", "file": "minutes.txt", "title": "Parks forum minutes", "type": "minutes",
     "date": "2024-06-12"},
    {"id": "item", "file": "item.txt", "title": "Agenda item 4 - Play areas", "type": "report",
     "date": "2024-09-18"},
    {"id": "plan", "file": "plan.txt", "title": "Parks plan", "type": "strategy",
     "date": "2024-03-01"},
]  # fmt: skip
_FILES = {
    "minutes.txt": "Minutes of a meeting of the Parks Forum held on Wednesday, 12 June 2024.\n\n"
    "4. Tree planting\n\nRESOLVED: That the tree planting scheme be approved.\n",
    "item.txt": "Agenda item 4 - Play areas\n\nDecision: RESOLVED: That the play area"
    " upgrades be approved.\n",
    "plan.txt": "Parks plan\n\n1 Lakes\n\nWe will clean every lake by 2027.\n",
}


def _then(tmp_path: Path, first: str, then: str) -> str:
    assistant = corpora.fake_assistant(tmp_path, _DOCUMENTS, _FILES)
    earlier = assistant.ask(first, generate=False)
    after = assistant.ask(then, conversation_id=earlier.conversation_id, generate=False)
    assert all(c.quote in c.passage.text for c in after.answer.citations)
    return after.answer.text


def test_the_minutes_opening_sentence_dates_a_decision_they_record(tmp_path: Path) -> None:
    text = _then(tmp_path, "what did the forum resolve on tree planting?", "when was that agreed?")
    assert text == (
        "The decision is recorded in the minutes of that meeting: Minutes of a meeting of the"
        " Parks Forum held on Wednesday, 12 June 2024. [1]"
    )


def test_a_decision_on_a_page_of_its_own_is_dated_by_its_paper(tmp_path: Path) -> None:
    text = _then(tmp_path, "what was decided on play area upgrades?", "when was that decided?")
    assert text.startswith("That was agreed at the meeting of 18 September 2024: Decision:")


def test_a_commitment_is_not_dated_by_its_paper(tmp_path: Path) -> None:
    text = _then(tmp_path, "what did the plan commit to on lakes?", "when was that agreed?")
    assert "agreed at the meeting" not in text and "recorded in the minutes" not in text
