"""Questions that compare two times: "how many had been done at the 2019 update compared with
the 2025 report?", "which board owned it back in 2013, and who looks after it now?"; and
questions that follow a commitment to where it has got ("the strategy promised X - where have we got
to?"), which compare the plan with its progress reports.

One search ranks the two sides against each other, so the better-matching year crowds the other
out of the passages an answer is drawn from. Each side is searched and answered on its own
instead: its documents by date, its question without the other side's years (a passage from
2025 does not mention 2019, and must not be judged off target for it).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from ingest.dates import YEARS_RE
from question.comparing import as_asked_of
from question.model import Question
from retrieval.filters import Filters
from retrieval.search import Hit

PROGRESS_REPORT = "progress_report"


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a comparison: the question as asked of it, and the search filters that keep
    to its documents."""

    question: str
    filters: Filters


def comparison_sides(
    question: Question,
    filters: Filters | None = None,
    editions: Mapping[str, str] | None = None,
    dates: Mapping[str, str] | None = None,
) -> list[Side] | None:
    """The two sides the question compares, or None when it compares nothing (or asks whom to
    contact, or the caller's own filter already picks the time or the kind of document).
    `editions` maps each superseded document the caller may see to its successor; `dates` gives
    the documents' dates."""
    base = filters or Filters()
    compares, text = question.compares, question.text
    if compares.progress and not base.doc_types:
        # The plan as asked, against what the progress reports say: the plan's years name the
        # plan's period, and the latest figures are for a later one.
        progress = replace(base, doc_types=(PROGRESS_REPORT,))
        return [Side(text, base), Side(_without_years(text, keep=None), progress)]
    years = list(compares.years)
    own_scope = base.document_ids or base.date_from or base.date_to
    # "How has the target moved from Healthier Northshire to now?": an edition named by its
    # name, set against what has been said since.
    named = {d: editions[d] for d in question.documents if editions and d in editions}
    if not (years or own_scope) and named and compares.times:
        return _edition_sides(question, base, named, dates or {})
    if not (years or own_scope) and editions and compares.editions:
        return _edition_sides(question, base, editions, dates or {})
    if base.date_from or base.date_to or not compares.times:
        return None
    if len(years) >= 2:
        first, second = years[0], years[-1]
        return [
            Side(_without_years(text, keep=first), _dated(base, first, first)),
            Side(_without_years(text, keep=second), _dated(base, second, second)),
        ]
    if len(years) == 1:
        # "Since 2013 ... now": the named year, against everything after it.
        year = years[0]
        return [
            Side(text, _dated(base, year, year)),
            Side(_without_years(text, keep=None), _dated(base, year + 1, None)),
        ]
    return None


def _edition_sides(
    question: Question, base: Filters, editions: Mapping[str, str], dates: Mapping[str, str]
) -> list[Side]:
    """The superseded editions, against what has been said since: every document from the
    date of the editions that superseded them on ("what is it now?" is answered by a later
    revision of the target, too); or those editions alone when one of them has no date. Each
    side is asked without the words that pick the other (question.comparing.as_asked_of)."""
    older = tuple(sorted(editions))
    newer = tuple(sorted(set(editions.values()) - set(editions)))
    since = [dates[d] for d in newer if d in dates]
    now = (
        replace(base, date_from=min(since))
        if newer and len(since) == len(newer)
        else replace(base, document_ids=newer)
    )
    older_names = tuple(
        name
        for d, name in zip(question.documents, question.document_names, strict=True)
        if d in editions
    )
    return [
        Side(as_asked_of(question.text, older=True), replace(base, document_ids=older)),
        Side(as_asked_of(question.text, older=False, names=older_names), now),
    ]


def _dated(base: Filters, start: int, end: int | None) -> Filters:
    return replace(base, date_from=str(start), date_to=None if end is None else str(end))


def _without_years(question: str, *, keep: int | None) -> str:
    kept = str(keep) if keep is not None else None
    text = YEARS_RE.sub(lambda m: m.group(0) if m.group(1) == kept else "", question)
    return " ".join(text.split())


def interleaved(sides: list[list[Hit]]) -> list[Hit]:
    """The sides' hits taken in turn (each side's best first), each passage once."""
    seen: set[str] = set()
    hits = []
    for rank in range(max((len(h) for h in sides), default=0)):
        for side in sides:
            if rank < len(side) and side[rank].passage.id not in seen:
                seen.add(side[rank].passage.id)
                hits.append(side[rank])
    return hits
