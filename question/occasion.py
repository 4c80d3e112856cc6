"""Which earlier paper or meeting a follow-up points back to: "at that same meeting, who stood
in for the chair?", "what else does that report recommend?".

Such a follow-up is about the meeting or the paper the last answer came from, not about its
topic: another meeting's minutes answer "who stood in for the chair?" just as well, and wrongly.
The pipeline keeps it to that meeting's papers or to that paper (pipeline.scoping).
"""

from __future__ import annotations

import re
from enum import StrEnum


class Occasion(StrEnum):
    """What a follow-up points back to."""

    MEETING = "meeting"
    """The meeting the last answer's paper was for: every paper of that meeting."""
    DOCUMENT = "document"
    """The paper the last answer came from."""


_BACK = r"\b(?:that|this|the same|same|that same|this same)\s+"
_MEETING = re.compile(_BACK + r"(?:board\s+)?(?:meeting|session|sitting)\b", re.I)
_DOCUMENT = re.compile(
    _BACK + r"(?:report|paper|document|strategy|plan|update|minutes|item|agenda item|"
    r"presentation|action log)\b",
    re.I,
)


def points_back_to(question: str) -> Occasion | None:
    """The meeting or paper the question points back to by "that", "this" or "the same"; a
    meeting when it names both ("that meeting's report" is a paper of that meeting)."""
    if _MEETING.search(question):
        return Occasion.MEETING
    if _DOCUMENT.search(question):
        return Occasion.DOCUMENT
    return None
