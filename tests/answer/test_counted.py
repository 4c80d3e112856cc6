"""A counted list whose items PDF extraction printed before its lead-in."""

from __future__ import annotations

from dataclasses import replace

from answer.counted import counted_list
from ingest.model import Passage
from tests.answer import made

_PLAN = made.document("plan", "Healthy County Plan 2024-2029", date="2024-07-01")


def _at(n: int, text: str, section: str = "What we do") -> Passage:
    passage = made.passage(text, doc_id="plan", kind="list", section=section, lines=(n, n + 4))
    return replace(passage, id=f"plan:{n}")


BEFORE = _at(
    10,
    "We work with partners. clean air – keeping the air we breathe safe; Some work is with "
    "whole towns. warm homes – helping families heat their homes",
)
LEAD = _at(
    16,
    "Our work sits in three main strands: active travel – getting people walking and cycling; "
    "Inequalities Inequalities are unfair differences.",
)
ELSEWHERE = _at(60, "food safety – checking what restaurants serve", section="Other work")


def _lookup(document_id: str) -> list[Passage]:
    return [BEFORE, LEAD, ELSEWHERE] if document_id == "plan" else []


def test_items_printed_before_the_lead_in_complete_the_announced_count() -> None:
    answer = counted_list([made.hit(LEAD, _PLAN, 1.0)], ["strand"], _lookup, 0.8)
    assert answer is not None
    quotes = [c.quote for c in answer.citations]
    assert quotes[0] == "Our work sits in three main strands:"
    assert quotes[1:] == [
        "active travel – getting people walking and cycling",
        "clean air – keeping the air we breathe safe",
        "warm homes – helping families heat their homes",
    ]
    assert all(c.quote in c.passage.text for c in answer.citations)
    assert "food safety" not in answer.text


def test_a_count_that_cannot_be_made_up_is_no_answer() -> None:
    lead = replace(LEAD, text=LEAD.text.replace("three", "five"))
    assert counted_list([made.hit(lead, _PLAN, 1.0)], ["strand"], _lookup, 0.8) is None


def test_a_lead_in_about_something_else_is_no_answer() -> None:
    assert counted_list([made.hit(LEAD, _PLAN, 1.0)], ["budget"], _lookup, 0.8) is None


def test_a_list_whose_items_all_follow_is_left_to_the_usual_answer() -> None:
    whole = replace(LEAD, text="The two strands: active travel – walking; warm homes – heating")
    assert counted_list([made.hit(whole, _PLAN, 1.0)], ["strand"], _lookup, 0.8) is None
