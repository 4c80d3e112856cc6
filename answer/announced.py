"""A list announced by its size in a sentence of its own: "There are five priorities the Board
has agreed. These are: A; B; C; D; E; ...".

A list question that says how many items it wants ("what are the five priorities?") is answered
by the sentence announcing that many of the asked thing, carried through exactly that many items
set out after the next colon of its passage. Extraction runs a bullet list's items together with
semicolons, and what follows the last item (the minutes' next paragraph) is no part of the list:
so exactly the announced number of items is quoted, or nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from answer.model import Answer, Stretch, quoted_stretches
from index.tokenize import tokenize
from ingest.sentences import sentence_spans
from question.counts import COUNT_STEMS, COUNT_WORDS, count_of
from retrieval.search import Hit

# "five priorities", "5 key outcomes": a count, then the thing counted within three words.
_ANNOUNCED = re.compile(
    r"\b(" + "|".join(COUNT_WORDS) + r"|[2-9]|1[0-2])\s+((?:[\w'’-]+\s+){0,2}[\w'’-]+)", re.I
)
# An item's own number or letter ("2. ", "(b) "), and a full stop that ends a sentence.
_MARKER = re.compile(r"\s*\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+")
_FULL_STOP = re.compile(r"\.(?=\s|$)")
COLON_REACH = 40
"""How many characters after the announcing sentence its list's colon may come ("These are:")."""
MAX_WORDS_PER_ITEM = 30
"""An item longer than this is prose, not a list item: the list was not where it seemed."""


def announced_list(
    hits: Sequence[Hit], wanted: int, terms: Sequence[str], confidence: float
) -> Answer | None:
    """The first sentence among `hits` announcing `wanted` of a thing the question names, with
    its `wanted` items; None when no passage sets them out."""
    topic = set(terms) - COUNT_STEMS
    for hit in hits:
        text = hit.passage.text
        for start, end in sentence_spans(text):
            for found in _ANNOUNCED.finditer(text, start, end):
                if count_of(found.group(1)) != wanted:
                    continue
                if not topic & set(tokenize(found.group(2))):
                    continue
                colon = text.find(":", found.end())
                if colon < 0 or colon - end > COLON_REACH:
                    continue
                stop = items_end(text, colon + 1, wanted)
                if stop is not None:
                    quote = Stretch(hit.passage, start, stop)
                    return quoted_stretches([quote], hit.document, confidence)
    return None


def items_end(text: str, begin: int, wanted: int) -> int | None:
    """Where the `wanted`-th item after `begin` ends, items being separated by semicolons (the
    last may end the sentence instead); None unless there are that many, each of a list item's
    length."""
    position = begin
    for n in range(wanted):
        last = n == wanted - 1
        semicolon = text.find(";", position)
        if semicolon < 0 and not last:
            return None
        stop = semicolon if semicolon >= 0 else len(text)
        if last:
            # The last item may end its sentence; an item's own number ("2. ...") does not.
            marker = _MARKER.match(text, position, stop)
            full_stop = _FULL_STOP.search(text, marker.end() if marker else position, stop)
            stop = full_stop.start() if full_stop else stop
        item = text[position:stop]
        if not item.strip() or len(item.split()) > MAX_WORDS_PER_ITEM:
            return None
        position = stop + 1
    return position - 1
