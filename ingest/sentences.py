"""Sentence spans of a passage, as character offsets, so every quote is an exact substring."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.table_rows import ROW_BREAK, header_end

# A sentence ends at . ! ? (optionally followed by a closing quote or bracket) before a space and
# a capital, digit or opening mark; abbreviations common in council papers do not end one.
_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)]?\s+(?=[A-Z0-9“\"'(£•-])")
_NOT_END = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Cllr|Prof|No|St|e\.g|i\.e|etc|vs|approx|incl|Co|Ltd|CC|JP)\.$"
    r"|\b[A-Z]\.$"
    # A commitment's or recommendation's code ("P3.", "R12.") labels what follows it.
    r"|\b[A-Z]{1,3}\d{1,3}\.$"
    # An enumeration marker ("a.", "iii.", "5.4.") opens the next item; it ends nothing.
    r"|(?:^|[\s:;(])(?:[a-z]|[ivx]{1,4}|\d{1,2}(?:\.\d{1,2})*)\.$"
)
MIN_WORDS = 4
MAX_WORDS = 60


def _row_breaks(text: str) -> list[tuple[int, int]]:
    """The breaks between a table's rows, as (start, end) of the space between them; but none
    within the header of a passage that opens on a table: the first row's quote keeps the names
    of its columns."""
    header = header_end(text)
    return [m.span() for m in ROW_BREAK.finditer(text) if header is None or m.start() > header]


@lru_cache(maxsize=16384)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence; long runs without punctuation are cut at semicolons.
    Remembered: the same passages are split for every question that retrieves them."""
    spans: list[tuple[int, int]] = []
    start = 0
    rows = set(_row_breaks(text))
    ends = sorted({*(m.span() for m in _BOUNDARY.finditer(text)), *rows})
    for at, after in ends:
        candidate = text[start:at].rstrip()
        if at < start or ((at, after) not in rows and _NOT_END.search(candidate)):
            continue
        spans.append((start, start + len(candidate)))
        start = after
    if start < len(text):
        spans.append((start, len(text.rstrip())))
    spans = _merge_fragments(text, spans)
    pieces = [piece for span in spans for piece in _split_long(text, span)]
    return tuple((_skip_marker(text, a, b), b) for a, b in pieces if b > _skip_marker(text, a, b))


# A paragraph number or list marker ("4. ", "b) ", "(iii) ") opening a sentence is layout, not
# content: quotes start after it.
_MARKER = re.compile(r"\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-z]|[ivx]{1,4})[.)]\s+(?=[A-Z“\"'])")


def _skip_marker(text: str, start: int, end: int) -> int:
    match = _MARKER.match(text, start, end)
    return match.end() if match else start


def _merge_fragments(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A fragment of under MIN_WORDS words ("5.4.", "Yes.") joins the sentence after it."""
    merged: list[tuple[int, int]] = []
    carry: int | None = None
    for start, end in spans:
        begin = start if carry is None else carry
        if len(text[begin:end].split()) < MIN_WORDS and (start, end) != spans[-1]:
            carry = begin
            continue
        merged.append((begin, end))
        carry = None
    return merged


def _split_long(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    start, end = span
    if len(text[start:end].split()) <= MAX_WORDS:
        return [span]
    pieces = []
    for match in re.finditer(r"[^;•]+[;•]?", text[start:end]):
        chunk = match.group(0)
        lead = len(chunk) - len(chunk.lstrip())
        s, e = start + match.start() + lead, start + match.start() + len(chunk.rstrip())
        if e > s:
            pieces.append((s, e))
    return pieces or [span]


def embedded_sentences(text: str) -> list[tuple[int, int, str]]:
    """Each sentence span with the text its vector is made from: the sentence, or for a table
    row below its table's header, the header and the row, whose column names give its cells
    their meaning."""
    header = header_end(text)
    return [
        (start, end, _with_header(text, header, start, end)) for start, end in sentence_spans(text)
    ]


def _with_header(text: str, header: int | None, start: int, end: int) -> str:
    if header is None or start <= header:
        return text[start:end]
    return f"{text[:header]} {text[start:end]}"


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


_PROSE_WORD = re.compile(r"[a-z]{2,}")


@lru_cache(maxsize=16384)
def prose_share(text: str) -> float:
    """Share of the words that are written in lower case: near 1 for a sentence, low for a
    flattened table row ("35.2 407.0 % per 100,000 2019/20") or a heading in capitals."""
    words = text.split()
    return sum(1 for w in words if _PROSE_WORD.search(w)) / len(words) if words else 0.0
