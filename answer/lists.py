"""Lists answered with their items: a passage ending "The five priorities are:" and the list
passage that follows it in the document.

Chunking splits the lead-in from its items, and retrieval now returns both (the list is lifted
under its lead-in); a list question's answer is the lead-in sentence plus the items, each quoted
verbatim from its own passage.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from answer.model import Stretch
from answer.scoring import Candidate
from answer.series import SectionLookup
from index.tokenize import tokenize
from ingest.model import Passage
from ingest.sentences import sentence_spans
from ingest.table_rows import ROW_PREFIX
from retrieval.continuations import continues_list, introduces_list, stands_as_item
from retrieval.search import Hit

MAX_GAP_LINES = 10
"""How far (in source lines) the list may start after its lead-in ends: PDF extraction leaves
blank lines between a bulleted lead-in and its first bullet."""
MAX_ITEM_WORDS = 120
MAX_RUN = 12
"""The most passages a list chunked one item to a passage is followed through."""


def follows(lead: Hit, item: Hit) -> bool:
    """The list retrieval lifts under its lead-in, starting within MAX_GAP_LINES of it, or for
    a PDF (whose passages carry pages, not lines) on the same page or the next (hits carry no
    row numbers to check they are neighbours)."""
    return continues_list(lead.passage, item.passage) and _next_to(lead.passage, item.passage)


# "The three we will prioritise are:" is not about "the three domains": a count is no topic.
_COUNTS = frozenset(
    tokenize("two three four five six seven eight nine ten twelve several many number")
)


def introduced_list(hits: list[Hit], terms: list[str]) -> tuple[int, int] | None:
    """(lead-in, list) positions in `hits` of the best-ranked lead-in that shares a topic word
    with the question and whose list was retrieved."""
    topic = set(terms) - _COUNTS
    for i, lead in enumerate(hits):
        text = lead.passage.text
        if not introduces_list(text):
            continue
        start, end = lead_in_span(text)
        if not topic & set(tokenize(text[start:end])):
            continue
        for j, item in enumerate(hits):
            if follows(lead, item):
                return i, j
    return None


def lead_in_span(text: str) -> tuple[int, int]:
    """The last sentence of the lead-in passage: the one that introduces the list, with the
    sentence before it when it only points ("These are:") and that one says what is listed."""
    spans = sentence_spans(text)
    start, end = spans[-1]
    if len(spans) > 1 and len(tokenize(text[start:end])) < 2:
        start = spans[-2][0]
    return start, end


def item_run(item: Passage, sections: SectionLookup) -> list[Stretch]:
    """A list chunked one item to a passage ("We will ..." items each stand as a passage), from
    `item` on: each later passage of its section that stands as an item and starts within
    MAX_GAP_LINES of the one before, up to MAX_RUN; just `item` when it holds the list whole."""
    passages = list(sections(item.document_id))
    at = next((i for i, p in enumerate(passages) if p.id == item.id), None)
    if at is None or not stands_as_item(item):
        return []
    run = [passages[at]]
    for after in passages[at + 1 : at + MAX_RUN]:
        if after.section != item.section or not stands_as_item(after):
            break
        if not _next_to(run[-1], after):
            break
        run.append(after)
    return [Stretch(p, *items_span(p.text)) for p in run] if len(run) > 1 else []


def _next_to(before: Passage, after: Passage) -> bool:
    """Whether `after` starts within MAX_GAP_LINES of `before`'s end, or for a PDF's passages
    (pages, not lines) on the same page or the next."""
    if before.lines is not None and after.lines is not None:
        return 0 <= after.lines[0] - before.lines[1] <= MAX_GAP_LINES
    first, then = before.page, after.page
    return first is not None and then is not None and 0 <= then - first <= 1


def items_span(text: str) -> tuple[int, int]:
    """The list's opening sentences, whole, up to MAX_ITEM_WORDS words (at least one); or the
    table it opens with, every row of it."""
    spans = sentence_spans(text)
    start, first_end = spans[0]
    return table_run(text, start) or (
        start,
        within_items(text, start, first_end, [stop for _, stop in spans[1:]]),
    )


def table_run(text: str, at: int) -> tuple[int, int] | None:
    """Where the table holding the row quoted from `at` starts and ends in `text`: the
    sentences running on from one row into the next, nothing but a space between them (a row
    whose cells hold prose may be several sentences). None unless a row starts at `at`."""
    spans = sentence_spans(text)
    held = [n for n, (start, _) in enumerate(spans) if start == at]
    if not held or not text.startswith(ROW_PREFIX, at):
        return None
    first = last = held[0]
    while first > 0 and _joined(text, spans[first - 1], spans[first]):
        first -= 1
    while last + 1 < len(spans) and _joined(text, spans[last], spans[last + 1]):
        last += 1
    return spans[first][0], spans[last][1]


def _joined(text: str, before: tuple[int, int], after: tuple[int, int]) -> bool:
    """Whether two sentences lie within one table: one row after another, or the rest of a
    row whose cells hold prose."""
    if text[before[1] : after[0]].strip():
        return False
    row_ends = text.endswith("|", 0, before[1])
    return text.startswith(ROW_PREFIX, after[0]) if row_ends else True


def within_items(text: str, start: int, end: int, stops: Iterable[int]) -> int:
    """How far a quote from `start`, already reaching `end`, runs on through the sentence ends
    `stops` (in order) while it stays within MAX_ITEM_WORDS words."""
    for stop in stops:
        if len(text[start:stop].split()) > MAX_ITEM_WORDS:
            break
        end = stop
    return end


# "It agreed to focus on the following three areas.": a sentence announcing a list, though it
# ends with a full stop.
_ANNOUNCES = re.compile(r"\b(?:the following\b[^.:;]{0,60}|as follows)\s*[.:]\s*$", re.I)


def list_after(hits: list[Hit], cand: Candidate) -> list[Candidate]:
    """The list a quoted lead-in introduces, when the lead-in's passage ends with a colon and
    the list's passage was retrieved: the quote ends with that colon, or announces "the
    following" items."""
    lead = hits[cand.hit_index]
    text = lead.passage.text
    quote = text[cand.start : cand.end].rstrip()
    if not introduces_list(text):
        return []
    ends_passage = not text[cand.end :].strip()
    if not (introduces_list(quote) and ends_passage) and not _ANNOUNCES.search(quote):
        return []
    for j, item in enumerate(hits):
        if j != cand.hit_index and follows(lead, item):
            start, end = items_span(item.passage.text)
            return [replace(cand, hit_index=j, start=start, end=end)]
    return []
