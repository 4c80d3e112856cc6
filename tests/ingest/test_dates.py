"""Dates as documents print them, read to a comparable (year, month, day)."""

from __future__ import annotations

from ingest.dates import days_in, periods_in, spoken_date


def test_dates_to_the_day_or_month_are_read_in_the_order_written() -> None:
    text = "Held on Tuesday, 3 June 2031; next in May 2032; action raised 19/09/2030."
    assert days_in(text) == [(2031, 6, 3), (2032, 5, 0), (2030, 9, 19)]


def test_a_bare_year_or_an_impossible_numeric_date_is_no_date() -> None:
    assert days_in("The 2025 plan, item 31/13/2024.") == []


def test_a_financial_year_is_read_long_or_short_but_never_out_of_a_date() -> None:
    assert periods_in("the 2024/25 plan and the 2021-23 rate") == {
        ("2024", "2025"),
        ("2021", "2023"),
    }
    # As staff write it: "what's the grant for 25/26?".
    assert periods_in("the grant for 25/26?") == {("2025", "2026")}
    assert periods_in("carried over from 99/00") == {("1999", "2000")}
    assert periods_in("raised on 10/11/2024") == set(), "a day and a month"
    assert periods_in("scored 12/14") == set(), "not one year to the next"


def test_an_iso_date_is_spoken_as_papers_write_it() -> None:
    assert spoken_date("2024-09-19") == "19 September 2024"
    assert spoken_date("2024-09") == "September 2024"
    assert spoken_date("2024") == "2024"
