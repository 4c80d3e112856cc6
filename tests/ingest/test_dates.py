"""Dates as documents print them, read to a comparable (year, month, day)."""

from __future__ import annotations

from ingest.dates import days_in


def test_dates_to_the_day_or_month_are_read_in_the_order_written() -> None:
    text = "Held on Tuesday, 3 June 2031; next in May 2032; action raised 19/09/2030."
    assert days_in(text) == [(2031, 6, 3), (2032, 5, 0), (2030, 9, 19)]


def test_a_bare_year_or_an_impossible_numeric_date_is_no_date() -> None:
    assert days_in("The 2025 plan, item 31/13/2024.") == []
