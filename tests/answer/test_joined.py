"""Answers to the sides of a comparison, joined."""

from __future__ import annotations

from dataclasses import replace

import pytest

from answer.joined import NO_OTHER_SIDE, joined, joined_parts, joined_sides, partly_answered
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


def test_sides_are_joined_only_when_each_has_an_answer_of_its_own() -> None:
    first = _answer("In 2019, 41 were done. [1]", ["41 were done."], 0.6)
    second = _answer("In 2025, 42 were done. [1]", ["42 were done."], 0.5)
    assert joined_sides([first, second]) is None, "both lead with the same passage"
    elsewhere = replace(
        second,
        citations=[replace(second.citations[0], passage=made.passage("42.", lines=(9, 9)))],
    )
    both = joined_sides([first, elsewhere])
    assert both is not None
    assert both.text == (
        "In Rough sleeping update (2019-11-28): In 2019, 41 were done. [1] "
        "In Rough sleeping update (2019-11-28): In 2025, 42 were done. [2]"
    )
    refused = replace(elsewhere, refused=True)
    assert joined_sides([first, refused]) is None
    assert joined_sides([]) is None


def test_separate_asks_are_joined_unlabelled_only_when_each_has_an_answer_of_its_own() -> None:
    first = _answer("The Falls Group recommended it. [1]", ["The Falls Group recommended it."], 0.7)
    second = _answer("Dr Ames chairs the group. [1]", ["Dr Ames chairs the group."], 0.4)
    whole = _answer("Nothing on it. [1]", ["Nothing on it."], 0.5)
    same = replace(second, text=first.text, citations=first.citations)
    assert joined_parts([first, same], whole) is None, "one sentence answers both asks"
    # Two sentences of one passage answer two asks ("what is it, and does it work?").
    both = joined_parts([first, second], whole)
    assert both is not None
    assert both.text == "The Falls Group recommended it. [1] Dr Ames chairs the group. [2]"
    assert both.confidence == 0.4
    assert joined_parts([first, replace(second, refused=True)], whole) is None
    covers = replace(whole, text=f"{first.text} {second.text}")
    assert joined_parts([first, second], covers) is None, "the whole answer gives both"


def test_a_refused_question_gives_the_parts_it_can_answer_and_names_the_rest() -> None:
    found = _answer("The Falls Group recommended it. [1]", ["The Falls Group recommended it."], 0.7)
    unanswered = replace(_answer("No.", [], 0.1), refused=True)
    refused = replace(_answer("No.", [], 0.1), refused=True)
    asks = ["which group recommended it?", "who chairs it?"]
    partly = partly_answered([found, unanswered], refused, asks)
    assert partly is not None and not partly.refused
    assert partly.text == (
        'The Falls Group recommended it. [1] The documents don\'t answer "who chairs it?"'
    )
    assert partly.citations == found.citations
    side = partly_answered([unanswered, found], refused)
    assert side is not None
    assert side.text.startswith("In Rough sleeping update (2019-11-28): The Falls Group")
    assert side.text.endswith(NO_OTHER_SIDE)


def test_parts_are_not_given_alone_when_the_question_was_answered_whole_or_no_part_was() -> None:
    found = _answer("The Falls Group recommended it. [1]", ["The Falls Group recommended it."], 0.7)
    unanswered = replace(_answer("No.", [], 0.1), refused=True)
    whole = _answer("Dr Ames chairs it. [1]", ["Dr Ames chairs it."], 0.5)
    assert partly_answered([found, unanswered], whole) is None, "the whole answer stands"
    refused = replace(whole, refused=True)
    assert partly_answered([unanswered, unanswered], refused) is None
    assert partly_answered([found, found], refused) is None, "every part answered: joined"
