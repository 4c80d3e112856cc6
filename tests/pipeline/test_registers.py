"""Reading the registers through the assistant: access first, then filters, then the page."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.build import build_index
from index.generation import load_generation
from pipeline.assistant import Assistant
from pipeline.registers import MAX_LIMIT, RegisterQuery
from pipeline.trail import NO_MENTION, trail_summary
from pipeline.visibility import PUBLIC, Access
from retrieval.filters import Filters
from tests import corpora
from tests.fakes import FakeEmbedder
from tests.pipeline.registers_corpus import (
    PLAY_AREAS_REPORT,
    SECRET_DECISION,
    registers_assistant,
)

BOARD = Access(groups=frozenset({"board"}))


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return registers_assistant(tmp_path_factory.mktemp("registers"))


def test_rows_of_documents_the_caller_may_not_see_do_not_exist_for_it(
    assistant: Assistant,
) -> None:
    public = assistant.decisions(RegisterQuery(), access=PUBLIC)
    board = assistant.decisions(RegisterQuery(), access=BOARD)
    assert (public.total, public.rows) == (0, ())
    assert board.total == 3
    assert any(SECRET_DECISION in r.text for r in board.rows)
    assert assistant.commitments(RegisterQuery(), access=PUBLIC).total == 3


def test_a_trail_links_only_into_documents_the_caller_may_see(assistant: Assistant) -> None:
    """The plan's play-area commitment is reported on in the board's restricted minutes: the
    board sees the link, quoted and cited, and a public caller sees no later mention."""
    query = RegisterQuery(text="play areas")
    (board,) = assistant.commitments(query, access=BOARD).rows
    (public,) = assistant.commitments(query, access=PUBLIC).rows
    assert [link.quote for link in board.trail] == [PLAY_AREAS_REPORT]
    assert board.trail[0].citation.document_id == "board-minutes"
    passage = assistant.searcher.index.store.passage(board.trail[0].citation.passage_id)
    assert passage is not None and PLAY_AREAS_REPORT in passage.text
    assert trail_summary(board.trail) == "mentioned in Minutes of the board, 3 March 2031"
    assert public.trail == () and trail_summary(public.trail) == NO_MENTION


def test_owner_text_and_document_filters_all_hold(assistant: Assistant) -> None:
    by_owner = assistant.commitments(RegisterQuery(owner="open spaces"))
    assert [r.text[:20] for r in by_owner.rows] == ["We will open two new", "We will plant 5,000 "]
    by_text = assistant.commitments(RegisterQuery(text="RIVER spring"))
    assert by_text.total == 1
    only_minutes = assistant.commitments(
        RegisterQuery(filters=Filters(document_ids=("board-minutes",)))
    )
    assert only_minutes.total == 0


def test_decisions_are_dated_by_their_meeting_and_filtered_on_it(assistant: Assistant) -> None:
    inside = assistant.decisions(
        RegisterQuery(filters=Filters(date_from="2031-03", date_to="2031"))
    )
    outside = assistant.decisions(RegisterQuery(filters=Filters(date_from="2031-04")))
    assert (inside.total, outside.total) == (3, 0)


def test_pages_slice_the_filtered_rows_and_report_their_total(assistant: Assistant) -> None:
    first = assistant.decisions(RegisterQuery(limit=2))
    second = assistant.decisions(RegisterQuery(offset=2, limit=2))
    assert (first.total, second.total) == (3, 3)
    assert len(first.rows) == 2 and len(second.rows) == 1
    assert {r.id for r in first.rows}.isdisjoint(r.id for r in second.rows)


@pytest.mark.parametrize(("offset", "limit", "field"), [(-1, 10, "offset"), (0, 0, "limit"),
                                                         (0, MAX_LIMIT + 1, "limit")])  # fmt: skip
def test_a_query_out_of_range_is_refused_naming_the_field(
    offset: int, limit: int, field: str
) -> None:
    with pytest.raises(ValueError, match=field):
        RegisterQuery(offset=offset, limit=limit)


def test_a_corpus_without_strategies_or_minutes_has_empty_registers(tmp_path: Path) -> None:
    documents = [
        {"id": "note", "file": "n.txt", "title": "A note", "type": "report", "date": "2030"}
    ]
    corpus = corpora.write_corpus(tmp_path / "c", documents, {"n.txt": "A note\n\nNothing here.\n"})
    build_index(corpus, tmp_path / "i", FakeEmbedder())
    registers = load_generation(tmp_path / "i").registers
    assert (registers.commitments, registers.decisions) == ((), ())
