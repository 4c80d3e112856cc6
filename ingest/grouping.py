"""Grouping: clean lines split into raw groups, one paragraph, heading or list item each.

Generic rules for council documents: a blank line or a bullet ends a group; a page break ends
a group unless the sentence runs on; a heading printed with no blank line around it stands
alone; a glossary table's rows are paired back up. Classifying the groups is ingest.blocks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from ingest.glossary import find_glossaries
from ingest.line_shapes import (
    BULLET_RE,
    CONTACT_HEADING_RE,
    ENUM_RE,
    FUNCTION_WORDS,
    KEYWORD_HEADING_RE,
    NUMBERED_RE,
    is_subhead,
    looks_like_heading,
)
from ingest.lines import Line


class ItemGroup(list[Line]):
    """A group known to be a list item although its bullet glyph was lost."""


class DefinitionGroup(list[Line]):
    """One row of a glossary table: an abbreviation and its definition, paired back up."""

    term: str = ""
    definition: str = ""


def _bullet_breaks(lines: Sequence[Line], distance: int = 3) -> set[int]:
    """Page-break markers that are really lost bullet glyphs: a leading space on lines only a
    blank line apart (' Suicide Prevention Campaign' / '' / ' Violence Reduction Network').
    Real page breaks are pages apart."""
    starts = [i for i, line in enumerate(lines) if line.page_start and line.text.strip()]
    out: set[int] = set()
    for a, b in pairwise(starts):
        # A loader that knows real pages (PDF) numbers them: a new page number is a real break.
        if b - a <= distance and lines[a].page == lines[b].page:
            out.update((a, b))
    return out


def group_lines(lines: Sequence[Line], subheads: frozenset[str] = frozenset()) -> list[list[Line]]:
    """Split clean lines into raw groups: one paragraph, heading or list item each."""
    groups: list[list[Line]] = []
    current: list[Line] = []
    after_heading = False
    blank_run = 0
    lost_bullets = False
    glossaries = {g.start: g for g in find_glossaries(lines)}
    bullet_breaks = _bullet_breaks(lines)
    skip_to = 0
    for i, line in enumerate(lines):
        if i < skip_to:
            continue
        glossary = glossaries.get(i)
        if glossary is not None:
            if current:
                groups.append(current)
                current = []
            for n, (term, definition) in enumerate(glossary.entries):
                row = DefinitionGroup([*(glossary.headers if n == 0 else []), term, definition])
                row.term, row.definition = term.text.strip(), definition.text.strip()
                groups.append(row)
            skip_to = glossary.end
            after_heading = lost_bullets = False
            blank_run = 0
            continue
        forced_item = i in bullet_breaks
        if forced_item:
            line = replace(line, page_start=False)
        if not line.text:
            if current:
                groups.append(current)
                current = []
            after_heading = False
            # Blank lines that a removed running header or footer leaves either side of a page
            # break are no typed gap: the count starts again on the new page.
            blank_run = 0 if line.page_start else blank_run + 1
            continue
        if blank_run:
            # A run of empty lines is where a column of bullet glyphs was lost (001).
            lost_bullets = blank_run >= 4
            blank_run = 0
        starts_item = forced_item or bool(BULLET_RE.match(line.text) or ENUM_RE.match(line.text))
        lost_item = forced_item
        if lost_bullets and current and is_lost_bullet_item(current[-1].text, line.text):
            starts_item = lost_item = True
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        # A group's first line is judged later with its whole group in view, unless it
        # follows a heading directly ("Our Priorities" / "People" / "People - Build ...").
        judge_now = not forced_item and (
            bool(current)
            or line.page_start
            or after_heading
            or bool(NUMBERED_RE.match(line.text) or KEYWORD_HEADING_RE.match(line.text))
            or is_subhead(line.text, subheads)
        )
        if judge_now and _standalone_heading(current, line, nxt):
            if current:
                groups.append(current)
            groups.append([line])
            current = []
            after_heading = True
            continue
        after_heading = False
        if current and (starts_item or (line.page_start and not _runs_on(current, line))):
            groups.append(current)
            current = ItemGroup() if lost_item else []
        elif not current and (forced_item or (lost_bullets and not _section_heading(line, nxt))):
            current = ItemGroup()
        current.append(line)
    if current:
        groups.append(current)
    return _rejoin_wrapped(groups)


def is_lost_bullet_item(previous: str, line: str) -> bool:
    """In a list whose bullets were lost, a line opens a new item when the line before it
    finished ('... in their life.') or it starts with a capital after an unfinished line
    that does not hang on a connecting word."""
    first = line.strip()[:1]
    if not first.isupper():
        return False
    last = previous.rstrip()
    if last.endswith((".", ";", "?", "!")):
        return True
    if len(line.split()) <= 2 and line.rstrip().endswith((".", ";")):
        return False  # "... Healthy Weight strategy and Food" / "Plan.": the sentence's tail
    return not last.endswith((",", "-", "/")) and last.split()[-1].lower() not in FUNCTION_WORDS


def _rejoin_wrapped(groups: list[list[Line]]) -> list[list[Line]]:
    """Some extractions put a blank line after every wrapped line ('... that are' / blank /
    'known about include'): a group that starts in lowercase continues the one before."""
    out: list[list[Line]] = []
    for group in groups:
        first = group[0].text.strip()
        if (
            out
            and not isinstance(out[-1], DefinitionGroup)
            and first[:1].islower()
            and not BULLET_RE.match(group[0].text)
            and not ENUM_RE.match(group[0].text)
            and not out[-1][-1].text.rstrip().endswith((".", "?", "!", ":"))
        ):
            out[-1].extend(group)
        else:
            out.append(group)
    return out


def _standalone_heading(current: list[Line], line: Line, nxt: Line | None) -> bool:
    """A heading printed with no blank line around it: a short title-like line that starts a
    page or follows a finished sentence, and is followed by a new sentence."""
    text = line.text.strip()
    if nxt is None or not nxt.text.strip() or not looks_like_heading(text):
        return False
    question = text.endswith("?") and len(text.split()) <= 8
    # "Officers to contact" on a line of its own opens the contact block even straight after a
    # list item, as a report's last bullet of background papers runs into it.
    contacts = bool(CONTACT_HEADING_RE.search(text)) and len(text.split()) <= 4
    if (
        current
        and not line.page_start
        and not question
        and not contacts
        and not current[-1].text.rstrip().endswith((".", "?", "!", ":"))
    ):
        return False
    title = NUMBERED_RE.sub("", text)
    if len(title.split()) > 8 or title.split()[-1].lower() in FUNCTION_WORDS or ". " in title:
        return False
    first = nxt.text.strip()[:1]
    opens = first.isupper() or first.isdigit() or first in "\u201c\u2018\"'("
    return opens or bool(BULLET_RE.match(nxt.text))


def _section_heading(line: Line, nxt: Line | None) -> bool:
    """A numbered heading on a line of its own ("3. Our vision and principles"), a blank line
    after it: the blank lines before it are a page break's (its number and running header
    removed), not a column of lost bullet glyphs."""
    text = line.text.strip()
    alone = nxt is None or not nxt.text.strip()
    return alone and bool(NUMBERED_RE.match(text)) and looks_like_heading(text)


def _runs_on(current: list[Line], line: Line) -> bool:
    """Does `line` continue the sentence of `current` across a page break?"""
    last = current[-1].text.rstrip()
    first = line.text.lstrip()
    return bool(first) and (first[0].islower() or last.endswith(("-", ",", "and", "the", "of")))
