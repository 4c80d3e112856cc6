"""Line rules for text extracted from PDFs, each a small pure function.

They decide what a single extracted line is: a page-break marker, an orphan page number,
a running header, an agenda-pack page stamp, or part of a double-spaced layout. The text
rules that repair a joined paragraph are ingest.clean.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ingest.table_rows import ROW_PREFIX

# Words that are legitimately followed by a number at the end of a line ("Priority 4",
# "aged 16"): such a number is content, not an agenda-pack page stamp.
_NUMBER_TAKING = frozenset(
    (
        "priority",
        "outcome",
        "item",
        "items",
        "figure",
        "fig",
        "table",
        "appendix",
        "annex",
        "annexe",
        "page",
        "pages",
        "section",
        "chapter",
        "phase",
        "tier",
        "year",
        "years",
        "stage",
        "level",
        "wave",
        "aged",
        "age",
        "to",
        "of",
        "under",
        "over",
        "than",
        "by",
        "in",
        "per",
        "and",
        "or",
        "from",
        "plan",
        "no",
        "number",
        "step",
        "point",
        "part",
        "week",
        "weeks",
        "day",
        "days",
        "month",
        "months",
        "ks",
        "round",
        "version",
        "covid",
        "top",
        "least",
        "about",
        "around",
        "nearly",
        "almost",
        "with",
        "at",
        "on",
        "for",
        "is",
        "are",
        "was",
        "were",
        "be",
        "the",
        "a",
        "only",
        "some",
        "all",
        "every",
        "just",
        "approximately",
        "ward",
        "area",
        "zone",
        "group",
        "cohort",
        "band",
        "grade",
        "class",
        "type",
        "category",
        "objective",
        "goal",
        "aim",
        "action",
        "recommendation",
        "paragraph",
        "para",
        "clause",
        "article",
        "rule",
        "standard",
        "measure",
        "indicator",
        "domain",
        "theme",
        "workstream",
        "ambition",
        "principle",
        "option",
        "scenario",
        "question",
        "annexe",
        "tranche",
        "cycle",
        "quarter",
        "list",
        "series",
        "edition",
        "issue",
        "volume",
        "minute",
        "minutes",
        "agenda",
        "room",
        "floor",
    )
)


def split_page_marker(line: str) -> tuple[bool, str]:
    """A page break shows only as a line starting with exactly one space: (is_break, text)."""
    if len(line) > 1 and line[0] == " " and line[1] not in " \t":
        return True, line[1:]
    if line.startswith("\f"):
        return True, line.lstrip("\f")
    return False, line


# A page number as footers print it: "7", "Page 7", "Page 7 of 24".
_PAGE_NUMBER = r"(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?"


def is_orphan_page_number(line: str) -> bool:
    """A line holding nothing but a page number ("7", "Page 7", "Page 7 of 24") left between
    paragraphs."""
    return re.fullmatch(rf"\s*{_PAGE_NUMBER}\s*", line, re.I) is not None


_TRAILING_NUMBER = re.compile(r"\d{1,3}$")


def strip_pack_stamp(line: str, next_line: str | None) -> str:
    """Drop an agenda-pack page stamp glued to the end of a line ("... Good news 44").

    A trailing number is kept when the next line continues the sentence ("aged 65+) still at
    home 91 / days after"), when the word before it takes a number ("Priority 4"), or when a
    column's gap of spaces sets it off: a table's figure ("District councils       30").
    """
    # Two linear steps, not one regex: nested lazy groups backtracked for minutes on one
    # 100,000-character line.
    stripped = line.rstrip()
    match = _TRAILING_NUMBER.search(stripped)
    if not match or match.start() == 0 or not stripped[match.start() - 1].isspace():
        return line
    if stripped[match.start() - 2 : match.start()].isspace():
        return line
    before = stripped[: match.start()].rstrip()
    if not re.search(r"[A-Za-z)]", before):
        return line
    words = before.split()
    if len(words) < 2 or words[-1].lower().strip("(:,.\u2013-") in _NUMBER_TAKING:
        return line
    if re.search(r"\d", before):
        return line
    if next_line is not None and next_line.strip()[:1].islower():
        return line
    return before.rstrip()


def header_key(line: str) -> str:
    """A line as a header candidate: case and spacing folded, a page number beside it dropped
    (so "Strategy 2024 | Page 7 of 24" on every page is one repeated line)."""
    key = re.sub(r"\s+", " ", line).strip().lower()
    key = re.sub(r" page \d{1,3}(?: of \d{1,3})?$|^page \d{1,3}(?: of \d{1,3})? ", "", key)
    return re.sub(rf"^{_PAGE_NUMBER} (?=\D)|(?<=\D) {_PAGE_NUMBER}$", "", key)


def detect_running_headers(lines: Sequence[str], min_repeats: int = 3) -> set[str]:
    """Lines that recur on many pages as running headers or footers, found by repetition.

    A repeated subheading ("What we will do", "Where are we now?") is structure, not a header:
    running headers are long (a title, five words or more) or carry a year, and do not end
    like a heading that introduces something (":" or "?"). Nor is a table's header row printed
    again at the top of each page it runs onto ("| Commitment | Lead | Status |").
    """
    counts = Counter(header_key(line) for line in lines if line.strip())
    headers: set[str] = set()
    for key, count in counts.items():
        if count < min_repeats or key.endswith((":", "?", ".")) or key.startswith(ROW_PREFIX):
            continue
        words = key.split()
        has_year = re.search(r"\b(19|20)\d{2}\b", key) is not None
        if (len(words) >= 5 or (has_year and len(words) >= 2)) and len(words) <= 16:
            headers.add(key)
    return headers


def strip_running_header(line: str, headers: set[str]) -> str:
    """Remove a running header, whole or glued to the start or end of a sentence."""
    key = header_key(line)
    if key in headers:
        return ""
    for header in headers:
        body = r"\s+".join(map(re.escape, header.split()))
        pattern = re.compile(rf"\s*(?:\b{_PAGE_NUMBER}\s+)?{body}(?:\s+{_PAGE_NUMBER}\b)?\s*", re.I)
        if pattern.search(line) and len(header) >= 20:
            line = pattern.sub(" ", line).strip()
    return line


# In the double-spaced wrapped strategy of the shipped corpus a sentence runs on across the blank
# after 58% of the lines; in the web pages and markdown minutes of the second, after none, as a
# whole paragraph seldom begins in lower case.
_RUNNING_ON_SHARE = 0.1


def is_double_spaced(lines: Sequence[str]) -> bool:
    """True when nearly every text line is followed by one blank line and sentences run on
    across those blanks (003 is set this way).

    A web page or markdown file also puts one blank line after nearly every line, but there
    each line is a whole paragraph or heading: its blanks are paragraph breaks and must stay.
    A wrapped page shows itself by the lines after a blank that go on with a sentence.
    """
    text_lines = 0
    followed_by_blank = 0
    running_on = 0
    for i, line in enumerate(lines[:-1]):
        if line.strip():
            text_lines += 1
            if lines[i + 1] == "" and (i + 2 >= len(lines) or lines[i + 2] != ""):
                followed_by_blank += 1
                if i + 2 < len(lines) and lines[i + 2][:1].islower():
                    running_on += 1
    return (
        text_lines >= 20
        and followed_by_blank / text_lines > 0.7
        and running_on / text_lines > _RUNNING_ON_SHARE
    )
