"""A question asking what was committed and where it has got to is answered from the
commitment and its trail, each quoted verbatim and cited; other questions, and callers who may
not see any later mention, keep the answer the pipeline composes."""

from __future__ import annotations

import pytest

from pipeline.assistant import Assistant
from pipeline.commitment_answers import asks_for_progress
from pipeline.visibility import PUBLIC, Access
from question.read import read_question
from tests.pipeline.registers_corpus import PLAY_AREAS_REPORT, registers_assistant

BOARD = Access(groups=frozenset({"board"}))
PROGRESS = "what did the plan commit to on play areas in the parks, and where has it got to?"
COMMITMENT = "We will open two new play areas in the parks by March 2032."


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return registers_assistant(tmp_path_factory.mktemp("commitment-answers"))


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        (PROGRESS, True),
        ("any progress on the promise to plant trees?", True),
        ("what have we committed to on play areas?", False),
        ("where has the play areas work got to?", False),
    ],
)
def test_a_progress_question_asks_what_was_committed_and_how_it_went(
    question: str, asks: bool
) -> None:
    assert asks_for_progress(read_question(question, idf=lambda _: 0.0)) is asks


def test_the_commitment_and_its_later_mention_are_quoted_and_cited(assistant: Assistant) -> None:
    answer = assistant.ask(PROGRESS, access=BOARD).answer
    assert not answer.refused
    assert [c.quote for c in answer.citations] == [COMMITMENT, PLAY_AREAS_REPORT]
    assert [c.document.id for c in answer.citations] == ["green-plan", "board-minutes"]
    for citation in answer.citations:
        assert citation.quote in citation.passage.text
        assert f"{citation.quote} [{citation.n}]" in answer.text
    assert answer.text.startswith("In Green spaces plan (2030-04): ")


def test_a_caller_who_may_see_no_later_mention_gets_the_usual_answer(
    assistant: Assistant,
) -> None:
    answer = assistant.ask(PROGRESS, access=PUBLIC).answer
    assert all(c.document.id == "green-plan" for c in answer.citations)
    assert PLAY_AREAS_REPORT not in answer.text


def test_a_question_not_asking_how_it_went_keeps_the_usual_answer(assistant: Assistant) -> None:
    question = "what did the plan commit to on play areas in the parks?"
    answer = assistant.ask(question, access=BOARD).answer
    assert "In Green spaces plan" not in answer.text


def test_on_the_shipped_corpus_a_commitment_and_its_progress_line_are_both_quoted(
    real_assistant: Assistant,
) -> None:
    question = "what did the JHWS commit to on fast food outlets, and where has it got to?"
    answer = real_assistant.ask(question).answer
    assert [c.document.id for c in answer.citations][:2] == ["jhws-2022", "jhws-progress-2025"]
    assert "fast food" in answer.citations[0].quote
    for citation in answer.citations:
        assert citation.quote in citation.passage.text
