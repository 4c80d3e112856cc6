"""Decision rows: each RESOLVED point of minutes, each decision their narrative records as the
meeting's ("Members agreed that ..."), and each row of an action log.

A resolution passage holding lettered points ("a) That ... b) That ...") gives one row a
point; the letters must run in order, so a stray "(i)" inside a point does not split it. A
resolution split across passages continues in the next one, whose opening words (before any
letter) are a row of their own with the same minute item.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.registers.model import Decision, cite
from index.tokenize import words
from ingest.fields import ActionFields, MinuteItemFields
from ingest.model import Document, Passage

_RESOLVED_LABEL_RE = re.compile(r"^(?:\*\*|__)?RESOLVED\b(?:\*\*|__)?\s*:?\s*(?:\*\*|__)?\s*")
_POINT_RE = re.compile(r"(?:^|(?<=\s))\(?(?P<letter>[a-z])\)\s+")
# A decision the narrative of a minute records as the meeting's own: its members, the body or
# "it was" agreed or decided, in the simple past. Not one person agreeing ("The Chair agreed",
# "Mr Smith agreed to arrange this"), nor an earlier decision recalled ("the Board had agreed").
_AGREED_RE = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:Members|The\s+(?:Board|Committee|Sub-?committee|Panel|Cabinet|"
    r"Council|Partnership|Group|Forum|Meeting)|It\s+was)\s+(?:unanimously\s+)?"
    r"(?:agreed|decided)\b[^.!?]*[.!?]"
)
# An action passage whose row ingest could not read: every cell empty.
_NO_CELLS = ActionFields(
    number="", date="", action="", responsible_officer="", comments="", status=""
)
# An action log's date column: day/month/year with a two- or four-digit year.
_ACTION_DATE_RE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})$")


def decision_rows(passages: Sequence[Passage], documents: dict[str, Document]) -> list[Decision]:
    rows: list[Decision] = []
    for passage in passages:
        document = documents[passage.document_id]
        if passage.kind == "resolution":
            rows.extend(resolution_rows(passage, document))
        elif passage.kind == "minute_item" and document.doc_type == "minutes":
            rows.extend(agreement_rows(passage, document))
        elif passage.kind == "action":
            rows.append(action_row(passage, document))
    return _once_each(rows, documents)


# The share of the shorter wording's words the longer one must hold for two resolution points of
# one meeting to be the same decision worded twice (a portal's summary beside the minutes').
SAME_DECISION = 0.8


def _once_each(rows: list[Decision], documents: dict[str, Document]) -> list[Decision]:
    """Each resolution once: a committee portal gives a meeting's decision again on the item's
    page (in its decision and in its minutes, and in any copy of the page), worded as the
    minutes word it or shortened. The minutes' own row is kept, else the first; two points of
    one paper are two decisions however alike ("That the report be noted" under two items)."""

    def minutes_first(row: Decision) -> bool:
        return documents[row.citation.document_id].doc_type != "minutes"

    kept: list[tuple[str, str | None, frozenset[str]]] = []
    chosen: set[int] = set()
    for row in sorted((r for r in rows if r.kind == "resolution"), key=minutes_first):
        paper, said = row.citation.document_id, frozenset(words(row.text))
        if not any(
            other_paper != paper
            and date == row.meeting_date
            and len(said & other) >= SAME_DECISION * min(len(said), len(other))
            for other_paper, date, other in kept
        ):
            kept.append((paper, row.meeting_date, said))
            chosen.add(id(row))
    return [row for row in rows if row.kind != "resolution" or id(row) in chosen]


def resolution_rows(passage: Passage, document: Document) -> list[Decision]:
    item_number, item_title = minute_item(passage)
    return [
        Decision(
            id=f"{passage.id}#{n}",
            kind="resolution",
            text=point,
            citation=cite(passage, document),
            meeting=document.title,
            meeting_date=document.date,
            item_number=item_number,
            item_title=item_title,
        )
        for n, point in enumerate(resolved_points(passage.text), start=1)
    ]


def agreement_rows(passage: Passage, document: Document) -> list[Decision]:
    item_number, item_title = minute_item(passage)
    return [
        Decision(
            id=f"{passage.id}#agreed{n}",
            kind="agreement",
            text=match.group(0),
            citation=cite(passage, document),
            meeting=document.title,
            meeting_date=document.date,
            item_number=item_number,
            item_title=item_title,
        )
        for n, match in enumerate(_AGREED_RE.finditer(passage.text), start=1)
    ]


def minute_item(passage: Passage) -> tuple[str | None, str | None]:
    """The number and title of the minute item a passage sits in, where ingest read them."""
    fields = passage.fields
    if isinstance(fields, MinuteItemFields):
        return fields.minute_number or None, fields.title or None
    return None, None


def resolved_points(text: str) -> list[str]:
    """The points of a resolution, each a verbatim substring of `text`, without the
    "RESOLVED:" label."""
    label = _RESOLVED_LABEL_RE.match(text)
    body_start = label.end() if label else 0
    starts = point_starts(text, body_start)
    bounds = [body_start, *starts] if not starts or starts[0] > body_start else starts
    points = []
    for i, start in enumerate(bounds):
        end = bounds[i + 1] if i + 1 < len(bounds) else len(text)
        point = text[start:end].strip()
        if point:
            points.append(point)
    return points


def point_starts(text: str, start: int) -> list[int]:
    """Where each lettered point begins, letters in order from the first one found."""
    starts: list[int] = []
    expected: str | None = None
    for match in _POINT_RE.finditer(text, start):
        letter = match.group("letter")
        if expected is None or letter == expected:
            starts.append(match.start())
            expected = chr(ord(letter) + 1)
    return starts


def action_row(passage: Passage, document: Document) -> Decision:
    fields = passage.fields if isinstance(passage.fields, ActionFields) else _NO_CELLS
    action = fields.action
    return Decision(
        id=passage.id,
        kind="action",
        text=action if action and action in passage.text else passage.text,
        citation=cite(passage, document),
        meeting=document.title,
        meeting_date=iso_date(fields.date) or document.date,
        item_number=fields.number or None,
        responsible_officer=fields.responsible_officer or None,
        status=fields.status or None,
        comments=fields.comments or None,
    )


def iso_date(printed: str) -> str | None:
    """'26/09/19' -> '2019-09-26'; None for anything else."""
    match = _ACTION_DATE_RE.match(printed.strip())
    if match is None:
        return None
    day, month, year = (int(g) for g in match.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    full = year + 2000 if year < 100 else year
    return f"{full:04d}-{month:02d}-{day:02d}"
