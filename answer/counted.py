"""A counted list whose items PDF extraction scattered: "three main 'domains':" followed by one
item, the other two printed in the column before it.

A lead-in that says how many items follow ("The three domains are:", "five Ps:") tells how
complete a list answer is. When fewer items of the list's own shape ("term – what it means")
follow it in its passage, the rest are looked for in the passages of the same section printed
just before and after it, and the list is answered only when exactly the announced number is
found: the lead-in, then each item quoted from its own passage.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from answer.model import Answer, Stretch, quoted_stretches
from answer.series import SectionLookup
from index.tokenize import tokenize
from ingest.model import Passage
from ingest.sentences import sentence_spans
from question.counts import COUNT_WORDS, count_of
from retrieval.search import Hit

# "three main ‘domains’:", "the five Ps:": a count, up to three words, then a colon.
_COUNTED_LEAD = re.compile(
    r"\b("
    + "|".join(COUNT_WORDS)
    + r"|[2-9]|10)\s+((?:[\w‘’'\"-]+\s+){0,3}[‘’'\"]?[\w-]+[’'\"]?)\s*:",
    re.I,
)
# An item of a glossed list: a short term at the start of a sentence, clause or the list, then a
# dash and what the term means ("health protection – protecting people's health ...").
_GLOSSED_ITEM = re.compile(r"(?:^|(?<=[;.:]\s))([A-Za-z][A-Za-z'’ -]{1,48}?)\s[–—]\s")
_ITEM_END = re.compile(r";|\.\s+(?=[A-Z])")
NEARBY_LINES = 40
"""How far (in source lines) from the lead-in the scattered items may be printed."""


def counted_list(
    hits: Sequence[Hit], terms: Sequence[str], sections: SectionLookup, confidence: float
) -> Answer | None:
    """The first counted lead-in among `hits` that shares a word with the question's `terms`,
    with exactly as many glossed items as it announces; None when there is none."""
    topic = set(terms)
    for hit in hits:
        text = hit.passage.text
        for lead in _COUNTED_LEAD.finditer(text):
            if not topic & set(tokenize(lead.group(2))):
                continue
            wanted = count_of(lead.group(1))
            after = _items(hit.passage, lead.end(), len(text))
            if len(after) >= wanted:
                return None
            nearby = _nearby_items(hit, sections, lead.start())
            items = after + nearby[: wanted - len(after)]
            if len(items) != wanted:
                return None
            return _answer(hit, lead.start(), items, confidence)
    return None


def _items(passage: Passage, start: int, end: int) -> list[Stretch]:
    found = []
    text = passage.text
    for match in _GLOSSED_ITEM.finditer(text, start, end):
        stop = _ITEM_END.search(text, match.end())
        found.append(Stretch(passage, match.start(1), min(stop.start() if stop else end, end)))
    return found


def _nearby_items(hit: Hit, sections: SectionLookup, lead_start: int) -> list[Stretch]:
    """Glossed items printed before the lead-in in its own passage, then in the passages of its
    section nearest to it, nearest passage first, each passage's in the order printed."""
    own = hit.passage
    found = _items(own, 0, lead_start)
    if own.lines is None:
        return found
    origin = own.lines[0]
    near = sorted(
        (abs(p.lines[0] - origin), n, p)
        for n, p in enumerate(sections(hit.document.id))
        if p.id != own.id
        and p.section == own.section
        and p.lines is not None
        and abs(p.lines[0] - origin) <= NEARBY_LINES
    )
    for _, _, passage in near:
        found += _items(passage, 0, len(passage.text))
    return found


def _answer(hit: Hit, lead_start: int, items: list[Stretch], confidence: float) -> Answer:
    text = hit.passage.text
    sentence = next((s, e) for s, e in sentence_spans(text) if s <= lead_start < e)
    lead = Stretch(hit.passage, sentence[0], text.index(":", lead_start) + 1)
    return quoted_stretches([lead, *items], hit.document, confidence)
