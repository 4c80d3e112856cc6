from __future__ import annotations

import pytest

from question.model import AnswerType
from question.read import answer_type, second_ask


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
        ("what have we committed to on falls?", AnswerType.COMMITMENT),
        ("any pledge on warm homes in the strategy?", AnswerType.COMMITMENT),
    ],
)
def test_answer_type_of_typical_staff_questions(question: str, expected: AnswerType) -> None:
    assert answer_type(question) is expected


def test_who_gets_a_service_asks_which_residents_not_which_officer() -> None:
    assert answer_type("who gets priority for breastfeeding support?") is AnswerType.OTHER
    assert answer_type("who is eligible for a free health check?") is AnswerType.OTHER
    assert answer_type("who leads the falls programme?") is AnswerType.PERSON


def test_who_signed_is_a_person_but_signed_up_is_not() -> None:
    assert answer_type("which councillor signed the foreword?") is AnswerType.PERSON
    assert answer_type("how many organisations are signed up to the scheme?") is (AnswerType.NUMBER)


def test_a_service_named_in_title_case_does_not_set_the_answer_type() -> None:
    # "Contact" inside "First Contact Plus" is a name, not a request for a contact.
    assert answer_type("what's the plan for First Contact Plus?") is AnswerType.OTHER
    assert answer_type("who leads on First Contact Plus?") is AnswerType.PERSON


def test_who_after_a_leading_phrase_still_asks_for_a_person() -> None:
    question = "in the 2013 JHWS, who owned the ageing population priorities?"
    assert answer_type(question) is AnswerType.PERSON


def test_what_something_is_going_to_do_is_not_a_definition() -> None:
    assert answer_type("what is the VRN going to focus on first?") is not AnswerType.DEFINITION
    assert answer_type("what is the Better Care Fund?") is AnswerType.DEFINITION


def test_a_second_question_joined_by_and_is_recognised_with_its_kind() -> None:
    question = "when is the update due back to the board, and from whom?"
    assert second_ask(question) == ("from whom?", AnswerType.PERSON)
    assert second_ask("who owns that and who chairs it?") is None
    assert second_ask("what are the aims and objectives?") is None
