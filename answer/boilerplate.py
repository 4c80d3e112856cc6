"""Sentences that state nothing about a question: a report's stock lines, a portal's links to
papers, a list of web addresses, a masthead set in capitals."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from index.errors import IndexCorrupt
from ingest.profile import default_profile
from question.model import Question


@dataclass(frozen=True, slots=True)
class Conventions:
    """What a corpus profile (ingest.profile) tells the answer layer: how its reports' stock
    lines open, and how its portal links to a paper."""

    stock_lines: tuple[re.Pattern[str], ...]
    paper_links: tuple[re.Pattern[str], ...]


@lru_cache(maxsize=64)
def conventions(stock_lines: tuple[str, ...], paper_links: tuple[str, ...]) -> Conventions:
    """The patterns compiled, once per profile: every ask reads them."""
    return Conventions(
        tuple(re.compile(p, re.IGNORECASE) for p in stock_lines),
        tuple(re.compile(p, re.IGNORECASE) for p in paper_links),
    )


def sealed_conventions(manifest: Mapping[str, Any]) -> Conventions:
    """The conventions an index generation was built with, from its manifest."""
    sealed = manifest.get("conventions")
    fields = ("stock_lines", "paper_links")
    if not isinstance(sealed, dict) or not all(isinstance(sealed.get(f), list) for f in fields):
        raise IndexCorrupt(
            f"generation {manifest.get('generation')!r} records no answer conventions "
            f"({', '.join(fields)}): it predates them; rebuild it with `strategy-assistant index`"
        )
    return conventions(tuple(sealed["stock_lines"]), tuple(sealed["paper_links"]))


@lru_cache(maxsize=1)
def default_conventions() -> Conventions:
    """The profile defaults' conventions, for an answer composed outside any index. Read once:
    the defaults file does not change while the process runs, and warming scores thousands of
    sentences through it at start-up."""
    profile = default_profile()
    return conventions(profile.stock_lines, profile.paper_links)


# A report's "Background papers" line and a page's "further information" list are web
# addresses with their titles: they say where to read more, not anything about the question.
_LINK = re.compile(r"<?\b(?:https?://|www\.)\S+")


def reference_list(sentence: str) -> bool:
    """Whether at least half of the sentence's characters are web addresses."""
    # Checked for every candidate sentence: most hold no address, and a substring test is cheap.
    if "http" not in sentence and "www." not in sentence:
        return False
    return 2 * sum(len(m.group(0)) for m in _LINK.finditer(sentence)) >= len(sentence) > 0


def boilerplate(question: Question, sentence: str, rules: Conventions) -> bool:
    """A report's stock line, when the question is not about the paper's purpose; a portal's
    link to a paper; a list of web addresses, when the question asks neither whom to contact
    nor where to read something. `rules`: the corpus's conventions for the first two."""
    if any(p.search(sentence) for p in rules.paper_links):
        return True
    if reference_list(sentence) and not (question.wants.contact or question.wants.link):
        return True
    stock = any(p.match(sentence) for p in rules.stock_lines)
    return stock and not question.wants.purpose


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
