"""Signatures: the name and roles of whoever signs a foreword or a report."""

from __future__ import annotations

import re
from collections.abc import Sequence

HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Professor|Prof|Sir|Dame|Lord|Lady|Rev)\.?"
"""A title before a person's name."""

# Who signs a foreword or a report: a name, then one or more roles.
_HONORIFIC_RE = re.compile(rf"^{HONORIFIC}\s+(?=[A-Z])")
_PERSON_RE = re.compile(r"^[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.?|[a-z]{2,3}|[A-Z][a-z'’-]+)){1,3}$")
_ROLE_RE = re.compile(
    r"(?i)\b(lead member|cabinet member|portfolio holder|member for|chair(?:man|woman|person)?"
    r"|vice[- ]chair|leader|director|chief executive|councillor|mayor|head of|commissioner"
    r"|officer)\b"
)


NAME_LINE_WORDS = 10
ROLE_LINE_WORDS = 16


def is_signature(texts: Sequence[str]) -> bool:
    """A name line followed by role lines ('Mrs Louise Richardson / Lead Member for Health and
    Wellbeing'): short lines, none ending a sentence, at least one naming a role."""
    texts = [t.strip() for t in texts if t.strip()]
    if not 2 <= len(texts) <= 5 or any(t.endswith(".") for t in texts):
        return False
    # A role with its organisation runs longer than a name: "Cabinet Member for Health and
    # Adult Social Care, Brackenshire County Council" is eleven words.
    if len(texts[0].split()) > NAME_LINE_WORDS or any(
        len(t.split()) > ROLE_LINE_WORDS for t in texts[1:]
    ):
        return False
    name = texts[0]
    bare = _HONORIFIC_RE.sub("", name).strip()
    if not (_HONORIFIC_RE.match(name) or _PERSON_RE.match(name)) or _ROLE_RE.search(bare):
        return False
    return any(_ROLE_RE.search(t) for t in texts[1:])


def names_role(text: str) -> bool:
    """Whether a line names a role ("Chair, Health and Wellbeing Board", "Director of ...")."""
    return bool(_ROLE_RE.search(text))


def signed_lines(texts: Sequence[str]) -> int:
    """How many of the leading lines are signatures one after another ("Cllr A / Chair /
    Cabinet Member for ... / Dr B / Vice-Chair / Chief Medical Officer, ..."): a name, then
    lines naming its roles; 0 when the first lines are no signature. A line naming no role
    (the next heading) ends the run."""
    n = 0
    while n + 1 < len(texts) and is_signature(texts[n : n + 2]):
        end = n + 2
        while end < len(texts) and names_role(texts[end]) and is_signature(texts[n : end + 1]):
            end += 1
        n = end
    return n
