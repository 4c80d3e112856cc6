"""A resolution cut by chunking: "RESOLVED - (a) That the report be noted." ends one passage and
"(b) That a review be agreed." opens the next. The decision is all its parts, lettered or
numbered ("(1) That ...")."""

from __future__ import annotations

import re

from answer.lists import within_items
from answer.series import SectionLookup
from ingest.sentences import sentence_spans
from retrieval.search import Hit

# The first part of a resolution: "(a) That ...", "(i) That ...", "(1) That ...".
_FIRST_PART = re.compile(r"\((?:a|i|1)\)\s")
# A passage opening with a later part: "(b) That ...", "(ii) That ...", "(2) That ...".
_LATER_PART = re.compile(r"\s*\((?:[b-h]|ii|iii|iv|v|vi|[2-9])\)\s")
# Any part's marker, before a sentence.
_PART = re.compile(r"\((?:[a-h]|i{1,3}|iv|v|vi|[1-9])\)\s*$")


def rest_of_resolution(
    hit: Hit, start: int, end: int, sections: SectionLookup
) -> tuple[Hit, int, int] | None:
    """The passage after `hit` and the span of it that goes on with the resolution quoted at
    `start`-`end`, when that quote holds a resolution's first part and ends its passage, and
    the next passage of the document opens with a later part; else None."""
    text = hit.passage.text
    if text[end:].strip() or not _FIRST_PART.search(text, start, end):
        return None
    passages = sections(hit.passage.document_id)
    ids = [p.id for p in passages]
    if hit.passage.id not in ids:
        return None
    at = ids.index(hit.passage.id)
    if at + 1 >= len(passages) or not _LATER_PART.match(passages[at + 1].text):
        return None
    following = passages[at + 1]
    start, end = _parts(following.text)
    return Hit(following, hit.document, hit.score), start, end


def _parts(text: str) -> tuple[int, int]:
    """The span of the opening sentences of `text` that are parts of a resolution, each after
    its marker ("(c) That ..."), up to lists.MAX_ITEM_WORDS words; at least the first."""
    spans = sentence_spans(text)
    start, end = spans[0]
    stops: list[int] = []
    for begin, stop in spans[1:]:
        if not _PART.search(text, stops[-1] if stops else end, begin):
            break
        stops.append(stop)
    return start, within_items(text, start, end, stops)
