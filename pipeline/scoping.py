"""A follow-up kept to the meeting or the paper the last answer came from (question.occasion):
"at that same meeting, who stood in for the chair?" is asked of that meeting's papers only;
"has that changed since?" of the papers dated after it.

The last answer's first citation says which: its paper, or for a meeting every paper dated the
same day (the minutes, and each agenda item a portal publishes as a page of its own).
"""

from __future__ import annotations

import datetime as dt

from answer.model import Answer
from ingest.model import Document
from question.occasion import Occasion
from retrieval.filters import Filters, document_date

DAY = len("YYYY-MM-DD")


def cited_documents(answer: Answer) -> tuple[str, ...]:
    """The documents an answer cites, first cited first; none for a refusal, whose citations are
    only the closest passages and no answer's source."""
    if answer.refused:
        return ()
    return tuple(dict.fromkeys(c.document.id for c in answer.citations))


def occasion_filters(
    occasion: Occasion, cited: tuple[str, ...], documents: dict[str, Document]
) -> Filters | None:
    """The filters keeping a follow-up to what the first cited document points at: its
    meeting, itself, the papers dated after it, the editions it replaced or that replaced it;
    None when the last answer cited nothing still in the index, or there is nothing of that
    kind. A meeting is its paper's day: a paper dated only by month or year is kept to itself."""
    first = documents.get(cited[0]) if cited else None
    if first is None:
        return None
    if occasion is Occasion.OLDER:
        return older_editions(first, documents)
    if occasion is Occasion.NEWER:
        return newer_editions(first, documents)
    if occasion is Occasion.DECIDED:
        return Filters(document_ids=(first.id,))
    paper = Filters(document_ids=(first.parent_id or first.id,))
    if occasion is Occasion.DOCUMENT:
        return paper
    day = document_date(first, documents)
    if occasion is Occasion.SINCE:
        return Filters(date_from=after(day)) if day else None
    if day is None or len(day) < DAY:
        return paper
    return Filters(date_from=day, date_to=day)


def after(date: str) -> str:
    """The first date after `date` at its own precision: the next day, month or year."""
    if len(date) >= DAY:
        return (dt.date.fromisoformat(date[:DAY]) + dt.timedelta(days=1)).isoformat()
    if len(date) >= len("YYYY-MM"):
        year, month = int(date[:4]), int(date[5:7])
        return f"{year + month // 12:04d}-{month % 12 + 1:02d}"
    return f"{int(date[:4]) + 1:04d}"


def newer_editions(cited: Document, documents: dict[str, Document]) -> Filters | None:
    """The editions that replaced the cited paper, each in turn; None when none did."""
    newer: list[str] = []
    successor = documents.get(cited.parent_id or "", cited)
    while successor.superseded_by and successor.superseded_by in documents:
        if successor.superseded_by in newer:
            break
        newer.append(successor.superseded_by)
        successor = documents[successor.superseded_by]
    return Filters(document_ids=tuple(newer)) if newer else None


def older_editions(cited: Document, documents: dict[str, Document]) -> Filters | None:
    """The editions the cited paper superseded; when it superseded none (a progress report on a
    strategy), every superseded paper; None when there is none."""
    own = cited.parent_id or cited.id
    older = tuple(sorted(i for i, d in documents.items() if d.superseded_by == own))
    older = older or tuple(sorted(i for i, d in documents.items() if d.superseded_by))
    return Filters(document_ids=older) if older else None
