"""A follow-up pointing back at the last answer's meeting or paper."""

from __future__ import annotations

import pytest

from question.followup import read_turn
from question.occasion import Occasion, points_back_to


@pytest.mark.parametrize(
    "question",
    [
        "at that same meeting, who stood in for the chair?",
        "who else gave apologies at that meeting?",
        "what else was decided at the same board meeting?",
        "who presented at this session?",
        "what did that meeting's report recommend?",
    ],
)
def test_a_meeting_pointed_back_at(question: str) -> None:
    assert points_back_to(question) is Occasion.MEETING


@pytest.mark.parametrize(
    "question",
    [
        "what else does that report recommend?",
        "who wrote the same paper?",
        "is there a contact named in that update?",
        "what does this strategy say about housing?",
    ],
)
def test_a_paper_pointed_back_at(question: str) -> None:
    assert points_back_to(question) is Occasion.DOCUMENT


@pytest.mark.parametrize(
    "question",
    [
        "when does the board meet?",
        "who chairs it?",
        "what did the meeting on 20 March decide?",
        "which report covers falls?",
    ],
)
def test_a_meeting_or_paper_named_afresh_points_back_at_nothing(question: str) -> None:
    assert points_back_to(question) is None


@pytest.mark.parametrize(
    "question", ["so what replaced it?", "what's superseded that?", "and what came after it?"]
)
def test_what_replaced_it_points_at_the_editions_that_replaced_the_paper(question: str) -> None:
    assert points_back_to(question) is Occasion.NEWER


def test_only_a_turn_after_an_earlier_one_points_back() -> None:
    question = "who stood in for the chair at that meeting?"
    assert read_turn(question, []).points_back is None
    earlier = ["who chaired the board meeting in March?"]
    assert read_turn(question, earlier).points_back is Occasion.MEETING


@pytest.mark.parametrize(
    "question", ["has that changed since?", "is it still going ahead?", "what's the latest on it?"]
)
def test_a_follow_up_about_the_present_points_past_the_last_paper(question: str) -> None:
    assert points_back_to(question) is Occasion.SINCE
    assert read_turn(question, ["what is the pooled budget?"]).points_back is Occasion.SINCE


def test_now_or_a_question_of_its_own_or_a_year_points_past_no_paper() -> None:
    # A standing paper older than the last one quoted may say what it is now.
    assert points_back_to("and who leads it now?") is None
    # It names what it asks about: the present, not the paper the last answer quoted.
    assert (
        read_turn("who still chairs the parks forum?", ["what is the pooled budget?"]).points_back
        is None
    )
    assert points_back_to("has it changed since 2019?") is None


def test_a_follow_up_naming_an_older_edition_points_at_the_older_editions() -> None:
    earlier = ["what is the strategy's target for cycling?"]
    assert read_turn("what about the old strategy?", earlier).points_back is Occasion.OLDER
    # Setting the old against the new is a comparison, answered side by side instead.
    assert points_back_to("has it changed from the old strategy?") is None
    # Named in a question of its own, the old strategy is searched for as a document.
    own = "what did the old strategy say about cycling to school?"
    assert read_turn(own, earlier).points_back is None


@pytest.mark.parametrize(
    "question",
    ["when was that agreed?", "and when did they decide it?", "so when was it approved?"],
)
def test_when_a_decision_was_taken_points_at_its_day(question: str) -> None:
    assert points_back_to(question) is Occasion.DECIDED


def test_when_something_is_due_points_at_no_decision() -> None:
    assert points_back_to("when is it due?") is None
