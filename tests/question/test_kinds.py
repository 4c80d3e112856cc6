from __future__ import annotations

import pytest

from question.kinds import answer_type, second_ask
from question.model import AnswerType
from question.wants import wants


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who owns the falls commitment?", AnswerType.PERSON),
        ("who's down as responsible for the BCF action?", AnswerType.PERSON),
        ("when was the JHWS approved?", AnswerType.DATE),
        ("when is the next meeting?", AnswerType.DATE),
        ("how many people are physically active?", AnswerType.NUMBER),
        ("what did the board resolve on the BCF plan?", AnswerType.DECISION),
        ("what does ABC stand for?", AnswerType.DEFINITION),
        ("which district councils are expected to sign the pledge?", AnswerType.PERSON),
        ("which local authority will host it?", AnswerType.PERSON),
        ("which council values does the plan sign up to?", AnswerType.LIST),
        ("what counts as a quiet street under the plan?", AnswerType.DEFINITION),
        ("what actually is the Green Streets Pledge?", AnswerType.DEFINITION),
        ("is smoking a priority?", AnswerType.YES_NO),
        ("what have we committed to on loneliness?", AnswerType.COMMITMENT),
        ("any pledge on warm homes in the strategy?", AnswerType.COMMITMENT),
        ("how have cyclist numbers moved since the old plan?", AnswerType.NUMBER),
        ("on what date did cabinet agree the parks plan?", AnswerType.DATE),
        ("what's the current smoking prevalence in the borough?", AnswerType.NUMBER),
        ("what is MMR uptake at age five?", AnswerType.NUMBER),
        ("which schools are in the parks pilot?", AnswerType.LIST),
        ("which additions to the forum's rota were in the draft?", AnswerType.LIST),
        ("which ones are due to sign up first?", AnswerType.LIST),
        ("which charity has run the most sessions?", AnswerType.PERSON),
        ("what grants make up the parks fund?", AnswerType.LIST),
        ("which pledges are rated red?", AnswerType.LIST),
        ("what pledges are there on parks?", AnswerType.LIST),
        ("what topics is the play plan built around?", AnswerType.LIST),
        ("what happens after the consultation closes?", AnswerType.OTHER),
        ("what were the three aims of the old parks plan?", AnswerType.LIST),
        ("which were the 4 targets for cycling?", AnswerType.LIST),
        ("what were the findings of the survey?", AnswerType.LIST),
        ("and when do the numbers have to go in?", AnswerType.DATE),
        ("so is it still open?", AnswerType.YES_NO),
    ],
)
def test_answer_type_of_typical_staff_questions(question: str, expected: AnswerType) -> None:
    assert answer_type(question) is expected


def test_who_gets_a_service_asks_which_residents_not_which_officer() -> None:
    assert answer_type("who gets priority for infant feeding help?") is AnswerType.OTHER
    assert answer_type("who is eligible for a free health check?") is AnswerType.OTHER
    assert answer_type("who leads the falls programme?") is AnswerType.PERSON
    # "who ... for?": the question ends on the preposition whose object it asks about.
    assert answer_type("who will the new grants be targeted for?") is AnswerType.OTHER
    assert answer_type("who is the cycling scheme aimed at?") is AnswerType.OTHER
    assert answer_type("who is responsible for the cycling scheme?") is AnswerType.PERSON
    # "who's most affected?": which group of residents.
    assert answer_type("who's most affected?") is AnswerType.OTHER
    assert answer_type("who is at greatest risk of falls?") is AnswerType.OTHER


def test_who_signed_is_a_person_but_signed_up_is_not() -> None:
    assert answer_type("which councillor signed the foreword?") is AnswerType.PERSON
    assert answer_type("how many organisations are signed up to the scheme?") is (AnswerType.NUMBER)


def test_a_service_named_in_title_case_does_not_set_the_answer_type() -> None:
    # "Contact" inside "Community Contact Point" is a name, not a request for a contact.
    assert answer_type("what's the plan for Community Contact Point?") is AnswerType.OTHER
    assert answer_type("who leads on Community Contact Point?") is AnswerType.PERSON


def test_who_after_a_leading_phrase_still_asks_for_a_person() -> None:
    question = "in the 2013 parks plan, who led the play area priorities?"
    assert answer_type(question) is AnswerType.PERSON


def test_what_something_is_going_to_do_is_not_a_definition() -> None:
    assert answer_type("what is the youth hub going to work on first?") is not AnswerType.DEFINITION
    assert answer_type("what is the Better Care Fund?") is AnswerType.DEFINITION


def test_a_second_question_joined_by_and_is_recognised_with_its_kind() -> None:
    question = "when is the update due back to the board, and from whom?"
    assert second_ask(question) == ("from whom?", AnswerType.PERSON)
    assert second_ask("who owns that and who chairs it?") is None
    assert second_ask("what are the aims and objectives?") is None


def test_a_when_that_opens_a_clause_does_not_ask_for_a_date() -> None:
    assert answer_type("when the plan says rewilding what does it mean?") is AnswerType.DEFINITION
    assert answer_type("when the board met in May, who chaired?") is AnswerType.PERSON
    assert answer_type("when is the parks plan due?") is AnswerType.DATE
    assert answer_type("when's the next meeting?") is AnswerType.DATE
    # The question follows the clause, after its comma.
    assert answer_type("when officers met in May, how many residents came?") is AnswerType.NUMBER


def test_what_is_a_sum_of_money_asks_for_a_figure() -> None:
    assert answer_type("what's the parks grant for 2026/27?") is AnswerType.NUMBER
    assert answer_type("what was the falls budget?") is AnswerType.NUMBER
    assert answer_type("what's the combined budget for the parks fund?") is AnswerType.NUMBER
    assert answer_type("what's the plan for the grant?") is AnswerType.OTHER
    assert answer_type("is the grant ring-fenced?") is AnswerType.YES_NO


def test_why_asks_for_a_reason_whatever_else_it_names() -> None:
    assert answer_type("why was the cycle hub launch delayed?") is AnswerType.REASON
    assert answer_type("why did the chair of the forum step down?") is AnswerType.REASON
    assert answer_type("what led to the overspend?") is AnswerType.REASON


def test_a_quorum_is_a_figure() -> None:
    assert answer_type("what quorum was proposed for the parks forum?") is AnswerType.NUMBER
    assert answer_type("what did the forum cut its quorum to?") is AnswerType.NUMBER


def test_a_meaning_asked_in_so_many_words_is_a_definition_whatever_the_term_names() -> None:
    asked = "for the forum's quorum, what counts as a 'housing member'?"
    assert answer_type(asked) is AnswerType.DEFINITION
    assert answer_type("what does the plan mean by lead, support and monitor?") is (
        AnswerType.DEFINITION
    )
    assert answer_type("how many members count as a quorum?") is AnswerType.NUMBER


def test_has_anyone_signed_asks_whether_not_who() -> None:
    assert answer_type("has any parish council signed the parks charter yet?") is (
        AnswerType.YES_NO
    )
    assert not wants("has any parish council signed the parks charter yet?").named_person
    assert answer_type("who signed the foreword?") is AnswerType.PERSON
    assert wants("who signed the foreword?").named_person


def test_who_was_chairing_asks_for_a_named_person() -> None:
    assert answer_type("who was chairing the forum in 2013?") is AnswerType.PERSON
    assert wants("who was chairing the forum in 2013?").named_person


def test_on_its_own_asks_for_no_owner() -> None:
    assert answer_type("how much of the fund did Northtown get on its own?") is AnswerType.NUMBER
    assert answer_type("can the council deliver it on their own?") is AnswerType.YES_NO
    assert answer_type("who owns the falls commitment?") is AnswerType.PERSON
    assert answer_type("who will own the new plan?") is AnswerType.PERSON


def test_a_request_opener_or_items_named_side_by_side_do_not_set_the_answer_type() -> None:
    # "Can someone ..." asks for no someone; "sponsor" names an item here, not who sponsored.
    assert (
        answer_type("can someone explain the plant / sponsor / prune thing?")
        is not AnswerType.PERSON
    )
    assert answer_type("can someone tell me who chairs the board?") is AnswerType.PERSON
    assert wants("what does red/amber/green mean?").named_items == ("red", "amber", "green")
    assert wants("what's the budget for 24/25, and/or the year after?").named_items == ()
