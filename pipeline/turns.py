"""A question in its conversation, resolved: the words it is searched with and the papers it
is searched in.

A follow-up's pronoun may stand for the body the last answer named ("which group recommended
it?", then "and who chairs it?"); one pointing back at the last answer's meeting or paper is
searched within it in its own words; one asking what came after, or what an older edition
said, keeps the earlier topic within the later papers or the older editions
(question.occasion, pipeline.scoping).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from ingest.model import Document
from pipeline.scoping import occasion_filters
from question.followup import Turn, answered_subject, first_quote
from question.occasion import KEEPS_TOPIC
from retrieval.filters import Filters


@dataclass(frozen=True, slots=True)
class Resolved:
    """The turn as it is searched, and where."""

    turn: Turn
    scope: Filters
    """Where it is searched first."""
    asked_scope: Filters
    """Where it is searched when `narrowed` and nothing there answers: the request's filters."""
    narrowed: bool
    """Whether `scope` only narrows when the earlier topic is asked about (since, older)."""


def resolve(
    turn: Turn,
    previous: list[str],
    filters: Filters | None,
    *,
    last_answer: Callable[[], str],
    last_cited: Callable[[], tuple[str, ...]],
    documents: dict[str, Document],
) -> Resolved:
    """`turn` resolved against its conversation. `last_answer` and `last_cited` read the last
    turn's answer and cited documents, only when the turn needs them."""
    if turn.follows and previous:
        # "which group recommended it?" then "and who chairs it?": "it" is the group the
        # last answer named, in place of the earlier question's words.
        answer = last_answer()
        named = answered_subject(turn.text, previous[-1], first_quote(answer), answer)
        turn = replace(turn, searched=f"{turn.text} ({named})") if named else turn
    asked_scope = filters or Filters()
    kept = None
    if asked_scope.empty and turn.points_back is not None:
        kept = occasion_filters(turn.points_back, last_cited(), documents)
    if kept is None:
        return Resolved(turn, asked_scope, asked_scope, narrowed=False)
    # The meeting or paper pointed back at is what the earlier turns' words were for: the
    # question is searched in its own words, within it. What has changed since, or what an
    # older edition said, is still about the earlier topic.
    narrowed = turn.points_back in KEEPS_TOPIC
    turn = turn if narrowed else replace(turn, searched=turn.text)
    return Resolved(turn, kept, asked_scope, narrowed)
