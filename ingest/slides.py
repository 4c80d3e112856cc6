"""Slide decks: each slide (page) is a section titled by its first line."""

from __future__ import annotations

from collections.abc import Sequence

from ingest.chunk import MAX_WORDS, Draft, lines_for, split_long
from ingest.clean import clean_text, join_lines
from ingest.lines import Line, clean_lines
from ingest.loaders import SourceLine


def parse_slides(source: Sequence[SourceLine]) -> list[Draft]:
    slides: list[list[Line]] = []
    for line in clean_lines(source):
        if line.page_start or not slides:
            slides.append([])
        if line.text.strip():
            slides[-1].append(line)
    drafts: list[Draft] = []
    for slide in slides:
        if not slide:
            continue
        title = clean_text(slide[0].text)
        body = slide[1:] if len(slide) > 1 and len(title.split()) <= 12 else slide
        text = clean_text(join_lines([ln.text.lstrip("\u2022\u25a0- ") for ln in body]))
        if not text:
            continue
        offset = 0
        for piece in split_long(text, MAX_WORDS):
            drafts.append(Draft(piece, title, lines_for(piece, body, offset), "paragraph"))
            offset += len(piece.split())
    return drafts
