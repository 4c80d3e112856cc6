"""A follow-up is also answered within the papers the last answer cited, and that answer is
given when it is at least as sure: "how much of that is for tree planting?" asks about the
budget just quoted, not about another paper's tree figures. Over a real index and the real
model."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from answer.model import Answer, Citation
from index.embedder import Embedder
from pipeline.assistant import surer_within
from tests import corpora
from tests.answer import made

_DOCUMENTS: list[dict[str, Any]] = [
    {"id": "minutes", "file": "minutes.txt", "title": "Parks board minutes", "type": "minutes",
     "date": "2024-09-19"},
    {"id": "trees", "file": "trees.txt", "title": "Street tree strategy", "type": "strategy",
     "date": "2025-01-10"},
]  # fmt: skip
_TEXTS = {
    "minutes.txt": "Parks board minutes\n\n1 Parks budget\n\nThe parks budget for 2024/25 is"
    " £1.2m, made up of £0.8m for grounds maintenance, £0.3m for tree planting and £0.1m for"
    " play areas.\n\n2 Volunteers\n\nThe board thanked the volunteers of the parks forum.\n",
    "trees.txt": "Street tree strategy\n\n1 Tree planting\n\nThe council will plant 500 street"
    " trees a year. The tree planting budget is £2.5m over five years, funded from capital.\n\n"
    "2 Species\n\nNative species will be planted where the soil allows.\n",
}


def test_how_much_of_that_is_answered_from_the_paper_just_quoted(
    tmp_path: Path, embedder: Embedder
) -> None:
    with corpora.model_assistant(tmp_path, _DOCUMENTS, _TEXTS, embedder) as assistant:
        first = assistant.ask("what is the parks budget for 2024/25?", generate=False)
        assert "£1.2m" in first.answer.text
        follow = assistant.ask(
            "how much of that is for tree planting?",
            conversation_id=first.conversation_id,
            generate=False,
        )
    assert "£0.3m" in follow.answer.text
    # The strategy's own tree budget is another paper's figure, a rival to the one asked for.
    assert "£2.5m" not in follow.answer.text
    assert {c.document.id for c in follow.answer.citations} == {"minutes"}


def _answer(quote: str, confidence: float, *, refused: bool = False) -> Answer:
    found = made.passage(quote)
    cited = [] if refused else [Citation(1, found, made.document(), quote)]
    return Answer(f"{quote} [1]", cited, confidence, refused=refused)


def test_the_cited_papers_answer_stands_when_surer_or_as_sure_with_the_same_first_quote() -> None:
    ours, theirs = "The tree planting share is £0.3m.", "The tree budget is £2.5m."
    assert surer_within(_answer(ours, 0.8), _answer(theirs, 0.7))
    assert not surer_within(_answer(ours, 0.6), _answer(theirs, 0.7))
    assert surer_within(_answer(ours, 0.7), _answer(ours, 0.7))
    # As sure, but with another first quote: a tie says nothing about which is meant.
    assert not surer_within(_answer(ours, 0.7), _answer(theirs, 0.7))
    assert not surer_within(_answer(ours, 0.9, refused=True), _answer(theirs, 0.1))
