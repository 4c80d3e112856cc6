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
from ingest.table_chunks import Piece, pack, row_starts, units

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


def split_long(text: str, max_words: int = MAX_WORDS, line_starts: Sequence[int] = ()) -> list[str]:
    """Split text at sentence ends into pieces of at most `max_words`. A longer run without a
    sentence end (a flattened table, a list of members) is cut where a source line starts,
    given as word offsets in `line_starts`, so that a table row or a name stays whole; only a
    line longer than a piece is cut between two words."""
    if len(text.split()) <= max_words:
        return [text]
    pieces: list[str] = []
    current: list[str] = []
    count = 0
    position = 0
    for sentence in split_sentences(text):
        n = len(sentence.split())
        if n > max_words:
            if current:
                pieces.append(" ".join(current))
                current, count = [], 0
            words = sentence.split()
            inner = [start - position for start in line_starts if 0 < start - position < n]
            pieces.extend(" ".join(words[a:b]) for a, b in _cuts(n, inner, max_words))
            position += n
            continue
        if count + n > max_words and current:
            pieces.append(" ".join(current))
            current, count = [], 0
        current.append(sentence)
        count += n
        position += n
    if current:
        pieces.append(" ".join(current))
    return _rebalance(pieces, max_words)


def split_pieces(
    text: str, max_words: int = MAX_WORDS, line_starts: Sequence[int] = ()
) -> list[Piece]:
    """`split_long`'s pieces with the source words each covers. Text holding a table is cut
    between its rows, each piece of it under the table's header (ingest/table_chunks.py)."""
    words = text.split()
    if len(words) > max_words and row_starts(words, line_starts):
        return pack(units(words, line_starts), max_words, split_long)
    return [Piece(p, len(p.split())) for p in split_long(text, max_words, line_starts)]


def _cuts(n: int, breaks: Sequence[int], max_words: int) -> list[tuple[int, int]]:
    """Word ranges covering [0, n), each at most `max_words` long, ending at the last of
    `breaks` that leaves a piece of at least a third of `max_words`, else at `max_words`."""
    ranges: list[tuple[int, int]] = []
    start = 0
    while n - start > max_words:
        fitting = [b for b in breaks if start + max_words // 3 <= b <= start + max_words]
        end = fitting[-1] if fitting else start + max_words
        ranges.append((start, end))
        start = end
    ranges.append((start, n))
    return ranges


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
        for piece in split_pieces(text, line_starts=_line_starts(lines)):
            covered = lines_for_words(piece.words, lines, offset)
            drafts.append(Draft(piece.text, section, covered, passage_kind))
            offset += piece.words
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


def _line_starts(lines: Sequence[Line]) -> list[int]:
    """The word offset at which each source line starts in the blocks' joined text (raw word
    counts, as `lines_for` reads them)."""
    starts: list[int] = []
    position = 0
    for line in lines:
        starts.append(position)
        position += len(line.text.split())
    return starts


def lines_for(piece: str, lines: Sequence[Line], offset: int) -> list[Line]:
    """The source lines holding words [offset, offset + len(piece)) of the joined text.

    Cleaning changes few word counts, so the raw word count of each line locates a piece of
    split text to within a line, which is all a citation needs.
    """
    return lines_for_words(len(piece.split()), lines, offset)


def lines_for_words(count: int, lines: Sequence[Line], offset: int) -> list[Line]:
    """The source lines holding words [offset, offset + count) of the joined text."""
    if len(lines) <= 1:
        return list(lines)
    end = offset + count
    out: list[Line] = []
    position = 0
    for line in lines:
        n = len(line.text.split())
        if position < end and position + n > offset:
            out.append(line)
        position += n
    return out or [lines[-1]]
