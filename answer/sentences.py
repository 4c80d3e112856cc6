"""Sentence spans of a passage, as character offsets, so every quote is an exact substring."""

from __future__ import annotations

import re

# A sentence ends at . ! ? (optionally followed by a closing quote or bracket) before a space and
# a capital, digit or opening mark; abbreviations common in council papers do not end one.
_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)]?\s+(?=[A-Z0-9“\"'(£•-])")
_NOT_END = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Cllr|Prof|No|St|e\.g|i\.e|etc|vs|approx|incl|Co|Ltd|CC|JP)\.$"
    r"|\b[A-Z]\.$"
)
MAX_WORDS = 60


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; long runs without punctuation are cut at semicolons."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        candidate = text[start : match.start()].rstrip()
        if _NOT_END.search(candidate):
            continue
        spans.append((start, start + len(candidate)))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text.rstrip())))
    return [piece for span in spans for piece in _split_long(text, span) if piece[1] > piece[0]]


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


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]
