"""Glossary tables flattened column by column: a run of abbreviations, then a run of definitions.

PDF extraction reads a two-column table one column after the other ("Abbreviation / FSM / HWB /
... / Definition / Free School Meals / Health & Wellbeing Board / ..."). Read apart, neither
column answers "what does NEET stand for", so the columns are paired back up row by row. A
pairing is accepted only when both runs have the same length and most definitions' initials
spell their abbreviation, so an ordinary list of short lines is never mistaken for a glossary.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.lines import Line

MIN_ENTRIES = 3
# One token with at least two capitals: FSM, GP’s, ACEs, XYZ, A&E, NHS.
_TERM_RE = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z&/]{1,9}(?:[’']s|s)?$")
_CONNECTORS = frozenset(("and", "of", "for", "the", "in", "&", "to", "on", "or", "at", "with"))


@dataclass(frozen=True, slots=True)
class Glossary:
    start: int  # index of the first line of the table (a column header if there is one)
    end: int  # index after its last definition line
    entries: list[tuple[Line, Line]]  # (abbreviation line, definition line), in order
    headers: list[Line]


def is_term(text: str) -> bool:
    return _TERM_RE.match(text.strip()) is not None


def spells(term: str, definition: str) -> bool:
    """Do the definition's word initials spell the abbreviation (in order, gaps allowed)?"""
    letters = [ch for ch in re.sub(r"[’']s$|s$", "", term) if ch.isupper()]
    initials = [w[0].upper() for w in re.findall(r"[A-Za-z][\w’'-]*", definition)]
    position = 0
    for letter in letters:
        while position < len(initials) and initials[position] != letter:
            position += 1
        if position == len(initials):
            return False
        position += 1
    return bool(letters)


def find_glossaries(lines: Sequence[Line]) -> list[Glossary]:
    """Every flattened two-column glossary in `lines`."""
    found: list[Glossary] = []
    i = 0
    while i < len(lines):
        glossary = _glossary_at(lines, i)
        if glossary is None:
            i += 1
            continue
        found.append(glossary)
        i = glossary.end
    return found


def _is_header(line: Line) -> bool:
    text = line.text.strip()
    return 0 < len(text.split()) <= 3 and not is_term(text) and not text.endswith((".", ":"))


def _glossary_at(lines: Sequence[Line], start: int) -> Glossary | None:
    headers: list[Line] = []
    i = start
    if (
        i < len(lines)
        and _is_header(lines[i])
        and i + 1 < len(lines)
        and is_term(lines[i + 1].text)
    ):
        headers.append(lines[i])
        i += 1
    terms: list[Line] = []
    while i < len(lines) and lines[i].text.strip() and is_term(lines[i].text):
        if terms and lines[i].page_start:
            break
        terms.append(lines[i])
        i += 1
    if len(terms) < MIN_ENTRIES:
        return None
    while i < len(lines) and not lines[i].text.strip():
        i += 1
    if headers and i < len(lines) and _is_header(lines[i]):
        headers.append(lines[i])
        i += 1
    definitions = lines[i : i + len(terms)]
    if len(definitions) < len(terms) or any(
        not d.text.strip() or is_term(d.text) or len(d.text.split()) > 15 for d in definitions
    ):
        return None
    end = i + len(terms)
    after = lines[end] if end < len(lines) else None
    if after is not None and after.text.strip() and not after.page_start:
        return None  # the second column runs on: the runs do not pair one to one
    pairs = list(zip(terms, definitions, strict=True))
    matching = sum(spells(t.text.strip(), d.text.strip()) for t, d in pairs)
    if matching * 2 < len(pairs):
        return None
    return Glossary(start, end, pairs, headers)
