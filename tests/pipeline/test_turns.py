"""A turn resolved against its conversation: its search words and scope, the stores read only
when needed."""

from __future__ import annotations

from ingest.model import DocType, Document
from pipeline.turns import resolve
from question.followup import read_turn
from retrieval.filters import Filters

_PLAN = Document(
    id="plan", title="Parks plan", doc_type=DocType.STRATEGY, source="x", sha256="0",
    date="2024-06-10",
)  # fmt: skip


def _unread() -> str:
    raise AssertionError("the last answer was read for a turn that does not need it")


def _uncited() -> tuple[str, ...]:
    raise AssertionError("the last citations were read for a turn that does not need them")


def test_a_question_standing_alone_reads_nothing_of_its_conversation() -> None:
    earlier = ["what is the parks budget?"]
    turn = read_turn("who chairs the cycling forum?", earlier)
    resolved = resolve(turn, earlier, None, last_answer=_unread, last_cited=_uncited, documents={})
    assert resolved.turn == turn
    assert resolved.scope == Filters() and not resolved.narrowed


def test_what_came_since_keeps_the_topic_and_narrows_to_the_later_papers() -> None:
    earlier = ["what is the pooled budget in the parks plan?"]
    turn = read_turn("has that changed since?", earlier)
    resolved = resolve(
        turn,
        earlier,
        None,
        last_answer=lambda: "The pooled budget is £1m. [1]",
        last_cited=lambda: ("plan",),
        documents={"plan": _PLAN},
    )
    assert "pooled" in resolved.turn.searched
    assert resolved.scope == Filters(date_from="2024-06-11")
    assert resolved.narrowed and resolved.asked_scope == Filters()


def test_the_requests_own_filters_win_over_what_the_turn_points_back_to() -> None:
    earlier = ["what is the pooled budget in the parks plan?"]
    turn = read_turn("has that changed since?", earlier)
    own = Filters(document_ids=("plan",))
    resolved = resolve(
        turn,
        earlier,
        own,
        last_answer=lambda: "The pooled budget is £1m. [1]",
        last_cited=_uncited,
        documents={"plan": _PLAN},
    )
    assert resolved.scope == own and not resolved.narrowed
