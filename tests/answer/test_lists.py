"""A list question is answered with the lead-in sentence and the items of the list after it."""

from __future__ import annotations

from answer.extractive import compose
from answer.lists import items_span, table_run
from ingest.model import Passage
from question.read import read_question
from retrieval.search import Hit
from tests.answer import made
from tests.answer.models import PLAIN_MODELS

_PLAN = made.document("plan", "Children and Families Partnership Plan: progress update")


def _hit(text: str, kind: str, lines: tuple[int, int], score: float) -> Hit:
    found = made.passage(text, doc_id="plan", kind=kind, lines=lines)
    return made.hit(found, _PLAN, score, dense=0.6)


LEAD = _hit(
    "The Plan sets out the shared vision for children. The five priorities are:",
    "paragraph",
    (10, 14),
    1.0,
)
ITEMS = _hit(
    "i. Ensure the best start in life; ii. Keep children safe and free from harm; "
    "iii. Support children and families to be resilient;",
    "list",
    (15, 20),
    0.9,
)
ELSEWHERE = _hit("The three we will prioritise are:", "paragraph", (40, 41), 0.95)


def _ask(question: str, hits: list[Hit], sections: list[Passage] | None = None) -> str:
    answer = compose(
        read_question(question, idf=lambda t: 2.0),
        question,
        hits,
        idf=lambda t: 2.0,
        sections=None if sections is None else lambda _: sections,
        models=PLAIN_MODELS,
    )
    assert all(c.quote in c.passage.text for c in answer.citations)
    return answer.text


def test_the_lead_in_and_its_items_answer_a_list_question() -> None:
    text = _ask("what priorities does the children and families plan set out?", [LEAD, ITEMS])
    assert text.startswith("The five priorities are: [1] Ensure the best start in life;")
    assert "free from harm" in text and text.endswith("[2]")


def test_a_lead_in_sharing_only_a_count_with_the_question_is_not_used() -> None:
    text = _ask("what are the three domains of the children and families plan?", [ELSEWHERE, ITEMS])
    assert not text.startswith("The three we will prioritise are:")


def test_a_bulleted_lead_in_and_its_list_printed_after_blank_lines_answer_together() -> None:
    lead = _hit(
        "The Plan sets out the shared vision for children. The five priorities include;",
        "paragraph",
        (10, 14),
        1.0,
    )
    items = _hit(
        "Priority 1: Ensure the best start in life; Priority 2: Keep children safe;",
        "list",
        (21, 24),
        0.9,
    )
    text = _ask("what priorities does the children and families plan set out?", [lead, items])
    assert text.startswith("The five priorities include; [1] Priority 1: Ensure the best start")


def test_a_numbered_list_after_its_lead_in_is_followed_through_the_passages_it_spans() -> None:
    lead = made.passage(
        "The plan sets out its aims. Three projects have been set up:",
        doc_id="plan",
        lines=(10, 12),
    )
    first = made.passage(
        "i. Mapping Project: this maps services. ii. Data Project: this shares data.",
        doc_id="plan",
        kind="list",
        lines=(13, 16),
    )
    rest = made.passage("iii. Training Project: this trains staff.", doc_id="plan", lines=(18, 19))
    hits = [made.hit(lead, _PLAN, 1.0, dense=0.6), made.hit(first, _PLAN, 0.9, dense=0.6)]
    text = _ask("what are the projects the plan has set up?", hits, [lead, first, rest])
    assert text.startswith("Three projects have been set up: [1] i. Mapping Project")
    assert "iii. Training Project: this trains staff." in text


_POT = _hit(
    "| Stream | 2024/25 (£m) | | Parks grant | 4.10 | | Tree fund | 1.20 | | Play fund | 0.80 |",
    "paragraph",
    (30, 34),
    1.0,
)


def test_a_list_asked_of_a_table_is_answered_with_every_row() -> None:
    text = _ask("what grants make up the parks fund?", [_POT])
    assert text == f"{_POT.passage.text} [1]"


def test_a_table_after_a_lead_in_is_quoted_whole_and_a_row_alone_gives_no_table() -> None:
    table = _POT.passage.text
    assert items_span(table) == (0, len(table))
    assert table_run(table, table.index("| Tree fund")) == (0, len(table))
    assert table_run("Funding rose. The parks grant is £4.1m.", 0) is None
    # A row whose cells hold prose runs on through its sentences.
    prose = "| Item | Update | | Trees | Planting began. It is on track. | | Play | Done. |"
    assert table_run(prose, prose.index("| Play")) == (0, len(prose))


def test_a_pdf_tables_caption_is_answered_with_the_table_on_the_same_page() -> None:
    # PDF passages carry pages, not lines.
    lead = made.hit(
        Passage(
            "plan:p:1",
            "plan",
            "Ambitions are set for three park metrics. Table 2: Park metrics",
            page=7,
        ),
        _PLAN,
        1.0,
        dense=0.6,
    )
    table_text = (
        "| Metric | 2025 plan | | Visits | 1,300 | | Tree cover | 21% | | Play areas | 40 |"
    )
    table = made.hit(Passage("plan:p:2", "plan", table_text, page=7), _PLAN, 0.9, dense=0.6)
    text = _ask("which park metrics does the plan set ambitions for?", [lead, table])
    assert "| Tree cover | 21% |" in text
    far = made.hit(Passage("plan:p:3", "plan", table_text, page=12), _PLAN, 0.9, dense=0.6)
    assert "Tree cover" not in _ask(
        "which park metrics does the plan set ambitions for?", [lead, far]
    )


def _commitment(text: str, lines: tuple[int, int], score: float) -> Hit:
    return _hit(text, "commitment", lines, score)


POINTING = _hit(
    "We have a long list of aims. From it we picked three priorities to fast-track. These are:",
    "paragraph",
    (30, 32),
    1.0,
)
ONE_EACH = [
    _commitment("We will give every child a good start.", (34, 34), 0.9),
    _commitment("We will help more adults reach a healthy weight.", (36, 37), 0.8),
    _commitment("We will improve sexual health services.", (39, 39), 0.7),
]


def test_a_list_chunked_one_item_to_a_passage_is_followed_through_every_item() -> None:
    passages = [POINTING.passage, *(h.passage for h in ONE_EACH)]
    text = _ask("which priorities were picked to fast-track?", [POINTING, *ONE_EACH], passages)
    # "These are:" says nothing of what is listed: the sentence before it does.
    assert text.startswith("From it we picked three priorities to fast-track. These are: [1]")
    assert "good start. [2]" in text and "healthy weight. [3]" in text
    assert text.endswith("sexual health services. [4]")


def test_an_item_run_stops_at_a_passage_that_is_no_item() -> None:
    after = _hit("Progress will be reported to the board yearly.", "paragraph", (41, 41), 0.6)
    passages = [POINTING.passage, *(h.passage for h in ONE_EACH), after.passage]
    text = _ask("which priorities were picked to fast-track?", [POINTING, *ONE_EACH], passages)
    assert "reported to the board" not in text
