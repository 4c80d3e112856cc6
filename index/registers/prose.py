"""Commitments a strategy states outside its commitment passages: a numbered priority's heading
("Priority 3: Safer Streets"), each sentence of its prose that says "we will ...", and each
item of a list whose lead-in promises it ("the council will:"; index.registers.lead_in).

Read over one document's passages in order, since a list's items may run on from the passage
of its lead-in into the next ones.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from index.registers.lead_in import Items, ListStyle, lead_ins, list_items, list_style
from ingest.line_shapes import KEYWORD_HEADING_RE, SECTION_KEYWORDS
from ingest.model import Passage

MIN_COMMITMENT_WORDS = 5
"""A "we will" sentence shorter than this is a fragment ("we will see."), not a commitment."""
MIN_ITEM_WORDS = 3
"""A list item shorter than this is a stray label or heading, not a commitment."""

# A sentence saying "we will ...", perhaps after a lead of any length ("Where figures are
# published nationally, we will use their definitions"), but not a heading asking "How we
# will measure success". The lead crosses no ':' or ';' (a list's label before them is not the
# sentence's), but for a numbered priority's label that ingest put first ("Priority 1: ").
_KEYWORD_LABEL = rf"(?:(?:{'|'.join(SECTION_KEYWORDS)})\s+(?:\d{{1,2}}|[A-Z]|[IVX]{{1,4}})\s*:\s+)"
_WE_WILL_SENTENCE = re.compile(
    rf"(?:^|(?<=[.!?]\s)){_KEYWORD_LABEL}?"
    r"(?!(?:how|what|where|when|why|which)\s+we\s+will\b)(?:[A-Z][^.!?:;]*?\s)?"
    r"we will\b[^.!?]*[.!?]?",
    re.I,
)
# Quoted words are another's ("The regional vision is 'We will deliver ...'"), not the
# document's own promise. A closing single quote is told from an apostrophe by what follows it.
_QUOTED_RE = re.compile(r"\u2018[^\u2018\u2019]*\u2019(?![A-Za-z])|\u201c[^\u201c\u201d]*\u201d")


@dataclass(frozen=True, slots=True)
class _OpenList:
    """A list whose items run on past the end of the passage that held its lead-in."""

    style: ListStyle | None
    """None until the items are seen: a lead-in closing its passage leaves them to the next."""
    last: Passage
    carried: bool
    """Already carried into `last` from an earlier passage."""


def prose_commitments(passages: Sequence[Passage]) -> list[tuple[Passage, list[str]]]:
    """Each passage of one document (in order) with the commitments its prose states, each a
    verbatim substring of the passage."""
    out: list[tuple[Passage, list[str]]] = []
    open_list: _OpenList | None = None
    for passage in passages:
        if passage.kind == "heading":
            open_list = None
            text = passage.text.strip()
            out.append((passage, [text] if KEYWORD_HEADING_RE.match(text) else []))
            continue
        if passage.kind not in ("paragraph", "list"):
            open_list = None
            continue
        carried = open_list if open_list and _runs_on(open_list, passage) else None
        texts, open_list = _passage_commitments(passage, carried)
        out.append((passage, texts))
    return out


def _passage_commitments(
    passage: Passage, carried: _OpenList | None
) -> tuple[list[str], _OpenList | None]:
    """The passage's list items (of a list carried in, and of its own lead-ins), then its "we
    will" sentences outside those lists, in text order; and the list still open at its end."""
    text = passage.text
    taken: list[tuple[int, int]] = []  # lead-ins and the items under them
    items: list[tuple[int, int]] = []
    if carried is not None:
        style = carried.style or list_style(text, 0)
        found = list_items(text, 0, style)
        end = _list_end(text, found)
        items += found.spans
        taken.append((0, end))
        if not found.ended:
            return _texts(text, items, taken), replace(
                carried, style=style, last=passage, carried=True
            )
    for lead in lead_ins(text):
        if taken and lead.start < taken[-1][1]:
            continue
        if not text[lead.end :].strip():
            # The items begin in the next passage; their separators are seen there.
            taken.append((lead.start, len(text)))
            return _texts(text, items, taken), _OpenList(None, passage, carried=False)
        lead_style = list_style(text, lead.end)
        found = list_items(text, lead.end, lead_style)
        items += found.spans
        taken.append((lead.start, _list_end(text, found)))
        if not found.ended:
            return _texts(text, items, taken), _OpenList(lead_style, passage, carried=False)
    return _texts(text, items, taken), None


def _list_end(text: str, found: Items) -> int:
    return found.spans[-1][1] if found.ended and found.spans else len(text)


def _texts(text: str, items: list[tuple[int, int]], taken: list[tuple[int, int]]) -> list[str]:
    listed = [t for t in (text[a:b].strip() for a, b in items) if len(t.split()) >= MIN_ITEM_WORDS]
    said = [s for s in we_will_sentences(text) if not _inside(text, s, taken)]
    return sorted(dict.fromkeys([*listed, *said]), key=text.find)


def we_will_sentences(text: str) -> list[str]:
    """Each sentence of `text` that says "we will ...", outside quotation marks."""
    quoted = [m.span() for m in _QUOTED_RE.finditer(text)]
    found = []
    for match in _WE_WILL_SENTENCE.finditer(text):
        said = match.start() + match.group(0).lower().index("we will")
        if any(a < said < b for a, b in quoted):
            continue
        sentence = match.group(0).strip()
        if len(sentence.split()) >= MIN_COMMITMENT_WORDS:
            found.append(sentence)
    return found


def _runs_on(open_list: _OpenList, passage: Passage) -> bool:
    """Without line numbers (a PDF) a list runs on into the one passage after its lead-in's,
    no further: nothing shows where its last item ends."""
    if open_list.last.lines is None or passage.lines is None:
        return not open_list.carried and _continues(open_list.last, passage)
    return _continues(open_list.last, passage)


def _continues(before: Passage, after: Passage) -> bool:
    """`after` carries on the text of `before`: the same document and section, no blank line
    between them where both know their lines, and the same or the next page where they know
    pages."""
    if before.document_id != after.document_id or before.section != after.section:
        return False
    if before.lines is not None and after.lines is not None:
        return after.lines[0] <= before.lines[1] + 1
    return before.page is None or after.page is None or 0 <= after.page - before.page <= 1


def _inside(text: str, sentence: str, spans: list[tuple[int, int]]) -> bool:
    start = text.find(sentence)
    return any(a <= start < b for a, b in spans)
