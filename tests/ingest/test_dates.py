"""Dates as documents print them, read to a comparable (year, month, day)."""

from __future__ import annotations

from ingest.dates import days_in


def test_dates_to_the_day_or_month_are_read_in_the_order_written() -> None:
    text = "Held on Thursday, 20 March 2025; next in May 2025; action raised 19/09/2024."
    assert days_in(text) == [(2025, 3, 20), (2025, 5, 0), (2024, 9, 19)]


def test_a_bare_year_or_an_impossible_numeric_date_is_no_date() -> None:
    assert days_in("The 2025 plan, item 31/13/2024.") == []
