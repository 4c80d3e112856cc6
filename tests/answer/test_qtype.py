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


def test_a_number_question_needs_a_figure_not_a_number_word() -> None:
    from answer.qtype import satisfies

    q = "how many people went to the event?"
    assert not satisfies(q, AnswerType.NUMBER, "Work over the past six months included an event.")
    assert satisfies(q, AnswerType.NUMBER, "Over 120 people attended the event.")


def test_a_phone_question_needs_a_phone_number() -> None:
    from answer.qtype import satisfies

    q = "phone number for Paul Hindson?"
    assert not satisfies(q, AnswerType.PERSON, "Paul Hindson Email: paul.hindson@example.gov.uk")
    assert satisfies(q, AnswerType.PERSON, "Jane Toman Telephone: 0116 272 7576")
