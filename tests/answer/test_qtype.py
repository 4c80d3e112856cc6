from __future__ import annotations

import pytest

from answer.qtype import AnswerType, answer_type


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who owns the falls commitment?", AnswerType.PERSON),
        ("who's down as responsible for the BCF action?", AnswerType.PERSON),
        ("when was the JHWS approved?", AnswerType.DECISION),
        ("when is the next meeting?", AnswerType.DATE),
        ("how many people are physically active?", AnswerType.NUMBER),
        ("what did the board resolve on the BCF plan?", AnswerType.DECISION),
        ("what does LLR stand for?", AnswerType.DEFINITION),
        ("is smoking a priority?", AnswerType.YES_NO),
    ],
)
def test_answer_type_of_typical_staff_questions(question: str, expected: AnswerType) -> None:
    assert answer_type(question) is expected
