"""A list asked of a table by a value in one of its columns is answered by the rows holding it."""

from __future__ import annotations

from answer.extractive import compose
from answer.table_filter import filtered_rows
from ingest.model import Passage
from question.read import read_question
from tests.answer import made
from tests.answer.models import PLAIN_MODELS

_HEADER = "| Project | Lead | Status |"
_FIRST = made.passage(
    f"{_HEADER} | Parks for all | Jo Bloggs | Amber | | Tree planting | Sam Roe | Green |",
    section="Progress",
    lines=(10, 12),
)
# A long table is cut into pieces, each opening on its header again.
_SECOND = made.passage(
    f"{_HEADER} | Play streets | Jo Bloggs | Amber | | Cycle hubs | Ana Diaz | Red |",
    section="Progress",
    lines=(13, 15),
)
_SUMMARY = made.passage(
    "Of the four projects, two are rated Amber.", section="Progress", lines=(8, 9)
)
_ALL = [_SUMMARY, _FIRST, _SECOND]


def _pieces(_document_id: str) -> list[Passage]:
    return _ALL


def _quotes(passage: Passage, terms: list[str]) -> list[str] | None:
    found = filtered_rows([made.hit(passage, made.document())], terms, _pieces, 0.5)
    return None if found is None else [c.quote for c in found.citations]


def test_the_rows_holding_the_value_asked_are_quoted_from_every_piece_of_the_table() -> None:
    assert _quotes(_FIRST, ["project", "rate", "amber"]) == [
        "| Parks for all | Jo Bloggs | Amber |",
        "| Play streets | Jo Bloggs | Amber |",
    ]


def test_a_table_in_the_section_of_a_retrieved_passage_is_filtered_too() -> None:
    assert _quotes(_SUMMARY, ["project", "red"]) == ["| Cycle hubs | Ana Diaz | Red |"]


def test_no_rows_are_chosen_by_a_value_every_row_or_no_row_holds() -> None:
    assert _quotes(_FIRST, ["project", "status"]) is None
    assert _quotes(_FIRST, ["amber", "green", "red"]) is None
    # A cell of several words is no value: "Jo Bloggs" is not picked by "jo".
    assert _quotes(_FIRST, ["jo"]) is None


def test_a_value_in_the_column_naming_each_row_chooses_nothing() -> None:
    table = made.passage(
        "| Group | Reports to | | Parks | Board | | Trees | Parks | | Play | Board |"
    )
    rows = filtered_rows([made.hit(table, made.document())], ["tree"], lambda _: [table], 0.5)
    assert rows is None
    # The column of the bodies reported to repeats its values: it is a category.
    found = filtered_rows([made.hit(table, made.document())], ["board"], lambda _: [table], 0.5)
    assert found is not None
    assert [c.quote for c in found.citations] == ["| Parks | Board |", "| Play | Board |"]


def test_a_value_the_question_negates_chooses_no_rows() -> None:
    asked = "which projects are not rated Amber?"
    question = read_question(asked, idf=lambda _: 2.0)
    assert question.wants.negated
    document = made.document()
    answer = compose(
        question,
        asked,
        [made.hit(_FIRST, document), made.hit(_SECOND, document)],
        idf=lambda _: 2.0,
        sections=_pieces,
        models=PLAIN_MODELS,
    )
    assert [c.quote for c in answer.citations] != [
        "| Parks for all | Jo Bloggs | Amber |",
        "| Play streets | Jo Bloggs | Amber |",
    ]
