"""Which earlier paper or meeting a follow-up points back to: "at that same meeting, who stood
in for the chair?", "what else does that report recommend?".

Such a follow-up is about the meeting or the paper the last answer came from, not about its
topic: another meeting's minutes answer "who stood in for the chair?" just as well, and wrongly.
The pipeline keeps it to that meeting's papers or to that paper (pipeline.scoping). A follow-up
about the present ("has that changed since?") is about the papers that came after it.
"""

from __future__ import annotations

import re
from enum import StrEnum

from question.comparing import comparing, edition


class Occasion(StrEnum):
    """What a follow-up points back to."""

    MEETING = "meeting"
    """The meeting the last answer's paper was for: every paper of that meeting."""
    DOCUMENT = "document"
    """The paper the last answer came from."""
    OLDER = "older"
    """The older editions of the last answer's paper: "what about the old strategy?"."""
    SINCE = "since"
    """What has been said after the last answer's paper: "has that changed since?", "is it
    still happening?"."""
    NEWER = "newer"
    """The editions that replaced the last answer's paper: "so what replaced it?"."""
    DECIDED = "decided"
    """The day the decision the last answer quoted was taken: its own paper (the minutes, not
    the whole pack they came in), which dates it: "when was that agreed?"."""


_BACK = r"\b(?:that|this|the same|same|that same|this same)\s+"
_MEETING = re.compile(_BACK + r"(?:board\s+)?(?:meeting|session|sitting)\b", re.I)
_DOCUMENT = re.compile(
    _BACK + r"(?:report|paper|document|strategy|plan|update|minutes|item|agenda item|"
    r"presentation|action log)\b",
    re.I,
)


KEEPS_TOPIC = frozenset({Occasion.SINCE, Occasion.OLDER, Occasion.NEWER, Occasion.DECIDED})
"""Occasions that narrow when, not what: the earlier turn's topic is still what is asked."""

# "Has that changed since?", "is it still going ahead?", "what's the latest on it?": what came
# after the paper just quoted. "What is it now?" is not: a standing strategy older than that
# paper may be what says it. A year of the question's own says which time instead.
_SINCE = re.compile(r"\b(since|still|any ?more|latest)\b", re.I)
# "So what replaced it?", "what superseded that?", "what came after it?": its successor.
_REPLACED = re.compile(
    r"\bwhat(?:'s|\s+has)?\s+(?:replaced|superseded|succeeded|came after|took over from)\b", re.I
)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# "When was that agreed?", "when did they decide it?": the day of the decision just quoted,
# which its own paper dates.
_WHEN_DECIDED = re.compile(
    r"^\s*(?:and\s+|so\s+)?when\b.*\b(?:that|it|this|they)\b.*\b(?:agree|decide|resolve|approve|"
    r"adopt|sign(?:ed)? off|endorse)\w*",
    re.I,
)


def points_back_to(question: str) -> Occasion | None:
    """The meeting or paper the question points back to by "that", "this" or "the same"; a
    meeting when it names both ("that meeting's report" is a paper of that meeting); the
    editions that replaced that paper, when it asks what replaced it; the time after that
    paper, when it asks what came after and names no year; or that paper's older editions,
    when it names one by its age and sets nothing against it."""
    if _REPLACED.search(question):
        return Occasion.NEWER
    if _MEETING.search(question):
        return Occasion.MEETING
    if _DOCUMENT.search(question):
        return Occasion.DOCUMENT
    if _WHEN_DECIDED.search(question):
        return Occasion.DECIDED
    if _SINCE.search(question) and not _YEAR.search(question):
        return Occasion.SINCE
    compares = comparing(question)
    if edition(question).names_older and not (compares.times or compares.editions):
        return Occasion.OLDER
    return None
