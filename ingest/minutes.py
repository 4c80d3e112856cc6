"""Minutes: numbered items ('178. Minutes of the previous meeting.') with RESOLVED points.

How a council numbers its items, opens its decisions and signs off is in its corpus profile
(ingest/profile.py, `minutes`), not here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.chunk import MAX_WORDS, Draft, lines_for, split_long
from ingest.clean import clean_text, join_lines
from ingest.conventions import MinutesConventions
from ingest.fields import ApologiesFields, MinuteItemFields
from ingest.lines import Line, clean_lines
from ingest.loaders import SourceLine
from ingest.profile import default_profile
from ingest.structure import drafts_from_lines


def find_items(lines: Sequence[Line], conventions: MinutesConventions) -> list[int]:
    """Indexes of the lines that open minute items: numbers that keep increasing."""
    starts: list[int] = []
    last: int | None = None
    for i, line in enumerate(lines):
        match = conventions.item(line.text.strip())
        if not match:
            continue
        number = int(match.group("number"))
        if last is None and number < 10:
            continue  # minute numbers run through the municipal year; a "1." is a list item
        if last is None or last < number <= last + 5:
            starts.append(i)
            last = number
    return starts


def parse_minutes(
    source: Sequence[SourceLine], conventions: MinutesConventions | None = None
) -> list[Draft]:
    """Minutes as their items' passages, read by the corpus profile's `conventions` (default:
    the profile defaults); minutes with no numbered item are read by the generic structure."""
    rules = conventions or default_profile().minutes
    lines = _drop_sign_off(clean_lines(source), rules)
    starts = find_items(lines, rules)
    if not starts:
        return drafts_from_lines(lines, rules)
    drafts = attendance_drafts(lines[: starts[0]])
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        drafts.extend(_item_drafts(lines[start:end], rules))
    return drafts


# The attendance part of minutes: who was present (with those in attendance), who sent apologies.
_ATTENDANCE_RE = re.compile(
    r"(?i)^(present|members present|also present|in attendance|apologies(?: for absence)?"
    r"(?: were received from| received from)?|absent)\s*:?-?\s*(.*)$"
)


def attendance_drafts(lines: Sequence[Line]) -> list[Draft]:
    """The text before the first minute item, split at 'PRESENT' and 'Apologies' lines into a
    'Present' and an 'Apologies' passage (the meeting's opening line goes with 'Present').

    Attendance lists are columns of names under body headings: one run of text each reads best.
    'In attendance' and 'Also present' stay with 'Present'. The names of those who sent
    apologies go into the passage's fields.
    """
    parts: list[tuple[str, list[Line]]] = [("Present", [])]
    for line in lines:
        match = _ATTENDANCE_RE.match(line.text.strip())
        if match and match.group(1).lower().startswith(("apolog", "absent")):
            parts.append(("Apologies", []))
        parts[-1][1].append(line)
    drafts: list[Draft] = []
    for section, part in parts:
        part_drafts = _plain_drafts(part, section)
        if section == "Apologies":
            names = _names("".join(f" {ln.text.strip()}" for ln in part))
            for draft in part_drafts:
                draft.kind = "list"
                if names:
                    draft.fields = ApologiesFields(names="; ".join(names))
        drafts.extend(part_drafts)
    return drafts


def _names(text: str) -> list[str]:
    """'Apologies Karen English, DPCC Kirk Master, ... and Jon Wilson' -> the names."""
    match = _ATTENDANCE_RE.match(text.strip())
    body = match.group(2) if match else text
    parts = re.split(r",\s*|\s+and\s+", clean_text(body).rstrip("."))
    return [p.strip() for p in parts if p.strip()]


def _drop_sign_off(lines: list[Line], conventions: MinutesConventions) -> list[Line]:
    for i, line in enumerate(lines):
        if conventions.signs_off(line.text.strip()):
            return lines[:i]
    return lines


_JOINING = re.compile(r"(?i)(?:\b(?:and|or|of|for|the|to|in|on|with|a|an|by|from|at)|[-–,:&])$")


def _wraps(title_line: str) -> bool:
    """Whether a minute title line goes on to the next line."""
    text = title_line.rstrip()
    return not text.endswith(".") and (not text or bool(_JOINING.search(text)))


def _item_drafts(lines: list[Line], conventions: MinutesConventions) -> list[Draft]:
    match = conventions.item(lines[0].text.strip())
    assert match is not None
    number = match.group("number")
    title_lines = [match.group("title")]
    body_start = 1
    # A long title wraps ("12. Reviewing the Local Transport ... for" / "the County."): a
    # title line ending in a joining word or a hyphen goes on; any other ends the title.
    while _wraps(title_lines[-1]) and body_start < min(len(lines), 5):
        if lines[body_start].text.strip():
            title_lines.append(lines[body_start].text)
        body_start += 1
    title = clean_text(join_lines(title_lines)).rstrip(".")
    section = f"{number}. {title}"
    fields = MinuteItemFields(minute_number=number, title=title)
    body = lines[body_start:]
    resolved_at = next(
        (i for i, ln in enumerate(body) if conventions.opens_resolution(ln.text.strip())),
        len(body),
    )
    drafts: list[Draft] = []
    for draft in drafts_from_lines(body[:resolved_at], conventions):
        draft.section = section
        draft.kind = "minute_item"
        draft.fields = fields
        drafts.append(draft)
    for draft in _plain_drafts(body[resolved_at:], section):
        draft.kind = "resolution"
        draft.fields = fields
        drafts.append(draft)
    if not drafts:
        drafts.append(
            Draft(f"{number}. {title}.", section, lines[:body_start], "minute_item", fields)
        )
    return drafts


def _plain_drafts(lines: Sequence[Line], section: str) -> list[Draft]:
    """All text of `lines` as one run, split only to fit the embedder."""
    kept = [ln for ln in lines if ln.text.strip()]
    text = clean_text(join_lines([ln.text for ln in kept]))
    drafts: list[Draft] = []
    offset = 0
    for piece in split_long(text, MAX_WORDS) if text else []:
        drafts.append(Draft(piece, section, lines_for(piece, kept, offset)))
        offset += len(piece.split())
    return drafts
