"""Text rules for text extracted from PDFs, each a small pure function.

They repair the joined text of one paragraph. The line rules that decide what a single
extracted line is are ingest.line_rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_ORDINAL_SUFFIX = re.compile(r"^(st|nd|rd|th)\b")


def join_lines(lines: Sequence[str]) -> str:
    """Join wrapped lines of one paragraph into one line of prose.

    A hyphen at a line end is kept ("place-" + "based"): in council prose the hyphen is almost
    always a real compound, and dropping it would invent words. A split ordinal ("28" + "th")
    is glued back.
    """
    out = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if not out:
            out = line
        elif (out.endswith("-") and not out.endswith(" -") and line[:1].islower()) or (
            out[-1:].isdigit() and _ORDINAL_SUFFIX.match(line)
        ):
            out += line
        else:
            out += " " + line
    return out


def fix_spaced_hyphen(text: str) -> str:
    """'well- being' -> 'well-being', but 'pre- and post-natal' keeps its suspended hyphen."""
    return re.sub(r"\b([A-Za-z]+)- (?!(?:and|or|to|nor)\b)([a-z]{2,}|[A-Z][a-z]+)", r"\1-\2", text)


_LOST_HYPHEN = (
    (re.compile(r"\b(Covid|COVID)(19)\b"), r"\1-\2"),
    # "selfmanagement", "selfcare": 'self' glued to a word; selfish/selfless are real words.
    (re.compile(r"\b([Ss]elf)(?!ish|less|ie|s\b|hood)([a-z]{4,})\b"), r"\1-\2"),
)


def fix_lost_hyphen(text: str) -> str:
    """Restore hyphens the extraction lost where the repair is unambiguous."""
    for pattern, repl in _LOST_HYPHEN:
        text = pattern.sub(repl, text)
    return text


def fix_ligature_gaps(text: str) -> str:
    """'benefi ts' -> 'benefits': a word never ends in the ligatures 'fi' or 'fl' in English."""
    text = re.sub(r"\b([A-Za-z]*[a-z](?:fi|fl))\s([a-z]{1,12})\b", r"\1\2", text)
    # "fi tness", "confi dence": a standalone or capitalised ligature start.
    return re.sub(r"\b([Ff][il]) ([a-z]{2,12})\b", r"\1\2", text)


def strip_footnote_markers(text: str) -> str:
    """Remove roman-numeral footnote markers glued to words: 'illness”i', '(2006)ii', 'ACEsviii'."""
    text = re.sub(r"(?<=[a-z])[ivx]{1,4}\[[ivx]{1,3}\]", "", text)
    text = re.sub(r"(?<=[\u201d\"\u2019)\]])[ivx]{1,5}\b", "", text)
    return re.sub(r"\b([A-Z]{2,}s)(?:i{1,3}|iv|v|vi{1,3}|ix|x|xi{1,3})\b", r"\1", text)


def strip_markdown(text: str) -> str:
    """Markdown leftovers: '**bold**', '(#)' anchors, '#' heading marks, ' - ' bullet dashes."""
    # "Assessments**Risk Assessment**": bold glued to the word before it was a new line.
    text = re.sub(r"(?<=[a-z])\*\*(?=[A-Z])", " **", text)
    text = re.sub(r"\*\*(.+?)\*\*", r"\1", text)
    text = re.sub(r"__(.+?)__", r"\1", text)
    text = text.replace("**", "")
    text = re.sub(r"\s*\(#\)", "", text)
    text = re.sub(r"\[([^\]]+)\]\((?:#|https?://)[^)]*\)", r"\1", text)
    text = re.sub(r"^\s*#{1,6}\s+", "", text)
    return re.sub(r"^\s*[-*+]\s+", "", text)


def normalise_spaces(text: str) -> str:
    text = text.replace("\u00a0", " ").replace("\u2011", "-")
    text = re.sub(r"[\u200b\ufeff\uf0b7\uf0a7\uf0d8\uf076\uf09f]", "", text)
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"\s+([,.;:!?])(?=\s|$)", r"\1", text)


def clean_text(text: str) -> str:
    """All text rules, in the order that keeps each one simple."""
    text = strip_markdown(text)
    text = normalise_spaces(text)
    text = fix_ligature_gaps(text)
    text = strip_footnote_markers(text)
    text = fix_spaced_hyphen(text)
    return fix_lost_hyphen(text)
