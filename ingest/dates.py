"""Dates as council documents print them ("Thursday, 26 September 2019", "28th NOVEMBER 2019")."""

from __future__ import annotations

import re

MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
DATE_RE = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + "|".join(MONTHS) + r")\s+((?:19|20)\d{2})\b", re.I
)
MONTH_YEAR_RE = re.compile(r"\b(" + "|".join(MONTHS) + r")\s+((?:19|20)\d{2})\b", re.I)


def find_date(text: str) -> str | None:
    """The first date in `text` as ISO 8601 (YYYY-MM-DD, or YYYY-MM when no day is given)."""
    match = DATE_RE.search(text)
    if match:
        day, month, year = match.groups()
        return f"{year}-{MONTHS.index(month.lower()) + 1:02d}-{int(day):02d}"
    match = MONTH_YEAR_RE.search(text)
    if match:
        month, year = match.groups()
        return f"{year}-{MONTHS.index(month.lower()) + 1:02d}"
    return None


SLASH_DATE = r"\d{1,2}/\d{1,2}/\d{2,4}"
"""A date written with slashes ("19/09/2024", "1/7/24"), as a pattern to build others from."""
_NUMERIC_DATE_RE = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})\b")

Day = tuple[int, int, int]
"""(year, month, day), the day 0 when only the month is given: ordered as dates are."""


def days_in(text: str) -> list[Day]:
    """Every date `text` gives to the month or the day ("20 March 2025", "May 2025",
    "19/09/2024"), in the order written."""
    found: list[tuple[int, Day]] = []
    covered: list[tuple[int, int]] = []
    for match in DATE_RE.finditer(text):
        day, month, year = match.groups()
        found.append((match.start(), (int(year), MONTHS.index(month.lower()) + 1, int(day))))
        covered.append(match.span())
    for match in MONTH_YEAR_RE.finditer(text):
        if not any(a <= match.start() < b for a, b in covered):
            month, year = match.groups()
            found.append((match.start(), (int(year), MONTHS.index(month.lower()) + 1, 0)))
    for match in _NUMERIC_DATE_RE.finditer(text):
        day, month, year = (int(g) for g in match.groups())
        if 1 <= month <= 12 and 1 <= day <= 31:
            found.append((match.start(), (year, month, day)))
    return [day for _, day in sorted(found)]


def is_date_line(text: str) -> bool:
    """A line holding only a date ('28th November 2019', 'November 2019')."""
    text = text.strip()
    return bool(
        re.fullmatch(
            r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:" + "|".join(MONTHS) + r")\s+(?:19|20)\d{2}",
            text,
            re.I,
        )
    )


# Every four-digit year, a span's end included: "2022-2032" is 2022 and 2032.
YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")
MONTH_RE = re.compile(r"\b(" + "|".join(MONTHS) + r")\b", re.I)
# "2019", "2019/20", "2022-27", "2024/2025": a year, optionally with the end of its span.
YEARS_RE = re.compile(r"\b((?:19|20)\d{2})(?:\s*[/-]\s*(\d{2}|(?:19|20)\d{2}))?\b")


# "24/25": a financial year in its short form, as staff and papers write it; not part of a
# date ("10/11/2024").
_SHORT_YEARS_RE = re.compile(r"(?<![/\d])(\d{2})/(\d{2})(?![/\d])")


def periods_in(text: str) -> set[tuple[str, str]]:
    """The spans of years the text names ("2024/25", "2021-23", "24/25"), as (first, last) in
    full."""
    found = set()
    for match in YEARS_RE.finditer(text):
        start, end = match.group(1), match.group(2)
        if end:
            found.add((start, end if len(end) == 4 else start[:2] + end))
    for match in _SHORT_YEARS_RE.finditer(text):
        first, last = (int(g) for g in match.groups())
        if last == (first + 1) % 100:
            century = 2000 if first < 50 else 1900
            found.add((str(century + first), str(century + first + 1)))
    return found


TIME_UNITS = r"(days?|weeks?|months?|years?|hours?|minutes?|decades?)"
"""Units of a length of time, as a regex group: "six months", "how many weeks"."""


_MONTH = "(?:" + "|".join(MONTHS) + ")"
STATED_RE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:\s+\d{{4}})?\b"
    rf"|\b{_MONTH}\s+\d{{4}}\b|\b{_MONTH}\b|\b\d[\d,./-]*\b",
    re.I,
)
"""Dates and figures as written: "16 January 2020", "January 2020", "2019/20", "51,101", "67"."""


def spoken_date(iso: str) -> str:
    """An ISO date as papers write it: "19 September 2024", "September 2024", "2024"."""
    parts = iso.split("-")
    if len(parts) < 2 or not all(p.isdigit() for p in parts):
        return iso
    month = MONTHS[int(parts[1]) - 1].title()
    return f"{int(parts[2])} {month} {parts[0]}" if len(parts) == 3 else f"{month} {parts[0]}"
