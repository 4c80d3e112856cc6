"""The latest word on a date still to come: "when's the refresh due?", or "it was due in April -
is that still the date?", asked of papers that moved it. The first answer's paper said April; a
later paper says July, "rather than April as previously agreed". Both are shown, each labelled
with its paper and date, the later last.

The papers dated after the first answer's are searched for the same question; their answer is
added only when it is at least as confident as the first (a later paper that merely mentions
the topic beside another date is no revision of it).
"""

from __future__ import annotations

from collections.abc import Callable

from answer.joined import joined_sides
from answer.model import Answer
from ingest.model import Document
from pipeline.scoping import after
from question.model import Question
from retrieval.filters import Filters, document_date
from retrieval.search import Hit

Answered = tuple[Answer, list[Hit]]


def latest_word(
    asked: Question,
    first: Answered,
    answer_within: Callable[[Filters], Answered],
    documents: dict[str, Document],
) -> Answered:
    """`first`, with a later paper's answer joined after it when `asked` is about a date still
    to come (Wants.planned) and a paper dated after `first`'s first citation answers it at least
    as confidently. `answer_within(filters)` answers the same question within `filters`."""
    answer, hits = first
    if not asked.wants.planned or answer.refused:
        return first
    day = document_date(answer.citations[0].document, documents) if answer.citations else None
    if day is None:
        return first
    later, later_hits = answer_within(Filters(date_from=after(day)))
    if later.refused or later.confidence < answer.confidence:
        return first
    both = joined_sides([answer, later])
    return first if both is None else (both, [*hits, *later_hits])
