"""From blocks to passage drafts along the document's structure.

Sections are chunked on their own, so no passage crosses a heading. Inside a section,
'We will ...' commitments become one passage each (with the items they introduce), and an
'Officer(s) to contact' section becomes a contact passage.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.blocks import CONTACT_HEADING_RE, Block, build_blocks, section_paths
from ingest.chunk import MAX_WORDS, Draft, chunk_section, join_blocks, lines_for, split_long
from ingest.contacts import parse_contacts
from ingest.lines import Line

COMMITMENT_RE = re.compile(r"^(?:\d{1,2}[.)]\s+)?We (?:will|want to|shall|commit to|aim to)\b")
_COMMITMENT_SECTION_RE = re.compile(r"(?i)\b(commitments?|what we will do|we will)\b")


def drafts_from_lines(lines: Sequence[Line]) -> list[Draft]:
    blocks = build_blocks(lines)
    paths = section_paths(blocks)
    drafts: list[Draft] = []
    for section, section_blocks in _by_section(blocks, paths):
        drafts.extend(_section_drafts(section, section_blocks))
    return drafts


def _by_section(
    blocks: Sequence[Block], paths: Sequence[str | None]
) -> list[tuple[str | None, list[Block]]]:
    out: list[tuple[str | None, list[Block]]] = []
    for block, path in zip(blocks, paths, strict=True):
        if block.kind == "heading" or not out or out[-1][0] != path:
            out.append((path, []))
        if block.kind != "heading":
            out[-1][1].append(block)
    return [(path, group) for path, group in out if group]


def _section_drafts(section: str | None, blocks: list[Block]) -> list[Draft]:
    leaf = section.split(" > ")[-1] if section else ""
    if CONTACT_HEADING_RE.search(leaf):
        contact = parse_contacts(blocks, section)
        if contact is not None:
            return [contact]
    drafts: list[Draft] = []
    run: list[Block] = []
    in_commitments = bool(_COMMITMENT_SECTION_RE.search(leaf))
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if COMMITMENT_RE.match(block.text) or (
            in_commitments and re.match(r"^\d{1,2}[.)]\s", block.text)
        ):
            drafts.extend(chunk_section(run, section))
            run = []
            group = [block]
            i += 1
            # A commitment that ends in ':' owns the items that follow it.
            while (
                i < len(blocks)
                and blocks[i].kind == "item"
                and not COMMITMENT_RE.match(blocks[i].text)
                and block.text.rstrip().endswith((":", "include", "through"))
            ):
                group.append(blocks[i])
                i += 1
            drafts.extend(_commitment_drafts(group, section))
            continue
        run.append(block)
        i += 1
    drafts.extend(chunk_section(run, section))
    return drafts


def _commitment_drafts(group: list[Block], section: str | None) -> list[Draft]:
    text = join_blocks(group)
    lines = [ln for b in group for ln in b.lines]
    fields = {"section": section or ""}
    priority = _priority(section)
    if priority:
        fields["priority"] = priority
    drafts: list[Draft] = []
    offset = 0
    for piece in split_long(text, MAX_WORDS):
        piece_lines = lines_for(piece, lines, offset)
        drafts.append(Draft(piece, section, piece_lines, "commitment", dict(fields)))
        offset += len(piece.split())
    return drafts


def _priority(section: str | None) -> str | None:
    """The deepest numbered or 'Priority N' heading a commitment sits under."""
    if not section:
        return None
    for part in reversed(section.split(" > ")):
        if re.match(r"^(\d+(\.\d+)*\s|Priority\s+\w+)", part):
            return part
    return None
