"""A list question answered from a document's numbered sections."""

from __future__ import annotations

from dataclasses import replace

from answer.extractive import compose
from answer.model import Answer
from answer.series import lettered_sections, numbered_sections
from ingest.model import Passage
from question.read import read_question
from tests.answer import made
from tests.answer.models import PLAIN_MODELS

_PLAN = made.document("plan", "Healthy County Plan 2024-2029", date="2024-07-01")


def _under(section: str, text: str, n: int) -> Passage:
    passage = made.passage(text, doc_id="plan", section=section, lines=(n, n + 1))
    return replace(passage, id=f"plan:{n}")


PASSAGES = [
    _under("Introduction", "This plan sets out what the council will do over five years.", 1),
    _under("Priority 1: Fewer people smoking", "Smoking is the largest cause of early death.", 3),
    _under("Priority 1: Fewer people smoking > What we will do", "We will fund quit support.", 5),
    _under("Priority 2: More people active", "Two in three adults are active each week.", 7),
    _under("Priority 3: Warmer homes", "Cold homes harm health, most of all in winter.", 9),
]


def _answer(
    question: str,
    top: Passage,
    passages: list[Passage],
    *,
    below: tuple[Passage, ...] = (),
    named: dict[str, str] | None = None,
) -> Answer:
    """The answer from `top` and the passages ranked `below` it, with the document's sections
    `passages`; `named`: the documents the question names by name."""
    hits = [made.hit(top, _PLAN, 1.0), *(made.hit(p, _PLAN, 0.8) for p in below)]
    answer = compose(
        read_question(question, idf=made.idf, documents=named),
        question,
        hits,
        idf=made.idf,
        sections=lambda document_id: passages if document_id == "plan" else [],
        models=PLAIN_MODELS,
    )
    assert all(c.quote in c.passage.text for c in answer.citations)
    return answer


def _ask(question: str, top: Passage) -> str:
    return _answer(question, top, PASSAGES).text


def test_the_priorities_are_listed_from_the_headings_of_their_sections() -> None:
    text = _ask("what are the priorities in the plan?", PASSAGES[3])
    for heading in ("Priority 1: Fewer people smoking", "Priority 2: More people active"):
        assert heading in text
    assert text.index("Priority 2") < text.index("Priority 3: Warmer homes")


def test_no_list_of_sections_when_the_best_passage_sits_in_none_of_them() -> None:
    text = _ask("what are the priorities in the plan?", PASSAGES[0])
    assert "Priority 2: More people active" not in text


def test_numbered_sections_are_found_behind_their_own_section_numbers() -> None:
    passages = [
        Passage("o1", "plan", "Text one.", section="4 Outcomes > 4.2 Outcome 1: Start well"),
        Passage("o2", "plan", "Text two.", section="4 Outcomes > 4.3 Outcome 2: Live well"),
    ]
    found = numbered_sections("Outcome", passages)
    assert [heading for heading, _ in found] == [
        "4.2 Outcome 1: Start well",
        "4.3 Outcome 2: Live well",
    ]


FRAMEWORK = [
    _under("Introduction", "The plan rests on three Cs.", 1),
    _under("Care – Care for those who need it", "Care comes first.", 3),
    _under("Care – Care for those who need it > What we will do", "We will fund carers.", 5),
    _under("Community – Build on what communities do", "Communities know best.", 7),
    _under("Cost – Spend wisely", "Every pound counts.", 9),
    _under("Measuring progress", "We will report each year.", 11),
]


def test_a_framework_named_by_its_initial_is_read_from_a_run_of_headings() -> None:
    found = lettered_sections("c", 3, FRAMEWORK)
    assert [heading.split(" –")[0] for heading, _ in found] == ["Care", "Community", "Cost"]
    # Not the asked number in a row, or not the asked initial: no framework.
    assert lettered_sections("c", 4, FRAMEWORK) == []
    assert lettered_sections("p", 3, FRAMEWORK) == []


def test_the_three_cs_are_answered_from_the_headings_whatever_the_sentences_score() -> None:
    answer = _answer("what are the three Cs in the plan?", FRAMEWORK[0], FRAMEWORK)
    assert not answer.refused
    assert "Community – Build on what communities do" in answer.text


def test_a_plan_named_by_its_name_lists_its_series_from_a_lower_ranked_passage_in_it() -> None:
    question = "what are the priorities in Greener Together?"
    overview = _under("Introduction", "The plan has three priorities, each with a lead.", 2)
    named = {"plan": "greener together"}
    text = _answer(question, overview, PASSAGES, below=(PASSAGES[3],), named=named).text
    assert "Priority 3: Warmer homes" in text


def test_the_series_is_read_from_the_best_ranked_passages_document_only() -> None:
    question = "what are the priorities in the plan?"
    overview = _under("Introduction", "The plan has three priorities, each with a lead.", 2)
    text = _answer(question, overview, PASSAGES, below=(PASSAGES[3],)).text
    assert "Priority 3: Warmer homes" in text
    # Another paper ranked first (an older edition, say) is what the question is about.
    other = made.document("old", "Healthy County Plan 2019-2024", date="2019-07-01")
    hits = [made.hit(made.passage("The old plan had two aims.", doc_id="old"), other, 1.0)]
    hits.append(made.hit(PASSAGES[3], _PLAN, 0.8))
    answer = compose(
        read_question(question, idf=made.idf),
        question,
        hits,
        idf=made.idf,
        sections=lambda document_id: PASSAGES if document_id == "plan" else [],
        models=PLAIN_MODELS,
    )
    assert "Priority 3: Warmer homes" not in answer.text
