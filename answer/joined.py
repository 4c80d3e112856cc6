"""Answers to the sides of a comparison (retrieval.comparison), joined into one."""

from __future__ import annotations

import re
from dataclasses import replace

from answer.model import Answer, Citation

_MARKER = re.compile(r"\[(\d+)\]")


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


def _renumbered(text: str, offset: int) -> str:
    return _MARKER.sub(lambda m: f"[{int(m.group(1)) + offset}]", text)
