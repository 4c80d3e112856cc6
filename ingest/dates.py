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


def periods_in(text: str) -> set[tuple[str, str]]:
    """The spans of years the text names ("2024/25", "2021-23"), as (first, last) in full."""
    found = set()
    for match in YEARS_RE.finditer(text):
        start, end = match.group(1), match.group(2)
        if end:
            found.add((start, end if len(end) == 4 else start[:2] + end))
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
