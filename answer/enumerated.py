"""A numbered list ("i. ... ii. ...", "1. ... 2. ...", "a) ... b) ...") that chunking or PDF
extraction split over neighbouring passages, answered whole.

A list question ("what are the five building blocks?") is answered by the run of items it asks
for, but the passage retrieval ranks best often holds only part of it: the lead-in and the
first items close one passage, the rest open the next. The run is followed back to its first
item and on to its last through the document's passages in print order, and the answer is the
lead-in and every item, each part quoted from its own passage.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from answer.model import Answer, Stretch, quoted_stretches
from answer.scoring import beyond_title
from answer.series import SectionLookup
from answer.terms import Terms, covered, keys_of
from index.tokenize import tokenize
from ingest.model import Passage
from ingest.sentences import sentence_spans
from question.counts import COUNT_STEMS
from retrieval.search import Hit

MIN_ITEMS = 3
MAX_ITEMS = 12
_LABEL = re.compile(r"(?:^|(?<=[\s;:(]))([ivxlc]{1,6}|[IVXLC]{1,6}|\d{1,2}|[a-zA-Z])[.)](?=\s)")
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
_VALID_ROMAN = re.compile(r"c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})")
# Where the last item stops: the next clause or sentence.
_ITEM_END = re.compile(r";|\.\s+(?=[A-Z0-9])")
# The count words as question terms: a count says how many items, not which list.


@dataclass(frozen=True, slots=True)
class Label:
    style: str
    """"roman", "ROMAN", "digit", "letter" or "LETTER": items of one list share a style."""
    ordinal: int
    start: int
    end: int


def _roman(text: str) -> int | None:
    low = text.lower()
    if not _VALID_ROMAN.fullmatch(low):
        return None
    values = [_ROMAN[c] for c in low]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def labels(text: str) -> list[Label]:
    """Every item label in `text`, once per way of reading it ("i." is the first roman item or
    the ninth lettered one), in print order."""
    found = []
    for match in _LABEL.finditer(text):
        raw, start, end = match.group(1), match.start(1), match.end()
        # "(b)" starts at its bracket: a passage that opens "(b) ..." opens with the item.
        if text[start - 1 : start] == "(":
            start -= 1
        readings: list[tuple[str, int]] = []
        if raw.isdigit():
            readings.append(("digit", int(raw)))
        else:
            roman = _roman(raw)
            if roman is not None:
                readings.append(("roman" if raw.islower() else "ROMAN", roman))
            if len(raw) == 1:
                readings.append(("letter" if raw.islower() else "LETTER", ord(raw.lower()) - 96))
        found += [Label(style, n, start, end) for style, n in readings]
    return found


def runs(text: str) -> list[list[Label]]:
    """Runs of labels of one style numbered one after another (n, n+1, ...), at least two long."""
    found = []
    by_style: dict[str, list[Label]] = {}
    for label in labels(text):
        by_style.setdefault(label.style, []).append(label)
    for chain in by_style.values():
        run: list[Label] = []
        for label in chain:
            if run and label.ordinal == run[-1].ordinal + 1:
                run.append(label)
                continue
            if len(run) >= 2:
                found.append(run)
            run = [label]
        if len(run) >= 2:
            found.append(run)
    return found


def _items(passage: Passage, run: list[Label]) -> tuple[list[Stretch], bool]:
    """The run's items in `passage`, and whether the last one runs on to the passage's end."""
    text = passage.text
    items = [Stretch(passage, a.start, b.start) for a, b in pairwise(run)]
    stop = _ITEM_END.search(text, run[-1].end)
    end = stop.start() if stop else len(text.rstrip())
    items.append(Stretch(passage, run[-1].start, end))
    return items, stop is None


def _opens(passage: Passage, style: str, ordinal: int) -> list[Label] | None:
    """The run that opens `passage` with item `ordinal` of `style`, if one does."""
    for run in _runs_or_single(passage.text):
        first = run[0]
        if first.style == style and first.ordinal == ordinal:
            return run if not passage.text[: first.start].strip() else None
    return None


def _runs_or_single(text: str) -> list[list[Label]]:
    """The runs of `text`, then each label alone: a neighbour may hold one item of a list."""
    return runs(text) + [[label] for label in labels(text)]


def _closes(passage: Passage, style: str, ordinal: int) -> list[Label] | None:
    """The run in `passage` ending with item `ordinal` of `style` that runs on to its end."""
    for run in _runs_or_single(passage.text):
        if run[-1].style == style and run[-1].ordinal == ordinal and _items(passage, run)[1]:
            return run
    return None


def whole_run(
    passages: Sequence[Passage], at: int, run: list[Label]
) -> tuple[int, list[Label], list[Stretch]]:
    """The run found in `passages[at]`, followed back to its first item and on to its last
    through the neighbouring passages: (where it starts, its labels there, all its items)."""
    items = _items(passages[at], run)[0]
    first, last = run[0], run[-1]
    start_at, start_run = at, run
    while first.ordinal > 1 and start_at > 0 and not passages[start_at].text[: first.start].strip():
        before = _closes(passages[start_at - 1], first.style, first.ordinal - 1)
        if before is None:
            break
        start_at, start_run, first = start_at - 1, before, before[0]
        items = _items(passages[start_at], before)[0] + items
    after_at = at
    # The next passage may open with the next item even when this one's last item stops short
    # of the passage's end: "(a) Using data. We will ..." is an item with its description.
    while after_at + 1 < len(passages) and len(items) < MAX_ITEMS:
        following = _opens(passages[after_at + 1], last.style, last.ordinal + 1)
        if following is None:
            break
        after_at += 1
        more = _items(passages[after_at], following)[0]
        items += more
        last = following[-1]
    return start_at, start_run, items


def opened_list(hit: Hit, sections: SectionLookup) -> list[Stretch]:
    """The numbered list `hit`'s passage opens with its first item ("i. ...", "1. ..."),
    followed on through the passages after it, one stretch per passage; none when it opens with
    no first item, or the list has fewer than MIN_ITEMS items."""
    passages = list(sections(hit.document.id))
    at = _position(passages, hit)
    if at is None:
        return []
    for run in _runs_or_single(passages[at].text):
        if run[0].ordinal == 1 and not passages[at].text[: run[0].start].strip():
            items = whole_run(passages, at, run)[2]
            return _per_passage(items) if MIN_ITEMS <= len(items) <= MAX_ITEMS else []
    return []


def _position(passages: Sequence[Passage], hit: Hit) -> int | None:
    return next((i for i, p in enumerate(passages) if p.id == hit.passage.id), None)


def _per_passage(stretches: Sequence[Stretch]) -> list[Stretch]:
    """Stretches printed one after another in one passage joined into one."""
    parts: list[Stretch] = []
    for stretch in stretches:
        last = parts[-1] if parts else None
        if (
            last is not None
            and last.passage.id == stretch.passage.id
            and last.start <= stretch.start
        ):
            parts[-1] = Stretch(last.passage, last.start, stretch.end)
        else:
            parts.append(stretch)
    return parts


def _lead_in(passage: Passage, label: Label) -> tuple[int, int] | None:
    """The words before the first item in its sentence ("The report names seven parts:")."""
    starts = [s for s, _ in sentence_spans(passage.text) if s <= label.start]
    start = starts[-1] if starts else 0
    if not passage.text[start : label.start].strip():
        return None
    return start, label.start


def enumerated_list(
    wanted: int | None,
    hits: Sequence[Hit],
    terms: Terms,
    sections: SectionLookup,
    confidence: float,
) -> Answer | None:
    """The first numbered list among `hits` that is the one asked for, followed whole through
    its document; None when there is none. When the question says how many items it wants
    (`wanted`: "the five building blocks") the list must hold that many and its lead-in share a
    word with the question; otherwise the lead-in must share one beyond the words of its
    document's title, which pick the document, not one of its lists."""
    asked = tuple(term for term in terms if not any(way <= COUNT_STEMS for way in term[1]))
    for hit in hits:
        topic = asked if wanted is not None else beyond_title(asked, hit)
        passages = list(sections(hit.document.id))
        at = _position(passages, hit)
        if at is None:
            continue
        # A lone first item counts too: the rest of its list may open the passages after it.
        firsts = [[label] for label in labels(hit.passage.text) if label.ordinal == 1]
        for run in runs(hit.passage.text) + firsts:
            start_at, start_run, items = whole_run(passages, at, run)
            if start_run[0].ordinal != 1 or not MIN_ITEMS <= len(items) <= MAX_ITEMS:
                continue
            if wanted is not None and len(items) != wanted:
                continue
            lead_in = _lead_in(passages[start_at], start_run[0])
            if lead_in is None:
                continue
            lead = passages[start_at].text[lead_in[0] : lead_in[1]]
            if covered(keys_of(tokenize(lead)), topic) > 0:
                return _answer(hit, passages[start_at], lead_in, items, confidence)
    return None


def _answer(
    hit: Hit, lead: Passage, lead_in: tuple[int, int], items: list[Stretch], confidence: float
) -> Answer:
    """The lead-in and the items, one quote per passage they are printed in."""
    parts = _per_passage([Stretch(lead, *lead_in), *items])
    return quoted_stretches(parts, hit.document, confidence)
