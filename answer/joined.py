"""Answers to the sides of a comparison (retrieval.comparison), or to the separate asks of one
question (question.parts), joined into one."""

from __future__ import annotations

import re
from dataclasses import replace

from answer.model import Answer, Citation

_MARKER = re.compile(r"\[(\d+)\]")
NO_OTHER_SIDE = "The documents don't say how it stands on the other side of the comparison."
UNANSWERED_ASKS = "The documents don't answer "


def joined(answers: list[Answer]) -> Answer:
    """The given (not refused) answers in order, their citations numbered on from one another.
    As sure as the least sure of them."""
    if not answers:
        raise ValueError("joined() needs at least one answer")
    texts: list[str] = []
    citations: list[Citation] = []
    for answer in answers:
        offset = len(citations)
        texts.append(_renumbered(answer.text, offset))
        citations += [replace(c, n=c.n + offset) for c in answer.citations]
    confidence = min(a.confidence for a in answers)
    return Answer(" ".join(texts), citations, confidence, refused=False)


def joined_sides(answers: list[Answer]) -> Answer | None:
    """The answers to the sides of a comparison joined, each labelled with the document and
    date it comes from, or None unless every side has an answer of its own: none refused, and
    each leading with a different passage (else one would repeat the other)."""
    return joined([labelled(a) for a in answers]) if _own_leads(answers) is not None else None


def joined_parts(answers: list[Answer], whole: Answer) -> Answer | None:
    """The answers to the separate asks of one question joined, or None unless every ask has
    an answer of its own (none refused, each leading with a different quote) that `whole`, the
    answer to the question as one, does not already give. Two asks may be answered by two
    sentences of one passage ("what is the scheme, and does it work?")."""
    if not answers or any(a.refused or not a.citations for a in answers):
        return None
    quotes = {a.citations[0].quote for a in answers}
    if len(quotes) != len(answers):
        return None
    given = "" if whole.refused else whole.text
    return None if all(q in given for q in quotes) else joined(answers)


def partly_answered(
    answers: list[Answer], whole: Answer, asks: list[str] | None = None
) -> Answer | None:
    """When the question as one was refused but some of its parts were answered: those
    answers joined, and a line saying which parts the documents do not answer. `asks`: the
    text of each ask of a joined question, in the order of `answers`; None for the sides of a
    comparison, which are labelled with their document instead. None when the question as one
    was answered, or no part was, or every part was (joined_sides and joined_parts decide)."""
    if not whole.refused:
        return None
    given = [a for a in answers if not a.refused and a.citations]
    if not given or len(given) == len(answers):
        return None
    if len({a.citations[0].passage.id for a in given}) != len(given):
        return None
    found = joined(given if asks else [labelled(a) for a in given])
    return replace(found, text=f"{found.text} {_unanswered(answers, asks)}")


def _unanswered(answers: list[Answer], asks: list[str] | None) -> str:
    if not asks:
        return NO_OTHER_SIDE
    missing = [
        f'"{ask}"' for ask, a in zip(asks, answers, strict=True) if a.refused or not a.citations
    ]
    return UNANSWERED_ASKS + " or ".join(missing)


def _own_leads(answers: list[Answer]) -> set[str] | None:
    """The passages the answers lead with, when there are answers, none refused, each leading
    with a passage of its own; else None."""
    leads = {a.citations[0].passage.id for a in answers if a.citations}
    if not answers or any(a.refused for a in answers) or len(leads) != len(answers):
        return None
    return leads


def labelled(answer: Answer) -> Answer:
    """The answer led by its first citation's document title and date ("In X (2019): ..."),
    so the sides of a comparison say which is which."""
    document = answer.citations[0].document
    when = f" ({document.date})" if document.date else ""
    return replace(answer, text=f"In {document.title}{when}: {answer.text}")


def _renumbered(text: str, offset: int) -> str:
    return _MARKER.sub(lambda m: f"[{int(m.group(1)) + offset}]", text)
