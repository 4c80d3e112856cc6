"""Chunking: blocks of one section into passages sized for the embedder.

MiniLM reads 256 word pieces including the context line; council prose runs at about 1.3
pieces a word, so a passage's text stays under MAX_WORDS and aims at TARGET_WORDS.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.blocks import Block
from ingest.fields import PassageFields
from ingest.lines import Line

MIN_WORDS = 40
TARGET_WORDS = 120
MAX_WORDS = 170

_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9\u2018\u201c(])")


@dataclass(slots=True)
class Draft:
    """A passage before it has an id: text, where it came from, what it is."""

    text: str
    section: str | None
    lines: list[Line]
    kind: str = "paragraph"
    fields: PassageFields | None = None

    @property
    def words(self) -> int:
        return len(self.text.split())


def join_blocks(blocks: Sequence[Block]) -> str:
    """Blocks as one passage text; an unpunctuated list item gets a ';' so items stay apart
    ('... matters:- Suicide Prevention Campaign; Violence Reduction Network; ...')."""
    parts: list[str] = []
    for n, block in enumerate(blocks):
        text = block.text
        last = n == len(blocks) - 1
        if block.kind == "item" and not last and not re.search(r"[.;:,!?]$", text):
            text += ";"
        parts.append(text)
    return " ".join(parts)


def split_sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text) if s]


def split_long(text: str, max_words: int = MAX_WORDS) -> list[str]:
    """Split text at sentence ends into pieces of at most `max_words` (a longer sentence is
    cut at word boundaries, the only lossless choice left)."""
    if len(text.split()) <= max_words:
        return [text]
    pieces: list[str] = []
    current: list[str] = []
    count = 0
    for sentence in split_sentences(text):
        n = len(sentence.split())
        if n > max_words:
            if current:
                pieces.append(" ".join(current))
                current, count = [], 0
            words = sentence.split()
            for start in range(0, len(words), max_words):
                pieces.append(" ".join(words[start : start + max_words]))
            continue
        if count + n > max_words and current:
            pieces.append(" ".join(current))
            current, count = [], 0
        current.append(sentence)
        count += n
    if current:
        pieces.append(" ".join(current))
    return _rebalance(pieces, max_words)


def _rebalance(pieces: list[str], max_words: int) -> list[str]:
    """Fold a runt last piece into its neighbour when the two still fit."""
    if len(pieces) >= 2 and len(pieces[-1].split()) < MIN_WORDS:
        merged = f"{pieces[-2]} {pieces[-1]}"
        if len(merged.split()) <= max_words + MIN_WORDS // 2:
            pieces[-2:] = [merged]
    return pieces


def chunk_section(blocks: Sequence[Block], section: str | None, kind: str = "") -> list[Draft]:
    """Pack consecutive blocks of one section into passages of about TARGET_WORDS."""
    drafts: list[Draft] = []
    current: list[Block] = []

    def flush() -> None:
        if not current:
            return
        text = join_blocks(current)
        lines = [ln for b in current for ln in b.lines]
        items = sum(1 for b in current if b.kind == "item")
        passage_kind = kind or ("list" if items and items >= len(current) / 2 else "paragraph")
        offset = 0
        for piece in split_long(text):
            drafts.append(Draft(piece, section, lines_for(piece, lines, offset), passage_kind))
            offset += len(piece.split())
        current.clear()

    for block in blocks:
        if block.kind == "heading":
            continue
        size = sum(b.words for b in current)
        if (current and size + block.words > TARGET_WORDS and size >= MIN_WORDS) or (
            current and size + block.words > MAX_WORDS
        ):
            flush()
        current.append(block)
    flush()
    return drafts


def lines_for(piece: str, lines: Sequence[Line], offset: int) -> list[Line]:
    """The source lines holding words [offset, offset + len(piece)) of the joined text.

    Cleaning changes few word counts, so the raw word count of each line locates a piece of
    split text to within a line, which is all a citation needs.
    """
    if len(lines) <= 1:
        return list(lines)
    end = offset + len(piece.split())
    out: list[Line] = []
    position = 0
    for line in lines:
        n = len(line.text.split())
        if position < end and position + n > offset:
            out.append(line)
        position += n
    return out or [lines[-1]]
