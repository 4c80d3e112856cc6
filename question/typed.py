"""A question as typed, put in the form the readers of question/ expect.

People type "what’s" with a typographic apostrophe (phones and word processors put one in), or
"whats" with none. The patterns that read a question are written with the plain apostrophe, so
either form slipped past them: "whats ABC?" was not read as asking what ABC is. The question
is put in plain form once, where it comes in, and read in that form everywhere after.
"""

from __future__ import annotations

import re

_TYPOGRAPHIC = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u02bc": "'"})
# A question word or an auxiliary run together with its "'s" or "n't": "whats", "doesnt". Only
# forms that are no English words without the apostrophe ("its", "well", "were" are left).
_IS = re.compile(r"\b(what|who|where|when|how|why|that|there)s\b", re.IGNORECASE)
_NOT = re.compile(
    r"\b(do|does|did|is|are|was|were|has|have|had|could|should|would|ca|wo)nt\b", re.IGNORECASE
)


def as_typed(question: str) -> str:
    """`question` with plain apostrophes and quotes, and "whats", "doesnt" as "what's",
    "doesn't"."""
    plain = question.translate(_TYPOGRAPHIC)
    return _NOT.sub(r"\1n't", _IS.sub(r"\1's", plain))
