"""What a question asks for, and whether a sentence looks like that kind of answer."""

from __future__ import annotations

import re
from enum import StrEnum


class AnswerType(StrEnum):
    PERSON = "person"
    DATE = "date"
    NUMBER = "number"
    DECISION = "decision"
    DEFINITION = "definition"
    LIST = "list"
    YES_NO = "yes_no"
    OTHER = "other"


_RULES: list[tuple[AnswerType, re.Pattern[str]]] = [
    (
        AnswerType.DECISION,
        re.compile(r"\b(resolv\w*|decid\w*|decision|agreed?|approv\w*|vote[ds]?)\b", re.I),
    ),
    (
        AnswerType.PERSON,
        re.compile(
            r"^\s*(who|whom|whose)\b|\b(responsib\w*|owns?|owner|leads?|leading|in charge|"
            r"contact|chairs?|chaired|accountable|which (body|board|organisation|partnership|"
            r"officer|team)|presented|sponsor)\b",
            re.I,
        ),
    ),
    (
        AnswerType.DATE,
        re.compile(
            r"^\s*when\b|\b(what|which) (date|year|month|day)\b|\bhow long ago\b|\bdeadline\b",
            re.I,
        ),
    ),
    (
        AnswerType.NUMBER,
        re.compile(
            r"\bhow (many|much)\b|\b(percent\w*|proportion|rate|figure|number of|cost|budget|"
            r"target|share|amount|%|£)\b",
            re.I,
        ),
    ),
    (
        AnswerType.DEFINITION,
        re.compile(r"\b(stand for|stands for|mean|meaning|defin\w*|what is (a|an|the)?)\b", re.I),
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

_SIGNS: dict[AnswerType, re.Pattern[str]] = {
    AnswerType.PERSON: re.compile(
        r"\b(Mr|Mrs|Ms|Dr|Cllr|Professor|Prof)\.?\s+[A-Z]|\b[A-Z][a-z]+ [A-Z][a-z]+\b|"
        r"\b(Director|Chief|Officer|Chair\w*|Lead|Head|Manager|Board|Partnership|Council|Group)\b"
    ),
    AnswerType.DATE: re.compile(
        r"\b(January|February|March|April|May|June|July|August|September|October|November|"
        r"December|(19|20)\d{2}|\d{1,2}/\d{1,2}/\d{2,4})\b"
    ),
    AnswerType.NUMBER: re.compile(r"\d|£|%|\b(one|two|three|four|five|six|seven|eight|nine|ten)\b"),
    AnswerType.DECISION: re.compile(
        r"\b(RESOLVED|resolved|agreed|approved|noted|endorsed|supported|That the)\b"
    ),
    AnswerType.DEFINITION: re.compile(
        r"\b(means|is defined|defined as|refers to|is a|is the)\b|\("
    ),
    AnswerType.LIST: re.compile(r"[;:•]|\b(and)\b"),
    AnswerType.YES_NO: re.compile(r"\b(will|is|are|has|have|was|were)\b"),
}


def answer_type(question: str) -> AnswerType:
    for kind, pattern in _RULES:
        if pattern.search(question):
            return kind
    return AnswerType.OTHER


def looks_like(kind: AnswerType, sentence: str) -> bool:
    sign = _SIGNS.get(kind)
    return bool(sign and sign.search(sentence))


_PHONE_ASKED = re.compile(r"\b(phone|telephone|tel|mobile|number to call|ring)\b", re.I)
_PHONE = re.compile(r"(?:\+44\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b")
_FIGURE = re.compile(r"\d|£")
_EMAIL_ASKED = re.compile(r"\be-?mail\b", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
# Only these types say what an answer must contain; the others can be stated many ways.
_REQUIRED = (AnswerType.NUMBER, AnswerType.DATE, AnswerType.PERSON)


def satisfies(question: str, kind: AnswerType, sentence: str) -> bool:
    """Whether `sentence` holds the kind of thing the question asks for (a number, a date, a
    person, a phone number, an email address); always true for open questions."""
    if _PHONE_ASKED.search(question):
        return bool(_PHONE.search(sentence))
    if _EMAIL_ASKED.search(question):
        return bool(_EMAIL.search(sentence))
    if kind is AnswerType.NUMBER:
        # "six months" does not answer "how many": a figure is written in digits in reports.
        return bool(_FIGURE.search(sentence))
    return kind not in _REQUIRED or looks_like(kind, sentence)
