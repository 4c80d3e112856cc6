"""Signatures: the name and roles of whoever signs a foreword or a report."""

from __future__ import annotations

import re
from collections.abc import Sequence

# Who signs a foreword or a report: a name, then one or more roles.
_HONORIFIC_RE = re.compile(
    r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Professor|Prof|Sir|Dame|Lord|Lady|Rev)\.?\s+(?=[A-Z])"
)
_PERSON_RE = re.compile(r"^[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.?|[a-z]{2,3}|[A-Z][a-z'’-]+)){1,3}$")
_ROLE_RE = re.compile(
    r"(?i)\b(lead member|cabinet member|portfolio holder|member for|chair(?:man|woman|person)?"
    r"|vice[- ]chair|leader|director|chief executive|councillor|mayor|head of|commissioner)\b"
)


def is_signature(texts: Sequence[str]) -> bool:
    """A name line followed by role lines ('Mrs Louise Richardson / Lead Member for Health and
    Wellbeing'): short lines, none ending a sentence, at least one naming a role."""
    texts = [t.strip() for t in texts if t.strip()]
    if not 2 <= len(texts) <= 5 or any(len(t.split()) > 10 or t.endswith(".") for t in texts):
        return False
    name = texts[0]
    bare = _HONORIFIC_RE.sub("", name).strip()
    if not (_HONORIFIC_RE.match(name) or _PERSON_RE.match(name)) or _ROLE_RE.search(bare):
        return False
    return any(_ROLE_RE.search(t) for t in texts[1:])


def names_role(text: str) -> bool:
    """Whether a line names a role ("Chair, Health and Wellbeing Board", "Director of ...")."""
    return bool(_ROLE_RE.search(text))
