"""A resolution that chunking cut after its first part is quoted with the parts after it."""

from __future__ import annotations

from dataclasses import replace

from answer.extractive import compose
from answer.resolutions import rest_of_resolution
from question.read import read_question
from tests.answer import made
from tests.answer.made import idf
from tests.answer.models import PLAIN_MODELS

_DOCUMENT = made.document()
_FIRST = replace(
    made.passage(
        "The board discussed the parks report. RESOLVED - (a) That the parks report be noted.",
        lines=(1, 2),
    ),
    id="report:1",
)
_REST = replace(
    made.passage(
        "(b) That a review of the parks rangers' way of working be agreed; (c) That the review "
        "report to the board in March. 5. Any other business. The chair closed the meeting.",
        lines=(3, 4),
    ),
    id="report:2",
)


def test_the_parts_after_a_first_part_ending_its_passage_are_found_in_the_next() -> None:
    hit = made.hit(_FIRST, _DOCUMENT)
    start = _FIRST.text.index("RESOLVED")
    found = rest_of_resolution(hit, start, len(_FIRST.text), lambda _: [_FIRST, _REST])
    assert found is not None
    following, a, b = found
    assert following.passage.id == "report:2"
    quoted = following.passage.text[a:b]
    assert quoted.startswith("That a review") and "report to the board in March" in quoted
    assert "Any other business" not in quoted


def test_nothing_is_carried_when_the_next_passage_does_not_go_on_with_it() -> None:
    hit = made.hit(_FIRST, _DOCUMENT)
    start = _FIRST.text.index("RESOLVED")
    other = replace(_REST, text="5. Any other business. The chair closed the meeting.")
    assert rest_of_resolution(hit, start, len(_FIRST.text), lambda _: [_FIRST, other]) is None
    # A quote that stops short of its passage's end is not cut by chunking.
    assert rest_of_resolution(hit, 0, start - 1, lambda _: [_FIRST, _REST]) is None


def test_a_decision_answer_quotes_every_part_of_the_resolution() -> None:
    question = "what did the board resolve on the parks report?"
    answer = compose(
        read_question(question, idf=idf),
        question,
        [made.hit(_FIRST, _DOCUMENT)],
        idf=idf,
        models=PLAIN_MODELS,
        sections=lambda _: [_FIRST, _REST],
    )
    assert "parks report be noted" in answer.text
    assert "way of working be agreed" in answer.text
    assert [c.passage.id for c in answer.citations] == ["report:1", "report:2"]


def test_numbered_parts_cut_by_chunking_are_found_in_the_next_passage() -> None:
    first = replace(_FIRST, text="The board thanked the team. (1) That the parks plan be approved.")
    rest = replace(_REST, text="(2) That concerns about monthly reporting be raised. 5. Close.")
    hit = made.hit(first, _DOCUMENT)
    start = first.text.index("(1)")
    found = rest_of_resolution(hit, start, len(first.text), lambda _: [first, rest])
    assert found is not None
    following, a, b = found
    assert following.passage.text[a:b].startswith("That concerns about monthly reporting")
