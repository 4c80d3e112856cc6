"""Items a question names side by side, each quoted from the line that sets it out."""

from __future__ import annotations

from answer.extractive import compose
from question.read import read_question
from tests.answer import made
from tests.answer.made import idf
from tests.answer.models import PLAIN_MODELS

_DOCUMENT = made.document(title="Northtown parks strategy")
_FRAMEWORK = (
    "The board's approach to its priorities is plant, tend and prune. "
    "Plant – The board will pick two new priorities each year and lead them itself. "
    "Tend – Work led by the parks forum, which reports to the board once a year. "
    "Prune – Work that no longer needs the board, handed back to a single partner."
)


def _answer(question: str) -> str:
    hits = [made.hit(made.passage(_FRAMEWORK, section="How we will work"), _DOCUMENT)]
    return compose(
        read_question(question, idf=idf), question, hits, idf=idf, models=PLAIN_MODELS
    ).text


def test_each_item_asked_is_quoted_from_the_line_it_leads_in_the_order_asked() -> None:
    text = _answer("can someone explain the plant / tend / prune thing?")
    plant, tend, prune = (text.index(f"{item} –") for item in ("Plant", "Tend", "Prune"))
    assert plant < tend < prune


def test_the_best_sentence_comes_first_when_it_is_no_items_line() -> None:
    text = _answer("what's the board's plant/tend/prune approach?")
    assert text.startswith("The board's approach to its priorities is plant, tend and prune.")
    assert text.index("Plant –") < text.index("Tend –") < text.index("Prune –")


def test_items_not_all_set_out_leave_the_usual_answer() -> None:
    assert _answer("what does plant/water/prune mean?") == _answer(
        "what does plant water prune mean?"
    )
