"""Lists introduced by a lead-in that promises them: "In the first year the council will:" or
"... we will put the following values into practice;". The lead-in holds the promise and each
item says what is promised, so each item is a commitment of its own; the lead-in alone says
nothing and is no row.

A printed list reaches the registers flattened into passage text: its items run on in one
passage, or over the next ones where a page or the chunker split it. Two shapes are read:

- items separated by ';', the last one ending in '.', where the list ends ("open two
  libraries; extend opening hours; publish a yearly report."): what follows is the document's
  next text, not an item;
- items that open with a short label sentence, each the label and the sentences up to the next
  label ("Acting early. We will fund early help first."; "Building confidence in every school.
  Children learn ..."). A list of plain sentences without labels is a list of one sentence an
  item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

# A lead-in is one sentence ending in ':' that leaves what is promised to its items: it ends in
# "will" (the items give the verbs: "the council will:"), or says "we will ... the following"
# (the items give the object). A "we will" sentence that names its own object ("we will
# support families through: ...") is one commitment, its items the means. A ';' closing a
# passage leads in too: some documents print their lead-ins so ("... in our actions;").
_LEAD_IN_RE = re.compile(
    r"(?:^|(?<=[.!?]\s))(?=[A-Z\u2018\u201c\"])[^.!?:;]*?"
    r"(?:\b(?i:will)|\b(?i:we\s+will)\b[^.!?:;]*?\b(?i:following)\b[^.!?:;]*)"
    r"\s*(?P<mark>[:;])"
)
# An item of a ';' list ends at ';', or at '.' which ends the list too; a '.' inside a figure
# ("3.5") or before a bracket is no end.
_ITEM_END_RE = re.compile(r"[;.](?=\s|$)")
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]?\s+(?=[A-Z0-9\u2018\u201c\"'(])")
# A label is a short phrase without a verb of its own ("Fair access for all."), or opens with
# a gerund ("Building confidence in every school."). A sentence whose subject is a pronoun, or
# that opens with an article, a conjunction or a preposition, is prose, not a label.
LABEL_MAX_WORDS = 8
_FINITE_RE = re.compile(
    r"\b(?:is|are|was|were|will|would|can|could|must|should|may|might|shall|has|have|had|do|"
    r"does|did)\b",
    re.I,
)
_NOT_A_LABEL_RE = re.compile(
    r"(?:we|i|you|they|it|he|she|this|these|that|those|there|our|their|its|his|her|the|an?|if|"
    r"when|where|while|as|but|and|or|so|therefore|however|during|including|according|following|"
    r"regarding|concerning|excluding|considering|notwithstanding)",
    re.I,
)


class ListStyle(Enum):
    SEMICOLONS = "semicolons"
    LABELS = "labels"


@dataclass(frozen=True, slots=True)
class LeadIn:
    start: int
    end: int
    """Just past the lead-in's ':' or ';': where its items begin."""


@dataclass(frozen=True, slots=True)
class Items:
    spans: tuple[tuple[int, int], ...]
    """Each item's (start, end) in the text, without its separator."""
    ended: bool
    """The list ends inside the text: the text after the last item is not one of its items."""


def lead_ins(text: str) -> list[LeadIn]:
    """The lead-ins of a passage text: every ':' one, and a ';' one only where it closes the
    text (elsewhere a ';' separates items or clauses)."""
    found = []
    for match in _LEAD_IN_RE.finditer(text):
        if match.group("mark") == ";" and text[match.end() :].strip():
            continue
        found.append(LeadIn(match.start(), match.end()))
    return found


def list_style(text: str, start: int) -> ListStyle:
    """How the items from `start` are separated: by ';' when the first one ends in ';'."""
    first_end = _ITEM_END_RE.search(text, start)
    if first_end is not None and first_end.group(0) == ";":
        return ListStyle.SEMICOLONS
    return ListStyle.LABELS


def list_items(text: str, start: int, style: ListStyle) -> Items:
    if style is ListStyle.SEMICOLONS:
        return _semicolon_items(text, start)
    return _labelled_items(text, start)


def _semicolon_items(text: str, start: int) -> Items:
    spans: list[tuple[int, int]] = []
    position = start
    while True:
        begin = _skip_space(text, position)
        if begin >= len(text):
            return Items(tuple(spans), ended=False)
        end = _ITEM_END_RE.search(text, begin)
        if end is None:
            # The last item runs on into the next passage.
            return Items((*spans, (begin, len(text.rstrip()))), ended=False)
        spans.append((begin, end.start()))
        if end.group(0) == ".":
            return Items(tuple(spans), ended=True)
        position = end.end()


def _labelled_items(text: str, start: int) -> Items:
    sentences = _sentence_spans(text, _skip_space(text, start))
    if not sentences:
        return Items((), ended=False)
    labels = [is_label(text[a:b]) for a, b in sentences]
    if not any(labels):
        return Items(tuple(sentences), ended=False)
    spans: list[tuple[int, int]] = []
    for (a, b), label in zip(sentences, labels, strict=True):
        if label or not spans:
            spans.append((a, b))
        else:
            spans[-1] = (spans[-1][0], b)
    return Items(tuple(spans), ended=False)


def is_label(sentence: str) -> bool:
    """Read from the words alone, so a short sentence whose only verb is not an auxiliary
    ("Early help works.") reads as a label too; the explanations that follow labels in
    strategies run longer than LABEL_MAX_WORDS."""
    words = sentence.strip().rstrip(".!?").split()
    if not words or not words[0][:1].isupper() or _NOT_A_LABEL_RE.fullmatch(words[0].strip(",")):
        return False
    if words[0].lower().endswith("ing"):
        return len(words) < 2 or not _FINITE_RE.fullmatch(words[1])
    return len(words) <= LABEL_MAX_WORDS and not _FINITE_RE.search(sentence)


def _sentence_spans(text: str, start: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    begin = start
    for match in _SENTENCE_END_RE.finditer(text, start):
        spans.append((begin, match.start()))
        begin = match.end()
    end = len(text.rstrip())
    if begin < end:
        spans.append((begin, end))
    return [(a, _closing(text, b)) for a, b in spans if text[a:b].strip()]


def _closing(text: str, end: int) -> int:
    """A closing quote or bracket after the full stop belongs to the sentence."""
    while end < len(text) and text[end] in "\"'\u201d\u2019)":
        end += 1
    return end


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position].isspace():
        position += 1
    return position
