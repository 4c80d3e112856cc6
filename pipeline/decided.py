"""When a decision the last answer quoted was taken: "what did the board resolve on X?", then
"when was that agreed?".

The resolution does not date itself; the paper it came from does: in its opening sentence
("Minutes of a meeting of the Board held on Thursday, 26 September 2019."), which is quoted when
it gives the paper's own date to the day; else, when the last question asked what was decided
and its answer came from a paper dated to the day (a portal's page for one agenda item), by
that date, the decision quoted again. Otherwise (a strategy's commitment, an undated paper)
there is no such answer, and the question is searched as any other.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from answer.model import Answer, Citation
from ingest.dates import days_in, spoken_date
from ingest.model import Document, Passage
from ingest.sentences import sentence_spans
from question.followup import first_quote
from question.kinds import answer_type
from question.model import AnswerType

RECORDED = "The decision is recorded in the minutes of that meeting:"


def day_decided(
    earlier_question: str,
    last_answer: str,
    cited: tuple[str, ...],
    documents: dict[str, Document],
    passages_of: Callable[[str], Sequence[Passage]],
) -> Answer | None:
    """`decision_day` for the turn before: its question, its answer's text and cited papers."""
    return decision_day(
        cited,
        first_quote(last_answer),
        documents,
        passages_of,
        was_decision=answer_type(earlier_question) is AnswerType.DECISION,
    )


def decision_day(
    cited: tuple[str, ...],
    last_quote: str,
    documents: dict[str, Document],
    passages_of: Callable[[str], Sequence[Passage]],
    *,
    was_decision: bool,
) -> Answer | None:
    """The day the first cited paper dates the decision `last_quote` quoted from it;
    `was_decision`: whether the last question asked what was decided."""
    document = documents.get(cited[0]) if cited else None
    iso = document.date if document is not None else None
    day = _day(iso) if iso else None
    if document is None or iso is None or day is None:
        return None
    passages = passages_of(document.id)
    if not passages:
        return None
    opening = passages[0]
    start, end = sentence_spans(opening.text)[0]
    quote = opening.text[start:end].strip()
    if day in days_in(quote):
        return _answer(RECORDED, Citation(1, opening, document, quote))
    quoted = last_quote.strip()
    holder = next((p for p in passages if quoted and quoted in p.text), None)
    if holder is None or not was_decision:
        return None
    lead = f"That was agreed at the meeting of {spoken_date(iso)}:"
    return _answer(lead, Citation(1, holder, document, quoted))


def _day(iso: str) -> tuple[int, int, int] | None:
    """An ISO date to the day as (year, month, day); None for a month or a year."""
    parts = iso.split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return None
    year, month, day = (int(p) for p in parts)
    return year, month, day


def _answer(lead: str, citation: Citation) -> Answer:
    return Answer(f"{lead} {citation.quote} [1]", [citation], 1.0, refused=False)
