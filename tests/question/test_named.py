from __future__ import annotations

from question.named import asked_after, named_dates


def test_named_dates_are_years_spans_by_first_year_and_months() -> None:
    assert named_dates("how many joined Walk Well in 2024/25?") == ["2024"]
    assert named_dates("who took the minutes at the parks forum on 14 May 2025?") == ["2025", "may"]
    assert named_dates("what is the falls commitment?") == []


def test_the_date_an_answer_must_come_after_is_read_after_after() -> None:
    assert asked_after("when's the next forum meeting after 20 March 2025?") == (2025, 3, 20)
    # A month alone stands for its last day: the answer must come after all of it.
    assert asked_after("what did the forum do following May 2024?") == (2024, 5, 31)
    assert asked_after("what happened after the forum was set up?") is None
