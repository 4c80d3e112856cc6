"""The asks a question joins together: "who leads the review, and when is it due back?" asks
two things, each answered from its own passage.

A second ask is a clause after "and" that opens with a question word or an auxiliary verb and
so asks something of its own; "where and when does it meet?" shares one clause between two
question words. The second ask is read as a follow-up of the first (question.followup), so its
pronouns take the first ask's subject.
"""

from __future__ import annotations

import re

_ASKING = (
    r"who|whom|whose|what|what's|whats|which|when|when's|where|where's|why|how|is|are|was|"
    r"were|does|did|do|has|have|can|will"
)
# ", and when is it due back?", " and who signed it off?": "and" then an ask of its own. A clause
# led by a preposition ("and by when?", "and from whom?") is too short to search on its own.
# A contracted verb may follow the question word: "and who'd taken over?", "and how's it going?".
_JOINED = re.compile(
    rf"(?:,\s*|\s+-\s+|\s+)and\s+(?=(?:{_ASKING})(?:['’](?:s|d|ll|ve|re))?\b\s+\S+\s+\S)",
    re.I,
)
# "where and when is the forum held?": two question words sharing one clause.
_SHARED = re.compile(
    r"^\s*(who|what|which|when|where|why|how)\s+and\s+(who|what|which|when|where|why|how)\s+(.+)$",
    re.I,
)
MAX_ASKS = 3


def asks(question: str) -> tuple[str, ...]:
    """The separate asks of `question`, in order; the question alone when it asks one thing."""
    shared = _SHARED.match(question)
    if shared:
        first, second, rest = shared.groups()
        return (f"{first} {rest}", f"{second} {rest}")
    pieces = [p.strip(" ,;-") for p in _JOINED.split(question)]
    pieces = [p for p in pieces if p]
    if not 2 <= len(pieces) <= MAX_ASKS:
        return (question,)
    return tuple(_asked(p) for p in pieces)


def _asked(piece: str) -> str:
    return piece if piece.endswith("?") else f"{piece}?"
