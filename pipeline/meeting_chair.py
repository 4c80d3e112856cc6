"""Who chaired a meeting: "who was chairing the board in September 2024?".

Minutes say who chaired in the list of those present ("Present: Cllr Jo Bloggs (Chair) - Cabinet
Member ...", "Mr. J. Bloggs CC (in the Chair)"), a list that shares few words with the question
and is seldom retrieved for it. For a question asking who chaired, that names when (a month, a
year), the minutes dated then are read for that mark, and each meeting's chair is quoted,
labelled with its date; the composed answer stands when it already names them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from answer.model import Answer, Citation
from answer.people import NAME
from ingest.dates import MONTHS, spoken_date
from ingest.model import DocType, Document, Passage
from ingest.signatures import HONORIFIC
from pipeline.role_holders import Dated
from question.model import AnswerType, Question

# A name, titled ("Cllr Jo Bloggs", "Mr. J. Bloggs CC") or not, marked as the chair: the vice-chair
# is marked "(Vice-Chair)" and so is no match.
_CHAIRED = re.compile(
    rf"(?P<name>{HONORIFIC}\s+(?:[A-Z][\w.'’-]*\s+){{0,5}}?[A-Z][\w.'’-]*|{NAME})"
    r"\s*\((?:in\s+the\s+)?Chair(?:man|woman|person)?\)"
)
MAX_MEETINGS = 3
"""The most meetings one answer names the chair of ("in 2024" may cover several)."""


def meeting_chair_answer(
    question: Question,
    composed: Answer,
    documents: dict[str, Document],
    passages_of: Callable[[str], Sequence[Passage]],
    dated: Dated,
) -> Answer | None:
    """The chair of each meeting the question dates, from its minutes, or None to keep
    `composed`."""
    if question.kind is not AnswerType.PERSON or not question.wants.chair or not question.dates:
        return None
    meetings = sorted(
        (day, d)
        for d in documents.values()
        if d.doc_type is DocType.MINUTES and (day := dated(d)) and _on(day, question.dates)
    )
    citations: list[Citation] = []
    parts: list[str] = []
    for day, minutes in meetings[:MAX_MEETINGS]:
        found = _chair_in(passages_of(minutes.id))
        if found is None:
            continue
        passage, quote = found
        n = len(citations) + 1
        citations.append(Citation(n, passage, minutes, quote))
        parts.append(f"At the meeting of {spoken_date(day)}: {quote} [{n}]")
    if not citations or all(_named(c.quote) in composed.text for c in citations):
        return None
    return Answer(" ".join(parts), citations, max(composed.confidence, 0.5), refused=False)


def _on(day: str, dates: Sequence[str]) -> bool:
    """Whether an ISO date falls in every year and month the question names."""
    for named in dates:
        if named.isdigit():
            if not day.startswith(named):
                return False
        elif named in MONTHS and day[5:7] != f"{MONTHS.index(named) + 1:02d}":
            return False
    return True


def _chair_in(passages: Sequence[Passage]) -> tuple[Passage, str] | None:
    for passage in passages:
        found = _CHAIRED.search(passage.text)
        if found is not None:
            return passage, found.group(0)
    return None


def _named(quote: str) -> str:
    found = _CHAIRED.match(quote)
    return found.group("name") if found else quote
