"""Line-level cleaning: from extracted source lines to clean lines that know their page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ingest.line_rules import (
    detect_running_headers,
    is_double_spaced,
    is_orphan_page_number,
    split_page_marker,
    strip_pack_stamp,
    strip_running_header,
)
from ingest.loaders import SourceLine


@dataclass(frozen=True, slots=True)
class Line:
    """A cleaned line. An empty `text` is a paragraph boundary."""

    text: str
    lineno: int | None
    page: int | None
    page_start: bool = False


def clean_lines(source: Sequence[SourceLine]) -> list[Line]:
    """Apply the line rules in order: markers, double spacing, page numbers, headers, stamps."""
    marked: list[Line] = []
    for src in source:
        page_start, text = split_page_marker(src.text.rstrip())
        marked.append(Line(text, src.lineno, src.page, page_start))

    texts = [line.text for line in marked]
    if is_double_spaced(texts):
        # Every line is followed by a blank line, so a blank line means nothing; the
        # paragraph breaks are the lines holding only whitespace.
        kept: list[Line] = []
        for src, line in zip(source, marked, strict=True):
            if line.text == "" and src.text == "":
                continue
            kept.append(Line("" if not line.text.strip() else line.text, *_pos(line)))
        marked = kept
    else:
        marked = [Line(ln.text if ln.text.strip() else "", *_pos(ln)) for ln in marked]

    headers = detect_running_headers([line.text for line in marked])
    out: list[Line] = []
    for i, line in enumerate(marked):
        text = line.text
        if is_orphan_page_number(text):
            text = ""
        elif text:
            text = strip_running_header(text, headers)
            text = strip_pack_stamp(text, _next_text(marked, i))
        out.append(Line(text, line.lineno, line.page, line.page_start))
    return out


def _pos(line: Line) -> tuple[int | None, int | None, bool]:
    return line.lineno, line.page, line.page_start


def _next_text(lines: Sequence[Line], i: int) -> str | None:
    """The next line, or None when a blank line or page break separates them."""
    if i + 1 < len(lines) and lines[i + 1].text and not lines[i + 1].page_start:
        return lines[i + 1].text
    return None
