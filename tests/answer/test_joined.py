"""Answers to the sides of a comparison, joined."""

from __future__ import annotations

import pytest

from answer.joined import joined
from answer.model import Answer, Citation
from tests.answer import made


def _answer(text: str, quotes: list[str], confidence: float) -> Answer:
    document = made.document()
    citations = [
        Citation(n, made.passage(q, lines=(n, n)), document, q) for n, q in enumerate(quotes, 1)
    ]
    return Answer(text, citations, confidence, refused=False)


def test_the_second_answers_markers_and_citations_number_on_from_the_first() -> None:
    first = _answer("In 2019, 41 were done. [1] Of 60 sites. [2]", ["41 were done.", "Of 60."], 0.6)
    second = _answer("In 2025, 42 were done. [1]", ["42 were done."], 0.5)
    both = joined([first, second])
    assert both.text == "In 2019, 41 were done. [1] Of 60 sites. [2] In 2025, 42 were done. [3]"
    assert [c.n for c in both.citations] == [1, 2, 3]
    assert both.citations[2].quote == "42 were done."
    assert both.confidence == 0.5 and not both.refused


def test_joining_nothing_is_an_error() -> None:
    with pytest.raises(ValueError, match="at least one"):
        joined([])
