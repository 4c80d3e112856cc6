"""From blocks to passage drafts along the document's structure.

Sections are chunked on their own, so no passage crosses a heading. Inside a section,
'We will ...' commitments become one passage each (with the items they introduce), and an
'Officer(s) to contact' section becomes a contact passage, and a decision ('RESOLVED: (a) That
...', as the corpus profile's minutes conventions open one) becomes one resolution passage with
its lettered points, as it would in minutes: a committee portal's item page records its decision
so.

A heading that says something ('Outcome 1: Getting it right from childhood', 'People - Build
on the strengths of people in our communities') is quotable text too: it opens the first
passage under it when it ends a sentence or leads in (':'), and stands as its own 'heading'
passage otherwise, so that no quoted sentence runs a heading into the text after it. Bare
headings ('Introduction', 'Where are we now?') stay in the section path only. A field set as a
heading with no text under it, the next heading replacing it in the path (a portal's 'Decision
status: Recommendations approved'), quotes as its own passage: in no path, it would be lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ingest.blocks import Block, build_blocks, section_paths
from ingest.chunk import MAX_WORDS, Draft, chunk_section, join_blocks, lines_for, split_long
from ingest.contacts import parse_contacts
from ingest.conventions import MinutesConventions
from ingest.fields import CommitmentFields, DefinitionFields
from ingest.line_shapes import CONTACT_HEADING_RE, KEYWORD_HEADING_RE
from ingest.lines import Line
from ingest.profile import default_profile

COMMITMENT_RE = re.compile(r"^(?:\d{1,2}[.)]\s+)?We (?:will|want to|shall|commit to|aim to)\b")
_COMMITMENT_SECTION_RE = re.compile(r"(?i)\b(commitments?|what we will do|we will)\b")


# A section holding fewer words than this is no section: its "heading" was a table cell or a
# label of a graphic ("Lower" / "57.7 2019/20 30.6"), so it is read as text instead.
TINY_WORDS = 8
# A passage shorter than this is folded into a neighbour of its section when one has room.
SMALL_WORDS = 20
MERGED_MAX_WORDS = 200
DEFINITIONS_PER_PASSAGE = 4
# A heading quotes as text when a short label ('Outcome 1', 'People') is followed by ':' or a
# dash and a space ('Lead- Jo Bloggs', as minutes typed in a word processor have it) and a
# description of at least this many words. A numbered keyword label ('Priority 2') names one of
# the document's own items, so any description quotes with it ('Priority 4: Good Work'): it is
# what a strategy lists as that priority.
HEADING_DESCRIPTION_WORDS = 3

_SECTION_NUMBER_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+")
_CONTENT_HEADING_RE = re.compile(
    r"^(?P<label>[A-Z][^\s:]*(?:\s+[^\s:\u2013\u2014]+){0,2}?)"
    r"(?::|\s*[\u2013\u2014-])\s+(?P<description>\S.*)$"
)
# Labels of a document's apparatus, not of its content ('Appendix A: Background papers').
_APPARATUS_LABEL_RE = re.compile(
    r"(?i)^(?:section|part|chapter|appendix|annex|table|figure|fig\.?|source|contents|page|note)\b"
)
# A passage that can take a heading as its first sentence.
_OPENS_WITH_HEADING = frozenset(("paragraph", "list", "commitment"))


def drafts_from_lines(
    lines: Sequence[Line], minutes: MinutesConventions | None = None
) -> list[Draft]:
    """`lines` as passage drafts; `minutes` (default: the profile defaults') says how a
    decision opens."""
    rules = minutes or default_profile().minutes
    blocks = demote_tiny_headings(build_blocks(lines))
    paths = section_paths(blocks)
    unheaded = _heading_nothing(blocks)
    drafts: list[Draft] = []
    quoted: set[str] = set()  # a heading printed twice (summary, then chapter) quotes once
    for section, heading, section_blocks in _by_section(blocks, paths):
        section_drafts = (
            merge_small(_section_drafts(section, section_blocks, rules)) if section_blocks else []
        )
        title = content_heading(heading.text) if heading is not None else None
        if (
            heading is not None
            and title is None
            and id(heading) in unheaded
            and _FIELD_LINE.match(heading.text)
        ):
            # A label and its value that the next heading replaces in the path before any
            # text (a portal's "Decision status: Recommendations approved" / "Is key
            # decision?: No"): as a heading its words would be in no passage.
            title = heading.text
        if heading is not None and title is not None and title not in quoted:
            quoted.add(title)
            section_drafts = with_heading(
                Draft(title, section, list(heading.lines), "heading"), section_drafts
            )
        drafts.extend(section_drafts)
    return drafts


def content_heading(text: str) -> str | None:
    """The quotable text of a heading that carries content, without its section number
    ('4.2 Outcome 1: Getting it right from childhood' -> 'Outcome 1: Getting it right from
    childhood'), or None for a bare heading ('Introduction', 'Where are we now?')."""
    title = _SECTION_NUMBER_RE.sub("", text.strip())
    match = _CONTENT_HEADING_RE.match(title)
    if match is None or _APPARATUS_LABEL_RE.match(match.group("label")):
        return None
    numbered = KEYWORD_HEADING_RE.match(title) is not None
    if not numbered and len(match.group("description").split()) < HEADING_DESCRIPTION_WORDS:
        return None
    return title


def with_heading(heading: Draft, drafts: list[Draft]) -> list[Draft]:
    """A content heading as the first sentence of the first passage under it, when it ends
    a sentence or leads into it (':') and the two fit MAX_WORDS; else its own passage, so
    that the answer's sentence splitter never runs the heading into the next sentence."""
    first = drafts[0] if drafts else None
    if (
        first is not None
        and heading.text.endswith((".", "!", "?", ":"))
        and first.kind in _OPENS_WITH_HEADING
        and first.section == heading.section
        and heading.words + first.words <= MAX_WORDS
    ):
        return [_joined(heading, first, keeper=first), *drafts[1:]]
    return [heading, *drafts]


def _joined(first: Draft, second: Draft, *, keeper: Draft) -> Draft:
    """Two neighbouring drafts as one, in order, with `keeper`'s section, kind and fields."""
    return Draft(
        f"{first.text} {second.text}",
        keeper.section,
        [*first.lines, *second.lines],
        keeper.kind,
        keeper.fields,
    )


def demote_tiny_headings(blocks: list[Block]) -> list[Block]:
    """A plain heading over fewer than TINY_WORDS words of text becomes text itself; so does
    one that is all a numbered section holds ("Priority 2 - Living Well" / "Lead - Jo Bloggs" /
    "Priority 3 - ..."): it heads nothing, and as a heading its words would be in no passage."""
    out = list(blocks)
    for i, block in enumerate(out):
        if block.kind != "heading" or block.structural or block.subhead:
            continue
        body = 0
        for following in out[i + 1 :]:
            if following.kind == "heading":
                break
            body += following.words
        if 0 < body < TINY_WORDS or (body == 0 and _sole_content(out, i)):
            out[i] = Block("paragraph", block.text, block.lines)
    return out


# "Label: value", the label a few words: a field of a record, not a title.
_FIELD_LINE = re.compile(r"^[A-Z][^:]{0,40}\??:\s+\S")


def _heading_nothing(blocks: list[Block]) -> set[int]:
    """The ids of the headings followed by no text of their own: the next block is a heading
    no deeper (which replaces them in the section path), or there is none."""
    found: set[int] = set()
    for i, block in enumerate(blocks):
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        if block.kind == "heading" and (
            following is None or (following.kind == "heading" and following.level <= block.level)
        ):
            found.add(id(block))
    return found


def _sole_content(blocks: list[Block], i: int) -> bool:
    """Whether the plain heading at `i` sits alone between a numbered heading and the next
    numbered heading (or the end)."""
    after_numbered = i > 0 and blocks[i - 1].kind == "heading" and blocks[i - 1].structural
    following = blocks[i + 1] if i + 1 < len(blocks) else None
    before_numbered = following is None or (following.kind == "heading" and following.structural)
    return after_numbered and before_numbered


def merge_small(drafts: list[Draft]) -> list[Draft]:
    """Fold short passages of one section into a neighbour, so that no passage is a lone
    fragment ('57.7 2019/20 30.6') or a signature cut off from its foreword. A fragment under
    TINY_WORDS joins any neighbour; a short passage joins one of its own kind; a signature
    joins the passage it closes. Nothing is dropped: the texts are concatenated in order."""
    out = list(drafts)
    i = 0
    while i < len(out):
        draft = out[i]
        words = draft.words
        if words >= SMALL_WORDS and draft.kind != "signature":
            i += 1
            continue
        target = _merge_target(out, i)
        if target is None:
            i += 1
            continue
        a, b = (out[target], draft) if target < i else (draft, out[target])
        low = min(i, target)
        out[low : low + 2] = [_joined(a, b, keeper=out[target])]
        i = max(low - 1, 0)
    for draft in out:
        if draft.kind == "signature":
            draft.kind = "paragraph"
    return out


# Kinds whose passages stand one each (a commitment, a resolution), however short.
_ONE_EACH = frozenset(("commitment", "resolution", "minute_item", "action", "contact"))


def _is_residue(text: str) -> bool:
    """Figures and units left by a flattened table ('57.7 2019/20 30.6'), not words."""
    tokens = text.split()
    words = sum(1 for t in tokens if re.fullmatch(r"[A-Za-z][a-z'’-]+[.,;:]?", t))
    return words * 2 < len(tokens)


def _merge_target(drafts: list[Draft], i: int) -> int | None:
    draft = drafts[i]
    if draft.kind in _ONE_EACH and not _is_residue(draft.text):
        return None
    candidates = [j for j in (i - 1, i + 1) if 0 <= j < len(drafts)]
    if draft.kind == "signature":
        candidates = [j for j in candidates if j < i]
    for j in candidates:
        other = drafts[j]
        if other.section != draft.section or other.kind in ("contact", "action", "definition"):
            continue
        if other.words + draft.words > MERGED_MAX_WORDS:
            continue
        if draft.kind == "signature" or (
            draft.words < TINY_WORDS and (other.kind not in _ONE_EACH or _is_residue(draft.text))
        ):
            return j
        if draft.kind == other.kind and draft.kind not in _ONE_EACH:
            return j
    return None


def _by_section(
    blocks: Sequence[Block], paths: Sequence[str | None]
) -> list[tuple[str | None, Block | None, list[Block]]]:
    """Blocks by section, each with the heading that opened it (None before the first one).
    A heading with no text under it still opens a (textless) section."""
    out: list[tuple[str | None, Block | None, list[Block]]] = []
    for block, path in zip(blocks, paths, strict=True):
        if block.kind == "heading":
            out.append((path, block, []))
        else:
            if not out or out[-1][0] != path:
                out.append((path, None, []))
            out[-1][2].append(block)
    return out


def _section_drafts(
    section: str | None, blocks: list[Block], minutes: MinutesConventions
) -> list[Draft]:
    # A contents page repeats the headings the document's sections carry, and holds no answer;
    # indexed, it would outrank those sections for every question that names a heading.
    blocks = [b for b in blocks if b.kind != "contents"]
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
        if block.kind in ("definition", "signature"):
            drafts.extend(chunk_section(run, section))
            run = []
            group = [block]
            i += 1
            while i < len(blocks) and blocks[i].kind == block.kind == "definition":
                group.append(blocks[i])
                i += 1
            drafts.extend(_special_drafts(group, section))
            continue
        if minutes.opens_resolution(block.text):
            drafts.extend(chunk_section(run, section))
            run = []
            # Its lettered points follow as items; the first text that is not one ends it.
            end = _items_after(blocks, i, lambda b: not minutes.opens_resolution(b.text))
            drafts.extend(chunk_section(blocks[i:end], section, kind="resolution"))
            i = end
            continue
        if COMMITMENT_RE.match(block.text) or (
            in_commitments and re.match(r"^\d{1,2}[.)]\s", block.text)
        ):
            drafts.extend(chunk_section(run, section))
            run = []
            # A commitment that ends in ':' owns the items that follow it.
            owns = block.text.rstrip().endswith((":", "include", "through"))
            end = _items_after(blocks, i, _no_commitment) if owns else i + 1
            drafts.extend(_commitment_drafts(blocks[i:end], section))
            i = end
            continue
        run.append(block)
        i += 1
    drafts.extend(chunk_section(run, section))
    return drafts


def _items_after(blocks: list[Block], i: int, takes: Callable[[Block], bool]) -> int:
    """Where the run of items after blocks[i] that `takes` accepts ends."""
    end = i + 1
    while end < len(blocks) and blocks[end].kind == "item" and takes(blocks[end]):
        end += 1
    return end


def _no_commitment(block: Block) -> bool:
    return not COMMITMENT_RE.match(block.text)


def _special_drafts(group: list[Block], section: str | None) -> list[Draft]:
    """Glossary rows, a few to a passage ('NEET: Not in Education, Employment or Training'),
    or a signature block (merged into the passage it closes by merge_small)."""
    if group[0].kind == "signature":
        block = group[0]
        return [Draft(block.text, section, list(block.lines), "signature")]
    drafts: list[Draft] = []
    for start in range(0, len(group), DEFINITIONS_PER_PASSAGE):
        rows = group[start : start + DEFINITIONS_PER_PASSAGE]
        text = "; ".join(b.text for b in rows)
        terms = "; ".join(b.text.split(":", 1)[0] for b in rows)
        lines = [ln for b in rows for ln in b.lines]
        drafts.append(Draft(text, section, lines, "definition", DefinitionFields(terms=terms)))
    return drafts


def _commitment_drafts(group: list[Block], section: str | None) -> list[Draft]:
    text = join_blocks(group)
    lines = [ln for b in group for ln in b.lines]
    fields = CommitmentFields(section=section or "", priority=_priority(section) or None)
    drafts: list[Draft] = []
    offset = 0
    for piece in split_long(text, MAX_WORDS):
        piece_lines = lines_for(piece, lines, offset)
        drafts.append(Draft(piece, section, piece_lines, "commitment", fields))
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
