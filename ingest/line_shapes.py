"""Line shapes: what a line of text looks like on its own, before its neighbours are seen.

A bullet or an enumerator opens a list item; a number or a keyword ('Priority 3') opens a
structural heading; a short unpunctuated title-like line may be a heading; a subhead printed
again and again is always one. Shared by grouping lines and by classifying the groups.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ingest.lines import Line

BULLET_RE = re.compile(r"^\s*(?:[•■▪●◦∙·‣○\uf0b7\uf0a7\uf0d8✓✔➢>*]|[-\u2013](?=\s)|o(?=\s+\S))\s*")
ENUM_RE = re.compile(r"^\s*(?:\(?(?:[a-z]|[ivx]{1,4}|[IVX]{1,4})[.)]|\((?:\d{1,2})\))\s+")
NUMBERED_RE = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})*)\.?\s+(?=[A-Z\u2018'\"\u201c(])")
SECTION_KEYWORDS = (
    "Priority",
    "Outcome",
    "Theme",
    "Section",
    "Part",
    "Chapter",
    "Appendix",
    "Annex",
    "Objective",
    "Ambition",
    "Goal",
)
"""Words that number a document's sections: "Priority 3: ...", "Appendix B"."""
KEYWORD_HEADING_RE = re.compile(
    rf"^({'|'.join(SECTION_KEYWORDS)})\s+(\d{{1,2}}|[A-Z]|[IVX]{{1,4}})\b\s*[:.\u2013-]?\s*",
)
# A contents line: the title, then a leader of dots (or an ellipsis) towards its page number.
DOT_LEADER_RE = re.compile(r"(?:\.\s?){4,}\s*\d*\s*$|\u2026\s*\d*\s*$")
# A row of a table of figures ends in a share or a measured figure: "21.3%", "79.6 years".
ENDS_WITH_FIGURE_RE = re.compile(r"\d(?:[\d,]*\.\d+|[\d,]*%)(?:\s+[a-z]+)?$")
_TERMINAL = (".", ";", ",", ":", ":-", "!", "\u2019", "\u201d", '"')
FUNCTION_WORDS = frozenset(
    (
        "a",
        "an",
        "and",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "is",
        "are",
        "of",
        "on",
        "or",
        "that",
        "the",
        "to",
        "which",
        "with",
        "was",
        "were",
    )
)


def recurring_subheads(lines: Sequence[Line], min_repeats: int = 3) -> frozenset[str]:
    """Short heading-like lines printed again and again ('Where are we now?', 'Our commitments
    to residents'): a document's repeated subheads, always headings wherever they sit.
    (Running headers repeat too, but they are gone before this runs.)"""
    counts = Counter(line.text.strip() for line in lines if line.text.strip())
    return frozenset(
        text
        for text, count in counts.items()
        if count >= min_repeats and looks_like_heading(text) and not NUMBERED_RE.match(text)
    )


def is_subhead(text: str, subheads: frozenset[str]) -> bool:
    """A recurring subhead, or a short question standing as a heading ('Where are we now?')."""
    text = text.strip()
    if text in subheads:
        return True
    return text.endswith("?") and len(text.split()) <= 8 and looks_like_heading(text)


def looks_like_heading(text: str) -> bool:
    """A short title-like line: no sentence ending, bullet, caption or bare figure."""
    text = text.strip()
    if not text or len(text.split()) > 12 or len(text) > 100:
        return False
    if text.endswith(_TERMINAL) or BULLET_RE.match(text) or ENUM_RE.match(text):
        return False
    if text.split()[-1].lower() in FUNCTION_WORDS:
        return False
    if re.match(r"(?i)(figure|fig\.?|table|source|chart|graph)\s*\d*\b", text):
        return False  # a caption
    if DOT_LEADER_RE.search(text):
        return False  # a line of a contents page, which names a heading but is none
    if ENDS_WITH_FIGURE_RE.search(text):
        return False  # "Aged 65 and over 21.3%": a table row, not a title
    title = NUMBERED_RE.sub("", text)
    letters = sum(ch.isalpha() for ch in title)
    if letters < 3 or letters < 0.6 * len(title.replace(" ", "")):
        return False  # "6.4 YEARS", "7.5% GROWTH": figures of an infographic, not headings
    if NUMBERED_RE.match(text) and not any(ch.islower() for ch in title):
        return False
    first = title[:1]
    return first.isupper() or first in "\u2018'\"\u201c("


# "Officers to contact", "Contact details": the heading of a report's contact block.
CONTACT_HEADING_RE = re.compile(r"(?i)\b(officers?\s+to\s+contact|contact\s+(officers?|details))\b")
