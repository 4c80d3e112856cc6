"""A list announced by its size is quoted through exactly that many of its items."""

from __future__ import annotations

from answer.announced import announced_list, items_end
from answer.extractive import compose
from question.read import read_question
from retrieval.search import Hit
from tests.answer import made
from tests.answer.models import PLAIN_MODELS

_MINUTES = (
    "Members welcomed the refresh. There are then four priorities which the forum agreed "
    "would make the most difference. These are: planting street trees; opening the river "
    "path; a park in every ward; cleaner air near schools; Members then discussed the budget; "
    "The chair thanked officers."
)


def _hits(text: str, doc_id: str = "mins", title: str = "Parks forum minutes") -> list[Hit]:
    found = made.passage(text, doc_id=doc_id, section=None)
    return [made.hit(found, made.document(doc_id, title, "2031-06-12"), 1.0)]


def test_the_announcing_sentence_is_quoted_through_exactly_its_items() -> None:
    answer = announced_list(_hits(_MINUTES), 4, ["prioriti", "park"], 0.5)
    assert answer is not None
    assert answer.text.startswith("There are then four priorities")
    assert answer.text.endswith("cleaner air near schools [1]")
    assert "budget" not in answer.text


def test_a_count_or_a_thing_the_question_does_not_ask_is_not_a_list_for_it() -> None:
    assert announced_list(_hits(_MINUTES), 5, ["prioriti"], 0.5) is None
    assert announced_list(_hits(_MINUTES), 4, ["budget"], 0.5) is None


def test_fewer_items_than_announced_give_no_list() -> None:
    short = "The forum has three aims. These are: trees; paths."
    assert announced_list(_hits(short), 3, ["aim"], 0.5) is None


def test_a_last_item_ends_at_its_full_stop_and_not_at_its_own_number() -> None:
    text = "The two aims are: 1. Trees for every street; 2. Clean air. Members agreed."
    begin = text.index(":") + 1
    end = items_end(text, begin, 2)
    assert end is not None and text[begin:end].strip() == "1. Trees for every street; 2. Clean air"


def test_a_list_question_about_one_paper_is_not_answered_from_another() -> None:
    other = _hits(_MINUTES, "old", "Northtown parks plan 2019")
    own = _hits(
        "The Southvale plan has four priorities. These are: meadows; ponds; benches; bins.",
        "new",
        "Southvale parks plan 2031",
    )
    question = "what are the four priorities in the Southvale parks plan?"
    answer = compose(
        read_question(question, idf=lambda t: 5.0),
        question,
        [*other, *own],
        idf=lambda t: 5.0,
        models=PLAIN_MODELS,
    )
    assert "meadows; ponds; benches; bins" in answer.text
    assert "cleaner air" not in answer.text
