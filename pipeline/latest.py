"""The latest word on a date still to come: "when's the refresh due?", or "it was due in April -
is that still the date?", asked of papers that moved it. The first answer's paper said April; a
later paper says July, "rather than April as previously agreed". Both are shown, each labelled
with its paper and date, the later last.

The papers dated after the first answer's are searched for the same question; their answer is
added only when it is at least as confident as the first, or more likely an answer than not (a
later paper that merely mentions the topic beside another date is no revision of it; but a
board's resolution quoted first is usually surer than any report's sentence, so a report that
moved its date would seldom be as sure).
"""

from __future__ import annotations

from collections.abc import Callable

from answer.joined import joined_sides
from answer.model import Answer
from ingest.model import Document
from pipeline.scoping import after
from question.model import AnswerType, Question
from retrieval.filters import Filters, document_date
from retrieval.search import Hit

Answered = tuple[Answer, list[Hit]]

# Confidence is a calibrated probability that the answer answers: above one half, more likely
# than not.
LIKELY = 0.5


def latest_word(
    asked: Question,
    first: Answered,
    answer_within: Callable[[Filters], Answered],
    documents: dict[str, Document],
) -> Answered:
    """`first`, with a later paper's answer joined after it when `asked` is about a date still
    to come (Wants.planned) or a figure as it stands now (Wants.current), and a paper dated after
    `first`'s first citation answers it as confidently (or more likely than not), with a quote
    `first` does not give already. `answer_within(filters)` answers the same question within
    `filters`."""
    answer, hits = first
    revisable = asked.wants.planned or (asked.wants.current and asked.kind is AnswerType.NUMBER)
    if not revisable or answer.refused:
        return first
    day = document_date(answer.citations[0].document, documents) if answer.citations else None
    if day is None:
        return first
    later, later_hits = answer_within(Filters(date_from=after(day)))
    if later.refused or later.confidence < min(answer.confidence, LIKELY):
        return first
    if later.citations and later.citations[0].quote in {c.quote for c in answer.citations}:
        # The first answer quotes the later paper's word already.
        return first
    both = joined_sides([answer, later])
    return first if both is None else (both, [*hits, *later_hits])
