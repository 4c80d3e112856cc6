"""Blocks: raw groups of clean lines classified into headings, paragraphs and list items.

A short unpunctuated line standing alone is a heading unless it continues a list that a
lead-in (ending in ':') opened. Splitting the lines into groups is ingest.grouping.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ingest.clean import clean_text, join_lines
from ingest.grouping import DefinitionGroup, ItemGroup, group_lines
from ingest.line_shapes import (
    BULLET_RE,
    CONTACT_HEADING_RE,
    DOT_LEADER_RE,
    ENUM_RE,
    KEYWORD_HEADING_RE,
    NUMBERED_RE,
    is_subhead,
    looks_like_heading,
    recurring_subheads,
)
from ingest.lines import Line
from ingest.signatures import is_signature, signed_lines
from ingest.table_rows import ROW_PREFIX, cells

_ENDS_CONTACTS_RE = re.compile(
    r"(?i)(appendi|annex|background papers|list of|relevant|equality|risk|implications)"
)


@dataclass(slots=True)
class Block:
    """A heading, paragraph or list item, with the lines it came from."""

    kind: str  # "heading" | "paragraph" | "item" | "definition" | "signature" | "contents"
    text: str
    lines: list[Line] = field(default_factory=list)
    level: int = 0
    structural: bool = False  # a numbered or keyword heading, as opposed to a plain subhead
    subhead: bool = False  # a recurring subhead or a question ('Where are we now?')

    @property
    def words(self) -> int:
        return len(self.text.split())


SIGNATURE_GROUPS = 5
"""How many groups in a row a run of signatures is looked for in."""


def build_blocks(lines: Sequence[Line]) -> list[Block]:
    """Classify the raw groups into headings, paragraphs and list items."""
    subheads = recurring_subheads(lines)
    groups = group_lines(lines, subheads)
    numbers = _heading_numbers(groups)
    blocks: list[Block] = []
    in_contacts = False
    numbered_level = 0
    structural_seen = 0
    keyword_rank: dict[str, int] = {}
    skip_to = 0
    for i, group in enumerate(groups):
        if i < skip_to:
            continue
        # Among a list's items, lines that look like a name and a post ("Elected Members /
        # Lead Officer for Housing") are more items.
        in_list = bool(blocks) and blocks[-1].kind == "item"
        signed = 0 if in_list else _signature_lines(groups, i)
        if signed > 1:
            # A PDF prints the signer's name and roles as lines of their own, each of which
            # would otherwise read as a heading.
            lines = [ln for g in groups[i : i + signed] for ln in g]
            text = clean_text(" ".join(ln.text.strip() for ln in lines))
            blocks.append(Block("signature", text, lines))
            skip_to = i + signed
            continue
        if _contacts_table(group):
            # A table of officers to contact: its header row heads the contact block, as the
            # heading "Officers to contact" does in text.
            level = _current_structural_level(blocks) + 1 if structural_seen else 1
            header = clean_text(" ".join(cells(group[0].text)))
            blocks.append(Block("heading", header, group[:1], level))
            in_contacts = True
            group = group[1:]
        raw = join_lines([ln.text for ln in group])
        text = clean_text(BULLET_RE.sub("", raw, count=1))
        if not text:
            continue
        prev = blocks[-1] if blocks else None
        nxt = groups[i + 1] if i + 1 < len(groups) else None
        keyword = KEYWORD_HEADING_RE.match(raw)
        numbered = NUMBERED_RE.match(raw)
        if DOT_LEADER_RE.search(raw):
            blocks.append(Block("contents", text, list(group)))
            continue
        if (keyword or numbered) and _in_run(groups, i):
            # "1. ... 2. ... 3. ..." one line after another with no text between: a list.
            blocks.append(Block("item", text, list(group)))
            continue
        if numbered and re.fullmatch(r"(?i)none|nil|n/?a|not applicable", text.split(" ", 1)[-1]):
            numbered = None  # "8. None" under "Background papers" is an answer, not a heading
        if numbered and not _has_neighbour(numbered.group(1), numbers):
            numbered = None  # a lone "1 ..." (a table's first cell) numbers no sequence
        # Inside an officers-to-contact block, organisation names ("ABC") head entries,
        # not sections; the block ends at an appendix or the next numbered heading.
        contact_entry = (
            in_contacts and not keyword and not numbered and not _ENDS_CONTACTS_RE.match(text)
        )
        page_heading = (
            len(group) == 1
            and looks_like_heading(raw)
            and (group[0].page_start or bool(CONTACT_HEADING_RE.search(raw)))
        )
        markdown = re.match(r"^\s*(#{1,6})\s+\S", raw)
        subhead = len(group) == 1 and raw.strip() in subheads
        if isinstance(group, DefinitionGroup):
            text = clean_text(f"{group.term}: {group.definition}")
            blocks.append(Block("definition", text, list(group)))
        elif len(group) <= 5 and is_signature([ln.text for ln in group]):
            blocks.append(Block("signature", text, list(group)))
        elif markdown and len(group) == 1:
            in_contacts = bool(CONTACT_HEADING_RE.search(text))
            level = len(markdown.group(1))
            structural_seen = max(structural_seen, level)
            blocks.append(Block("heading", text, list(group), level, structural=True))
        elif isinstance(group, ItemGroup) and not (page_heading or (keyword and len(group) == 1)):
            blocks.append(Block("item", text, list(group)))
        elif keyword and len(group) <= 3 and len(raw.split()) <= 25:
            in_contacts = False
            # "Priority 5" inside "7.2 Reducing Health Inequalities" nests under it.
            rank = numbered_level + keyword_rank.setdefault(keyword.group(1), len(keyword_rank) + 1)
            structural_seen = max(structural_seen, rank)
            blocks.append(Block("heading", text, list(group), rank, structural=True))
        elif numbered and len(group) <= 2 and looks_like_heading(raw) and nxt is not None:
            in_contacts = False
            level = numbered.group(1).count(".") + 1
            numbered_level = level
            structural_seen = max(structural_seen, level)
            heading = re.sub(r"^(\d+(?:\.\d+)*)\.?\s+", r"\1 ", text)
            blocks.append(Block("heading", heading, list(group), level, structural=True))
        elif (
            len(group) <= 2
            and looks_like_heading(raw)
            and (
                not _continues_list(prev)
                or page_heading
                or subhead
                or CONTACT_HEADING_RE.search(text)
                or _closes_list(prev, groups[i + 1 :])
            )
            and nxt is not None
            and not contact_entry
        ):
            in_contacts = bool(CONTACT_HEADING_RE.search(text))
            if structural_seen:
                level = _current_structural_level(blocks) + 1
            else:
                level = 2 if text.endswith("?") or _is_question_head(text) else 1
            subhead = subhead or is_subhead(text, subheads)
            blocks.append(Block("heading", text, list(group), level, subhead=subhead))
        else:
            is_item = bool(BULLET_RE.match(raw) or ENUM_RE.match(raw)) or (
                _continues_list(prev) and not text.endswith(".")
            )
            blocks.append(Block("item" if is_item else "paragraph", text, list(group)))
    return blocks


def _contacts_table(group: Sequence[Line]) -> bool:
    """A table (ingest/pdf_tables.py) whose header row names officers to contact."""
    first = group[0].text.strip()
    return (
        len(group) > 1
        and first.startswith(ROW_PREFIX)
        and CONTACT_HEADING_RE.search(" ".join(cells(first))) is not None
    )


def _signature_lines(groups: Sequence[list[Line]], i: int) -> int:
    """How many groups from `i` on hold nothing but signatures (a name, then its role lines,
    perhaps a second signer after the first), when that is more than one; else 0. PDF
    extraction groups a signature's lines unevenly: one line alone, the next three together."""
    texts: list[str] = []
    ends: list[int] = []
    for group in groups[i : i + SIGNATURE_GROUPS]:
        if len(group) > 5:
            break
        texts.extend(ln.text.strip() for ln in group)
        ends.append(len(texts))
    signed = signed_lines(texts)
    whole = sum(1 for end in ends if end <= signed)
    return whole if whole > 1 else 0


def _heading_numbers(groups: Sequence[list[Line]]) -> frozenset[str]:
    """The numbers of every short numbered line ("3", "3.2") that could head a section."""
    found = set()
    for group in groups:
        numbered = NUMBERED_RE.match(group[0].text) if len(group) <= 2 else None
        if numbered:
            found.add(numbered.group(1))
    return frozenset(found)


def _has_neighbour(number: str, numbers: frozenset[str]) -> bool:
    """Whether a top-level section number belongs to a sequence ("3" beside "2" or "4", or
    with a "3.1" under it). A dotted number ("3.1.1") is a section number on its own."""
    if not number.isdigit():
        return True
    n = int(number)
    return bool({str(n - 1), str(n + 1)} & numbers) or any(
        m.startswith(f"{number}.") for m in numbers
    )


def _label(group: list[Line]) -> tuple[str, str] | None:
    """A short group's list label: ("Priority", "3") or ("", "2"); else None. (A list item
    may wrap onto a second line.)"""
    if len(group) > 2:
        return None
    keyword = KEYWORD_HEADING_RE.match(group[0].text)
    if keyword:
        return keyword.group(1), keyword.group(2)
    numbered = NUMBERED_RE.match(group[0].text)
    # "5.1 ... 5.2 ..." with nothing between are sub-headings over an empty section; a list is
    # numbered "1. 2. 3.".
    if numbered is None or "." in numbered.group(1):
        return None
    return "", numbered.group(1)


def _follows(first: tuple[str, str] | None, second: tuple[str, str] | None) -> bool:
    """Whether `second` is the label after `first`: "Priority 3" after "Priority 2"."""
    if first is None or second is None or first[0] != second[0]:
        return False
    return first[1].isdigit() and second[1].isdigit() and int(second[1]) == int(first[1]) + 1


def _in_run(groups: Sequence[list[Line]], i: int) -> bool:
    """Whether group `i` is one of a run of numbered lines with nothing between them."""
    label = _label(groups[i])
    before = _label(groups[i - 1]) if i > 0 else None
    after = _label(groups[i + 1]) if i + 1 < len(groups) else None
    return _follows(before, label) or _follows(label, after)


def _is_question_head(text: str) -> bool:
    return re.match(r"(?i)(what|where|why|how|who|when)\b", text) is not None


def _continues_list(prev: Block | None) -> bool:
    """A short line after a lead-in ('... the following matters:-') or another item is an item."""
    if prev is None:
        return False
    if prev.kind == "item":
        return True
    return prev.kind == "paragraph" and prev.text.rstrip().endswith((":", ":-", "include"))


def _closes_list(prev: Block | None, following: Sequence[list[Line]]) -> bool:
    """After a finished list item ('b. Note the progress ... priorities.'), a short line that
    heads a paragraph of prose ('Background' / '3. One of the statutory ...') is a heading."""
    if prev is None or prev.kind != "item" or not prev.text.rstrip().endswith("."):
        return False
    if not following or isinstance(following[0], ItemGroup):
        return False
    body = join_lines([ln.text for ln in following[0]])
    return len(body.split()) >= 15 and not BULLET_RE.match(body) and not ENUM_RE.match(body)


def _current_structural_level(blocks: Sequence[Block]) -> int:
    for block in reversed(blocks):
        if block.kind == "heading" and block.structural:
            return block.level
    return 0


def section_paths(blocks: Sequence[Block]) -> list[str | None]:
    """The heading path in force at each block ('5 Living and Supported Well > 5.1 ...')."""
    stack: list[Block] = []
    paths: list[str | None] = []
    for block in blocks:
        if block.kind == "heading":
            stack = [h for h in stack if h.level < block.level]
            stack.append(block)
        paths.append(" > ".join(h.text for h in stack) if stack else None)
    return paths
