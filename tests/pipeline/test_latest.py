"""A date still to come, answered with the later paper that moved it: over a real index, with
the fake model where the test is about the plumbing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from index.embedder import Embedder
from tests import corpora

_DOCUMENTS: list[dict[str, Any]] = [
    {"id": "minutes", "file": "minutes.txt", "title": "Parks board minutes", "type": "minutes",
     "date": "2024-09-19"},
    {"id": "review", "file": "review.txt", "title": "Parks progress review", "type": "report",
     "date": "2025-03-20"},
]  # fmt: skip
_TEXTS = {
    "minutes.txt": "Parks board minutes\n\n1 Parks plan\n\nRESOLVED: That the parks plan be"
    " refreshed by April 2025.\n",
    "review.txt": "Parks progress review\n\n1 Next steps\n\nThe parks plan will be refreshed by"
    " July 2025, rather than April 2025 as previously agreed.\n",
}


def test_when_its_due_shows_the_later_paper_that_moved_the_date(tmp_path: Path) -> None:
    assistant = corpora.fake_assistant(tmp_path, _DOCUMENTS, _TEXTS)
    result = assistant.ask("when's the parks plan refresh due?", generate=False)
    text = result.answer.text
    assert "July 2025" in text
    cited = [c.document.id for c in result.answer.citations]
    assert cited[-1] == "review"


def test_whether_a_date_still_stands_shows_the_later_paper_that_moved_it(
    tmp_path: Path, embedder: Embedder
) -> None:
    # On the real model: the later paper is shown only when it answers at least as surely.
    asked = "the parks plan refresh was due by April 2025 - is that still the date?"
    with corpora.model_assistant(tmp_path, _DOCUMENTS, _TEXTS, embedder) as assistant:
        result = assistant.ask(asked, generate=False)
    assert "July 2025" in result.answer.text
    assert [c.document.id for c in result.answer.citations][-1] == "review"
