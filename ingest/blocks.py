"""Blocks: clean lines grouped into headings, paragraphs and list items.

Generic rules for council documents: a blank line or a bullet ends a block; a page break ends a
block unless the sentence runs on; a short unpunctuated line standing alone is a heading unless
it continues a list that a lead-in (ending in ':') opened.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise

from ingest.clean import clean_text, join_lines
from ingest.glossary import find_glossaries
from ingest.lines import Line

CONTACT_HEADING_RE = re.compile(r"(?i)\b(officers?\s+to\s+contact|contact\s+(officers?|details))\b")

BULLET_RE = re.compile(r"^\s*(?:[•■▪●◦∙·‣○\uf0b7\uf0a7\uf0d8✓✔➢>*]|[-\u2013](?=\s)|o(?=\s+\S))\s*")
ENUM_RE = re.compile(r"^\s*(?:\(?(?:[a-z]|[ivx]{1,4}|[IVX]{1,4})[.)]|\((?:\d{1,2})\))\s+")
NUMBERED_RE = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})*)\.?\s+(?=[A-Z\u2018'\"\u201c(])")
KEYWORD_HEADING_RE = re.compile(
    r"^(Priority|Outcome|Theme|Section|Part|Chapter|Appendix|Annex|Objective|Ambition|Goal)"
    r"\s+(\d{1,2}|[A-Z]|[IVX]{1,4})\b\s*[:.\u2013-]?\s*",
)
_TERMINAL = (".", ";", ",", ":", ":-", "!", "\u2019", "\u201d", '"')


@dataclass(slots=True)
class Block:
    """A heading, paragraph or list item, with the lines it came from."""

    kind: str  # "heading" | "paragraph" | "item" | "definition" | "signature"
    text: str
    lines: list[Line] = field(default_factory=list)
    level: int = 0
    structural: bool = False  # a numbered or keyword heading, as opposed to a plain subhead
    subhead: bool = False  # a recurring subhead or a question ('Where are we now?')

    @property
    def words(self) -> int:
        return len(self.text.split())


class ItemGroup(list[Line]):
    """A group known to be a list item although its bullet glyph was lost."""


class DefinitionGroup(list[Line]):
    """One row of a glossary table: an abbreviation and its definition, paired back up."""

    term: str = ""
    definition: str = ""


class SignatureGroup(list[Line]):
    """A signature block closing a foreword: a person's name and their roles."""


# Who signs a foreword or a report: a name, then one or more roles.
_HONORIFIC_RE = re.compile(
    r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Professor|Prof|Sir|Dame|Lord|Lady|Rev)\.?\s+(?=[A-Z])"
)
_PERSON_RE = re.compile(r"^[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.?|[a-z]{2,3}|[A-Z][a-z'’-]+)){1,3}$")
_ROLE_RE = re.compile(
    r"(?i)\b(lead member|cabinet member|portfolio holder|member for|chair(?:man|woman|person)?"
    r"|vice[- ]chair|leader|director|chief executive|councillor|mayor|head of|commissioner)\b"
)


def is_signature(texts: Sequence[str]) -> bool:
    """A name line followed by role lines ('Mrs Louise Richardson / Lead Member for Health and
    Wellbeing'): short lines, none ending a sentence, at least one naming a role."""
    texts = [t.strip() for t in texts if t.strip()]
    if not 2 <= len(texts) <= 5 or any(len(t.split()) > 10 or t.endswith(".") for t in texts):
        return False
    name = texts[0]
    bare = _HONORIFIC_RE.sub("", name).strip()
    if not (_HONORIFIC_RE.match(name) or _PERSON_RE.match(name)) or _ROLE_RE.search(bare):
        return False
    return any(_ROLE_RE.search(t) for t in texts[1:])


def recurring_subheads(lines: Sequence[Line], min_repeats: int = 3) -> frozenset[str]:
    """Short heading-like lines printed again and again ('Where are we now?', 'Our commitments
    to Leicestershire'): a document's repeated subheads, always headings wherever they sit.
    (Running headers repeat too, but they are gone before this runs.)"""
    counts = Counter(line.text.strip() for line in lines if line.text.strip())
    return frozenset(
        text
        for text, count in counts.items()
        if count >= min_repeats and _looks_like_heading(text) and not NUMBERED_RE.match(text)
    )


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
            blank_run += 1
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
            or _is_subhead(line.text, subheads)
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
        elif not current and (lost_bullets or forced_item):
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
    return not last.endswith((",", "-", "/")) and last.split()[-1].lower() not in _FUNCTION_WORDS


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


_ENDS_CONTACTS_RE = re.compile(
    r"(?i)(appendi|annex|background papers|list of|relevant|equality|risk|implications)"
)
_FUNCTION_WORDS = frozenset(
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


def _is_subhead(text: str, subheads: frozenset[str]) -> bool:
    """A recurring subhead, or a short question standing as a heading ('Where are we now?')."""
    text = text.strip()
    if text in subheads:
        return True
    return text.endswith("?") and len(text.split()) <= 8 and _looks_like_heading(text)


def _standalone_heading(current: list[Line], line: Line, nxt: Line | None) -> bool:
    """A heading printed with no blank line around it: a short title-like line that starts a
    page or follows a finished sentence, and is followed by a new sentence."""
    text = line.text.strip()
    if nxt is None or not nxt.text.strip() or not _looks_like_heading(text):
        return False
    question = text.endswith("?") and len(text.split()) <= 8
    if (
        current
        and not line.page_start
        and not question
        and not current[-1].text.rstrip().endswith((".", "?", "!", ":"))
    ):
        return False
    title = NUMBERED_RE.sub("", text)
    if len(title.split()) > 8 or title.split()[-1].lower() in _FUNCTION_WORDS or ". " in title:
        return False
    first = nxt.text.strip()[:1]
    opens = first.isupper() or first.isdigit() or first in "\u201c\u2018\"'("
    return opens or bool(BULLET_RE.match(nxt.text))


def _runs_on(current: list[Line], line: Line) -> bool:
    """Does `line` continue the sentence of `current` across a page break?"""
    last = current[-1].text.rstrip()
    first = line.text.lstrip()
    return bool(first) and (first[0].islower() or last.endswith(("-", ",", "and", "the", "of")))


def _looks_like_heading(text: str) -> bool:
    text = text.strip()
    if not text or len(text.split()) > 12 or len(text) > 100:
        return False
    if text.endswith(_TERMINAL) or BULLET_RE.match(text) or ENUM_RE.match(text):
        return False
    if text.split()[-1].lower() in _FUNCTION_WORDS:
        return False
    if re.match(r"(?i)(figure|fig\.?|table|source|chart|graph)\s*\d*\b", text):
        return False  # a caption
    title = NUMBERED_RE.sub("", text)
    letters = sum(ch.isalpha() for ch in title)
    if letters < 3 or letters < 0.6 * len(title.replace(" ", "")):
        return False  # "6.4 YEARS", "7.5% GROWTH": figures of an infographic, not headings
    if NUMBERED_RE.match(text) and not any(ch.islower() for ch in title):
        return False
    first = title[:1]
    return first.isupper() or first in "\u2018'\"\u201c("


def build_blocks(lines: Sequence[Line]) -> list[Block]:
    """Classify the raw groups into headings, paragraphs and list items."""
    subheads = recurring_subheads(lines)
    groups = group_lines(lines, subheads)
    blocks: list[Block] = []
    in_contacts = False
    numbered_level = 0
    structural_seen = 0
    keyword_rank: dict[str, int] = {}
    for i, group in enumerate(groups):
        raw = join_lines([ln.text for ln in group])
        text = clean_text(BULLET_RE.sub("", raw, count=1))
        if not text:
            continue
        prev = blocks[-1] if blocks else None
        nxt = groups[i + 1] if i + 1 < len(groups) else None
        keyword = KEYWORD_HEADING_RE.match(raw)
        numbered = NUMBERED_RE.match(raw)
        if numbered and re.fullmatch(r"(?i)none|nil|n/?a|not applicable", text.split(" ", 1)[-1]):
            numbered = None  # "8. None" under "Background papers" is an answer, not a heading
        # Inside an officers-to-contact block, organisation names ("VRN") head entries,
        # not sections; the block ends at an appendix or the next numbered heading.
        contact_entry = (
            in_contacts and not keyword and not numbered and not _ENDS_CONTACTS_RE.match(text)
        )
        page_heading = (
            len(group) == 1
            and _looks_like_heading(raw)
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
        elif isinstance(group, ItemGroup) and not page_heading:
            blocks.append(Block("item", text, list(group)))
        elif keyword and len(group) <= 3 and len(raw.split()) <= 25:
            in_contacts = False
            # "Priority 5" inside "7.2 Reducing Health Inequalities" nests under it.
            rank = numbered_level + keyword_rank.setdefault(keyword.group(1), len(keyword_rank) + 1)
            structural_seen = max(structural_seen, rank)
            blocks.append(Block("heading", text, list(group), rank, structural=True))
        elif numbered and len(group) <= 2 and _looks_like_heading(raw) and nxt is not None:
            in_contacts = False
            level = numbered.group(1).count(".") + 1
            numbered_level = level
            structural_seen = max(structural_seen, level)
            heading = re.sub(r"^(\d+(?:\.\d+)*)\.?\s+", r"\1 ", text)
            blocks.append(Block("heading", heading, list(group), level, structural=True))
        elif (
            len(group) <= 2
            and _looks_like_heading(raw)
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
            subhead = subhead or _is_subhead(text, subheads)
            blocks.append(Block("heading", text, list(group), level, subhead=subhead))
        else:
            is_item = bool(BULLET_RE.match(raw) or ENUM_RE.match(raw)) or (
                _continues_list(prev) and not text.endswith(".")
            )
            blocks.append(Block("item" if is_item else "paragraph", text, list(group)))
    return blocks


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
