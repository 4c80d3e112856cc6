"""A document's main items read from its parallel sections: top-level sections in a row whose
subsections bear the same headings, whatever their own headings say."""

from __future__ import annotations

from dataclasses import replace

from answer.parallel import parallel_answer, parallel_sections
from ingest.model import Passage
from tests.answer import made

_PLAN = made.document("plan", "Healthy County Plan 2024-2029")
_SHAPE = ("Why is it important?", "What we will do")


def _under(section: str, n: int) -> Passage:
    return replace(made.passage(f"Text {n}.", doc_id="plan", section=section), id=f"plan:{n}")


def _sections(aims: list[str]) -> list[Passage]:
    passages = [_under("Foreword", 0), _under("Foreword > Thanks", 1)]
    for a, aim in enumerate(aims):
        passages += [_under(f"{aim} > {sub}", 10 * (a + 1) + s) for s, sub in enumerate(_SHAPE)]
    return [*passages, _under("Delivering the plan", 99)]


AIMS = ["People – Build on strengths", "Places – Healthy homes", "Partners – Work together"]


def test_sections_shaped_alike_in_a_row_are_one_run() -> None:
    runs = parallel_sections(_sections(AIMS))
    assert [[heading for heading, _ in run] for run in runs] == [AIMS]


def test_the_run_answers_a_question_counting_exactly_its_items() -> None:
    passages = _sections(AIMS)
    hits = [made.hit(passages[3], _PLAN, 1.0)]
    answer = parallel_answer(3, hits, (), lambda _: passages, 0.7)
    assert answer is not None
    assert answer.text == (
        "Healthy County Plan 2024-2029: People – Build on strengths [1] Places – Healthy homes [2]"
        " Partners – Work together [3]"
    )
    assert parallel_answer(4, hits, (), lambda _: passages, 0.7) is None


def test_two_sections_alike_are_no_run() -> None:
    assert parallel_sections(_sections(AIMS[:2])) == []
