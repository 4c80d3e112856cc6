from __future__ import annotations

from question.kinds import answer_type
from question.model import AnswerType
from question.typed import as_typed
from question.wants import wants


def test_typographic_and_missing_apostrophes_are_put_plain() -> None:
    assert as_typed("what’s the quorum?") == "what's the quorum?"
    assert as_typed("Whats the QRF and whos on it?") == "What's the QRF and who's on it?"
    assert as_typed("doesnt it, cant we, wont they?") == "doesn't it, can't we, won't they?"
    assert as_typed("“Quiet Lanes” – what does it mean?") == '"Quiet Lanes" – what does it mean?'


def test_words_that_stand_without_an_apostrophe_are_left_alone() -> None:
    for text in ("its remit", "were they told?", "we want it", "the whole thing"):
        assert as_typed(text) == text


def test_a_question_typed_either_way_is_read_alike() -> None:
    plain = "what's the PWG?"
    for typed in ("what’s the PWG?", "whats the PWG?"):
        assert wants(as_typed(typed)).term == wants(plain).term == "PWG"
    assert answer_type(as_typed("who’s the chair of the forum?")) is AnswerType.PERSON
