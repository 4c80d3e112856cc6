"""A commitment's trail as a caller sees it: only links into documents it may see, and one
line saying what those links say, no more ("mentioned in ... of 29 May 2025", or "no later
mention in these documents")."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from index.registers.model import Commitment, TrailLink
from ingest.model import Document

NO_MENTION = "no later mention in these documents"


def visible_trail(row: Commitment, seen: dict[str, Document]) -> Commitment:
    """`row` with the links into documents outside `seen` left out."""
    kept = tuple(link for link in row.trail if link.citation.document_id in seen)
    return row if len(kept) == len(row.trail) else replace(row, trail=kept)


def trail_summary(trail: tuple[TrailLink, ...]) -> str:
    """Where the commitment is mentioned later: each document once, in date order."""
    if not trail:
        return NO_MENTION
    named: list[str] = []
    for link in trail:
        name = link.citation.title
        when = long_date(link.citation.date)
        # A title that prints its date already ("Minutes of ... 3 March 2031") is not dated twice.
        entry = f"{name} of {when}" if when and when not in name else name
        if entry not in named:
            named.append(entry)
    return "mentioned in " + "; ".join(named)


def long_date(iso: str | None) -> str | None:
    """'2025-05-29' -> '29 May 2025'; '2022-02' -> 'February 2022'; '2022' -> '2022'."""
    if not iso:
        return None
    parts = iso.split("-")
    try:
        if len(parts) == 3:
            return dt.date(int(parts[0]), int(parts[1]), int(parts[2])).strftime("%-d %B %Y")
        if len(parts) == 2:
            return dt.date(int(parts[0]), int(parts[1]), 1).strftime("%B %Y")
    except ValueError:
        return iso
    return iso
