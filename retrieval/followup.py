"""Follow-up questions rewritten from the conversation so far, before retrieval.

"and who chairs it?" means nothing to a search engine; the previous question's topic words do.
A question that leans on earlier turns (a pronoun, "and ...", "what about ...", or too few words
of its own) gets the topic of the last self-standing question appended.
"""

from __future__ import annotations

import re

from index.tokenize import STOPWORDS, words
from ingest.dates import MONTHS

_LEANS = re.compile(
    r"^\s*(and|also|what about|how about|same for|and for|so|then)\b"
    r"|\b(it|its|they|them|their|that|this|those|these|he|she|his|her|the same|one)\b",
    re.IGNORECASE,
)
_QUESTION_WORDS = frozenset(
    [
        "who",
        "whom",
        "whose",
        "what",
        "which",
        "when",
        "where",
        "why",
        "how",
        "many",
        "much",
        "does",
        "did",
        "do",
        "is",
        "are",
        "was",
        "were",
        "about",
        "and",
        "also",
        "tell",
        "me",
        "please",
        "one",
    ]
)
MIN_OWN_WORDS = 4
# "Is that still happening?", "and who chairs it now?": about the present, so the earlier
# question's years and months are not carried over.
_PRESENT = re.compile(r"\b(still|now|currently|nowadays|today|latest|any ?more)\b", re.I)
_DATED = re.compile(r"(?:19|20)\d{2}(?:/\d{2,4})?|" + "|".join(MONTHS) + r"|sept?")


def topic_words(question: str) -> list[str]:
    return [
        w for w in words(question) if w not in STOPWORDS and w not in _QUESTION_WORDS and len(w) > 1
    ]


def is_follow_up(question: str) -> bool:
    return bool(_LEANS.search(question)) or len(topic_words(question)) < MIN_OWN_WORDS - 1


def rewrite(question: str, previous: list[str]) -> str:
    """The question made self-standing with the topic of the previous turns (newest last)."""
    if not previous or not is_follow_up(question):
        return question
    own = set(topic_words(question))
    present = bool(_PRESENT.search(question))
    carried: list[str] = []
    for earlier in reversed(previous[-2:]):
        carried.extend(
            w
            for w in topic_words(earlier)
            if w not in own and w not in carried and not (present and _DATED.fullmatch(w))
        )
    return f"{question} ({' '.join(carried)})" if carried else question


# "What about the 2013 one?", "and for alcohol?": the same question again, about something else.
_SUBSTITUTES = re.compile(
    r"^\s*(and )?(what about|how about|same for|and for|for)\b|^\s*and (the|a|an)\b", re.IGNORECASE
)
_OWN_ASK = re.compile(
    r"\b(who|whom|whose|when|where|why|which|how (many|much|often|long)|did|does|do|is|are|"
    r"was|were|has|have|can|will)\b",
    re.IGNORECASE,
)


def asked(question: str, previous: list[str]) -> str:
    """What a follow-up asks, for telling the kind of answer it wants: a follow-up that swaps the
    subject and asks nothing of its own ("what about the 2013 one?") asks the previous question
    again; any other question asks itself."""
    if not previous or not _SUBSTITUTES.search(question):
        return question
    own = _SUBSTITUTES.sub("", question, count=1)
    if _OWN_ASK.search(own):
        return question
    return f"{previous[-1]} {question}"
