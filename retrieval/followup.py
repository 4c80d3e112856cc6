"""Follow-up questions rewritten from the conversation so far, before retrieval.

"and who chairs it?" means nothing to a search engine; the previous question's topic words do.
A question that leans on earlier turns (a pronoun, "and ...", "what about ...", or too few words
of its own) gets the topic of the last self-standing question appended.
"""

from __future__ import annotations

import re

from index.tokenize import STOPWORDS, words

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
    carried: list[str] = []
    for earlier in reversed(previous[-2:]):
        carried.extend(w for w in topic_words(earlier) if w not in own and w not in carried)
    return f"{question} ({' '.join(carried)})" if carried else question
