"""What the runner observed for each gold question: plain records the metrics are computed from."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Retrieved:
    """One search for one gold question in one mode."""

    item_id: str
    split: str
    kind: str
    mode: str
    answerable: bool
    query: str
    """The question as searched: a follow-up rewritten from its conversation."""
    passage_ids: tuple[str, ...]
    held: tuple[tuple[int, ...], ...]
    """Per rank (best first), the indexes of the item's evidence quotes that hit holds."""
    evidence_count: int
    ms: float

    @property
    def first_rank(self) -> int | None:
        """1-based rank of the first passage holding any gold evidence."""
        return next((rank for rank, held in enumerate(self.held, 1) if held), None)

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "first_rank": self.first_rank}


@dataclass(frozen=True, slots=True)
class CitationCheck:
    passage_id: str
    document_id: str
    quote: str
    holds_evidence: bool
    verbatim: bool
    """The quote is in the cited passage's text and in the indexed passage of that id."""
    states_fact: bool = False
    """The quote states one of the question's gold facts (any spelling), in whichever passage:
    the gold lists one place per fact, and councils publish a fact in several."""


@dataclass(frozen=True, slots=True)
class Answered:
    """One answer to one gold question in one mode (asked in its conversation)."""

    item_id: str
    split: str
    kind: str
    mode: str
    answerable: bool
    question: str
    rewritten: str
    text: str
    refused: bool
    confidence: float
    facts_met: tuple[bool, ...]
    citations: tuple[CitationCheck, ...]
    evidence_rank: int | None
    """Rank of the first passage holding gold evidence among the passages the answer saw."""
    ms: float
    stable: bool | None = None
    """For a question that follows nothing, in the first answer mode: whether it is answered
    word for word the same when asked after another gold question in one conversation (None
    when not tried)."""

    @property
    def correct(self) -> bool:
        return self.answerable and not self.refused and all(self.facts_met)

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "correct": self.correct}
