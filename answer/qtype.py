"""What a question asks for: a person or body, a date, a figure, a decision, a definition, a
list, a yes or no; and a second question joined on by "and"."""

from __future__ import annotations

import re
from enum import StrEnum


class AnswerType(StrEnum):
    PERSON = "person"
    FREQUENCY = "frequency"
    DATE = "date"
    NUMBER = "number"
    DECISION = "decision"
    COMMITMENT = "commitment"
    DEFINITION = "definition"
    LIST = "list"
    YES_NO = "yes_no"
    OTHER = "other"


_RULES: list[tuple[AnswerType, re.Pattern[str]]] = [
    (AnswerType.FREQUENCY, re.compile(r"\bhow (often|frequently)\b|\bfrequency\b", re.I)),
    (
        AnswerType.DECISION,
        re.compile(r"\b(resolv\w*|decid\w*|decision|agreed?|approv\w*|vote[ds]?)\b", re.I),
    ),
    (
        AnswerType.PERSON,
        re.compile(
            # "and whose report was that?": a follow-up's opening "and" hides its "who".
            r"^\s*((and|so|then|but|also),? )?(who|whom|whose)\b"
            # "in the 2013 JHWS, who owned ...?": the ask may follow a leading phrase.
            r"|[,;:–-]\s*(who|whom|whose)\b"
            r"|\b(responsib\w*|owns?|owned|owner|leads?|leading|in charge|"
            r"contact|chairs?|chaired|accountable|which (body|board|organisation|partnership|"
            r"officer|team|councillor|member|director)|presented|sponsor|signed(?! up))\b",
            re.I,
        ),
    ),
    (
        AnswerType.DATE,
        re.compile(
            r"^\s*((from|by|since|until|till) )?when\b|\b(what|which) (date|year|month|day)\b"
            r"|\bhow long ago\b|\bdeadline\b",
            re.I,
        ),
    ),
    (
        AnswerType.NUMBER,
        re.compile(
            r"\bhow (many|much)\b|\b(percent\w*|proportion|rate|figure|number of|cost|budget|"
            r"target|share|amount)\b|%|£",
            re.I,
        ),
    ),
    # What a strategy promised: "what have we committed to on falls?", "any pledge on X?".
    (AnswerType.COMMITMENT, re.compile(r"\b(commit\w*|promis\w*|pledg\w*)\b", re.I)),
    # What a board made of an item, asked without the word "decide".
    (
        AnswerType.DECISION,
        re.compile(
            r"\b(land(ed)? on|ask(ed)? for|want(ed)? anything|conclu\w+|outcome of)\b", re.I
        ),
    ),
    (
        AnswerType.DEFINITION,
        # "What is the VRN going to focus on?" asks what it will do, not what it is.
        re.compile(
            r"\b(stand for|stands for|mean|meaning|defin\w*)\b"
            r"|\bwhat is (a|an|the)?\b"
            r"(?!.*\b(going|doing|happening|planned|planning|due|expected)\b)",
            re.I,
        ),
    ),
    (
        AnswerType.LIST,
        re.compile(
            r"\b(list|what are|which are|name the|priorities|outcomes|goals|values)\b", re.I
        ),
    ),
    (
        AnswerType.YES_NO,
        re.compile(r"^\s*(is|are|does|do|did|was|were|has|have|had|can|will|should)\b", re.I),
    ),
]

# The kinds of passage that state each kind of answer in their structure (ingest.structure):
# a strategy's "we will" commitments, a board's RESOLVED points.
PASSAGE_KINDS: dict[AnswerType, tuple[str, ...]] = {
    AnswerType.COMMITMENT: ("commitment",),
    AnswerType.DECISION: ("resolution",),
}

# Only these types say what an answer must contain; the others can be stated many ways.
REQUIRED = (AnswerType.NUMBER, AnswerType.DATE, AnswerType.PERSON, AnswerType.FREQUENCY)


# "Who gets priority for breastfeeding support?" asks which residents, not which officer or body.
_BENEFICIARIES = re.compile(
    r"^\s*who\s+(gets?|can|could|is eligible|are eligible|qualif\w+|benefits?|will benefit|"
    r"is entitled|are entitled|is prioritised|are prioritised)\b",
    re.I,
)


# A name in title case inside the question ("First Contact Plus", "Better Care Fund") says what
# the question is about, not what kind of answer it wants.
_TITLED_NAME = re.compile(r"(?<=\w[\s'‘’\"])[A-Z][\w&-]*(?:\s+(?:and|of|for|&)?\s*[A-Z][\w&-]*)+")


def answer_type(question: str) -> AnswerType:
    if _BENEFICIARIES.search(question):
        return AnswerType.OTHER
    asked = _TITLED_NAME.sub("X", question)
    for kind, pattern in _RULES:
        if pattern.search(asked):
            return kind
    return AnswerType.OTHER


# "When is it due back, and from whom?": a second question joined on by "and".
_SECOND_ASK = re.compile(
    r"(?:,\s*|\s)and\s+((?:by |from |since |until )?(?:who|whom|whose|when|how often|how many|"
    r"how much)\b.*)$",
    re.I,
)


def second_ask(question: str) -> tuple[str, AnswerType] | None:
    """A second question joined on by "and", with the kind of answer it asks for, when that
    kind differs from the first question's and must be present (a name, a date, a figure)."""
    found = _SECOND_ASK.search(question)
    if not found:
        return None
    clause = found.group(1)
    kind = answer_type(re.sub(r"^(by|from|since|until) ", "", clause, flags=re.I))
    if kind not in REQUIRED or kind is answer_type(question[: found.start()]):
        return None
    return clause, kind
