"""How a council sets out its minutes and its meeting packs, as the corpus profile gives them
(ingest/profile.py, `minutes` and `packs`). Each pattern matches one trimmed line as written:
case matters unless the pattern says (?i)."""

from __future__ import annotations

import re
from dataclasses import dataclass

Patterns = tuple[re.Pattern[str], ...]

GROUPS: dict[str, dict[str, frozenset[str]]] = {
    "minutes": {
        "items": frozenset(["number", "title"]),
        "resolutions": frozenset(),
        "sign_off": frozenset(),
    },
    "packs": {
        "minutes_starts": frozenset(["body"]),
        "report_headers": frozenset(["date"]),
        "report_authors": frozenset(["author"]),
    },
}
"""Per section of the profile, its pattern lists and the named groups each pattern must have."""


def first_match(patterns: Patterns, line: str) -> re.Match[str] | None:
    return next((m for p in patterns if (m := p.match(line))), None)


@dataclass(frozen=True, slots=True)
class MinutesConventions:
    """How minutes number their items, open their decisions and end."""

    items: Patterns
    """A minute item's opening line, with its `number` (digits) and `title` groups."""
    resolutions: Patterns
    """The line opening an item's decisions ("RESOLVED:")."""
    sign_off: Patterns
    """The chair's signature block that ends the minutes."""

    def item(self, line: str) -> re.Match[str] | None:
        """The opening of a minute item this line is, if any (its number and title)."""
        return first_match(self.items, line)

    def opens_resolution(self, line: str) -> bool:
        return first_match(self.resolutions, line) is not None

    def signs_off(self, line: str) -> bool:
        return first_match(self.sign_off, line) is not None


@dataclass(frozen=True, slots=True)
class PackConventions:
    """How a meeting pack opens its components (ingest/pack.py)."""

    minutes_starts: Patterns
    """The line opening the pack's minutes, naming the board (`body`)."""
    report_headers: Patterns
    """A report's first line, naming its meeting's `date` ("HEALTH BOARD: 28 NOVEMBER 2019")."""
    report_authors: Patterns
    """The line below a report's header naming its `author` ("REPORT OF THE DIRECTOR ...")."""

    def opens_minutes(self, line: str) -> re.Match[str] | None:
        return first_match(self.minutes_starts, line)

    def report_header(self, line: str) -> re.Match[str] | None:
        return first_match(self.report_headers, line)

    def report_author(self, line: str) -> re.Match[str] | None:
        return first_match(self.report_authors, line)
