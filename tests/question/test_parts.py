"""A question's separate asks: each answered from its own passage."""

from __future__ import annotations

import pytest

from question.parts import asks


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "who leads the parks review, and when is it due back?",
            ("who leads the parks review?", "when is it due back?"),
        ),
        (
            "the plan was signed off early - who signed it and what does the procedure need?",
            ("the plan was signed off early - who signed it?", "what does the procedure need?"),
        ),
        (
            "where and when does the forum normally gather?",
            ("where does the forum normally gather?", "when does the forum normally gather?"),
        ),
    ],
)
def test_an_and_that_opens_an_ask_of_its_own_splits_the_question(
    question: str, expected: tuple[str, ...]
) -> None:
    assert asks(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "what are the targets for smoking and obesity?",
        "who checks progress on the strategy and how often?",
        "when was the update due back, and from whom?",
        "what did the board resolve on housing and health?",
    ],
)
def test_an_and_inside_one_ask_leaves_the_question_whole(question: str) -> None:
    assert asks(question) == (question,)


def test_a_second_ask_may_open_with_a_contracted_verb() -> None:
    assert asks("who chaired the forum in 2013, and who'd taken over by 2022?") == (
        "who chaired the forum in 2013?",
        "who'd taken over by 2022?",
    )
