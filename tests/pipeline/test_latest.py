"""A date still to come, or a figure as it stands now, answered with the later paper that moved
it: over a real index, with the fake model where the test is about the plumbing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from answer.model import Answer, Citation
from index.embedder import Embedder
from ingest.model import Document
from pipeline.latest import latest_word
from question.read import read_question
from retrieval.filters import Filters
from retrieval.search import Hit
from tests import corpora
from tests.answer import made

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


_OLD = made.document("minutes", "Parks board minutes", "2024-09-19")
_NEW = made.document("review", "Parks progress review", "2025-03-20")


def _quoting(document: Document, text: str, confidence: float) -> Answer:
    found = made.passage(text, doc_id=document.id)
    return Answer(f"{text} [1]", [Citation(1, found, document, text)], confidence, refused=False)


def test_a_figure_asked_as_it_stands_now_is_also_asked_of_the_later_papers() -> None:
    first = _quoting(_OLD, "RESOLVED: That the parks fund be £2.10m.", 0.7)
    later = _quoting(_NEW, "The parks fund has been revised to £2.35m.", 0.8)
    asked: list[Filters] = []

    def within(filters: Filters) -> tuple[Answer, list[Hit]]:
        asked.append(filters)
        return later, []

    documents = {d.id: d for d in (_OLD, _NEW)}
    now = read_question("how much is the parks fund now?", idf=made.idf)
    text = latest_word(now, (first, []), within, documents)[0].text
    assert [f.date_from for f in asked] == ["2024-09-20"]
    assert text.startswith("In Parks board minutes (2024-09-19): RESOLVED:")
    assert text.endswith(
        "In Parks progress review (2025-03-20): The parks fund has been revised to £2.35m. [2]"
    )
    # Asked as a figure of its time, it is not.
    then = read_question("how much was the parks fund?", idf=made.idf)
    assert latest_word(then, (first, []), within, documents)[0] == first


def test_a_later_paper_less_sure_than_a_resolution_still_shows_when_more_likely_than_not() -> None:
    first = _quoting(_OLD, "RESOLVED: That the parks plan be refreshed by April 2025.", 0.9)
    documents = {d.id: d for d in (_OLD, _NEW)}
    due = read_question("when's the parks plan refresh due?", idf=made.idf)

    def answered(confidence: float) -> str:
        later = _quoting(_NEW, "The parks plan will be refreshed by July 2025.", confidence)
        return latest_word(due, (first, []), lambda _: (later, []), documents)[0].text

    assert "July 2025" in answered(0.6)
    assert "July 2025" not in answered(0.4)
