"""Sentences that state nothing about a question: a report's stock lines, a portal's links to
papers, a list of web addresses, a masthead set in capitals."""

from __future__ import annotations

import re
from functools import lru_cache

from question.model import Question

# Every council report opens "The purpose of this report is to ..." and minutes file each paper
# "marked 'Agenda item 9'": such sentences repeat the topic and answer only a question about
# the paper's purpose.
_BOILERPLATE = re.compile(
    r"(The purpose of (this|the) (report|paper)|A copy of the report marked)\b", re.I
)


# A committee portal lists an item's papers as links, each "<title>, item 56.": a paper's name,
# not what it says.
_ATTACHMENT = re.compile(r",\s+item\s+\d+[a-z]?\.?\s*$", re.I)


# A report's "Background papers" line and a page's "further information" list are web
# addresses with their titles: they say where to read more, not anything about the question.
_LINK = re.compile(r"<?\b(?:https?://|www\.)\S+")


def reference_list(sentence: str) -> bool:
    """Whether at least half of the sentence's characters are web addresses."""
    # Checked for every candidate sentence: most hold no address, and a substring test is cheap.
    if "http" not in sentence and "www." not in sentence:
        return False
    return 2 * sum(len(m.group(0)) for m in _LINK.finditer(sentence)) >= len(sentence) > 0


def boilerplate(question: Question, sentence: str) -> bool:
    """A report's stock line, when the question is not about the paper's purpose; a portal's
    link to a paper; a list of web addresses, when the question asks neither whom to contact
    nor where to read something."""
    if _ATTACHMENT.search(sentence):
        return True
    if reference_list(sentence) and not (question.wants.contact or question.wants.link):
        return True
    return bool(_BOILERPLATE.match(sentence)) and not question.wants.purpose


_LETTERS = re.compile(r"[A-Za-z]+")
_LOWER = re.compile(r"[a-z]+")


@lru_cache(maxsize=32768)
def masthead(sentence: str) -> bool:
    """A line set in capitals ("EXAMPLE BOARD: 29 MAY 2025 REPORT OF THE ..."): a report's
    masthead or running title, which names the paper and states nothing. Remembered, and its
    letters counted by runs: it is asked of every candidate sentence of every question."""
    if len(sentence.split()) < 4:
        return False
    letters = sum(map(len, _LETTERS.findall(sentence)))
    lower = sum(map(len, _LOWER.findall(sentence)))
    return lower <= 0.2 * letters
