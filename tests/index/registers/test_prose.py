"""Commitments a strategy states in its prose, from made-up passages of one document."""

from __future__ import annotations

from index.registers.prose import prose_commitments, we_will_sentences
from ingest.model import Passage, PassageKind


def _passage(
    n: int,
    text: str,
    lines: tuple[int, int] | None,
    section: str = "2 Our approach",
    page: int | None = None,
) -> Passage:
    return Passage(f"plan:{n}", "plan", text, section, page, lines, PassageKind.PARAGRAPH)


def _rows(passages: list[Passage]) -> list[str]:
    return [text for _, texts in prose_commitments(passages) for text in texts]


def test_a_lead_ins_items_are_rows_and_run_on_into_the_next_passage_without_a_gap() -> None:
    lead = _passage(1, "Parks matter to us. In the coming years we will:", (10, 10))
    first = _passage(2, "open two new parks; plant 500 trees each year;", (11, 12))
    second = _passage(3, "report on both every spring. Our parks team is small.", (13, 13))
    rows = _rows([lead, first, second])
    assert rows == [
        "open two new parks",
        "plant 500 trees each year",
        "report on both every spring",
    ]


def test_a_blank_line_ends_a_list_of_labelled_items() -> None:
    lead = _passage(1, "We will hold to the following values;", (10, 10))
    items = _passage(
        2, "Acting early. We will fund early help first. Being open with data.", (11, 12)
    )
    after = _passage(3, "Listening well to residents. This part sets out the budget.", (14, 15))
    assert _rows([lead, items, after]) == [
        "Acting early. We will fund early help first.",
        "Being open with data.",
    ]


def test_without_line_numbers_a_list_runs_on_into_one_passage_only() -> None:
    lead = _passage(1, "The board will:", None, page=4)
    items = _passage(2, "Acting early on damp homes. Being open with data.", None, page=4)
    later = _passage(3, "Working with landlords across the county.", None, page=5)
    assert _rows([lead, items, later]) == ["Acting early on damp homes.", "Being open with data."]


def test_we_will_sentences_of_any_lead_are_rows_but_quoted_ones_and_questions_are_not() -> None:
    text = (
        "Where figures are published nationally by other bodies, we will use their definitions. "
        "The regional vision is \u2018We will deliver care close to home for every "
        "resident.\u2019 How we will measure success"
    )
    assert we_will_sentences(text) == [
        "Where figures are published nationally by other bodies, we will use their definitions."
    ]


def test_a_we_will_sentence_inside_a_lead_ins_items_is_not_a_row_of_its_own() -> None:
    lead = _passage(1, "We will hold to the following values;", (10, 10))
    items = _passage(2, "Acting early. We will fund early help first.", (11, 11))
    assert _rows([lead, items]) == ["Acting early. We will fund early help first."]
