"""BM25 terms of passages and questions."""

from __future__ import annotations

from index.tokenize import cased_terms, runs_within, tokenize


def test_a_reference_number_is_one_term() -> None:
    assert tokenize("(Action ABC/24/03) was closed") == ["action", "abc/24/03", "close"]


def test_a_reference_number_does_not_count_as_naming_its_series_body() -> None:
    # A question about "the ABC" must not match every action numbered ABC/..
    assert "abc" not in tokenize("Action ABC/24/03 and ABC/24/05 remain open")
    assert "abc" in tokenize("The ABC met in March")


def test_dates_and_financial_years_keep_their_parts() -> None:
    assert tokenize("on 19/09/2024 for 2019/20") == ["19", "09", "2024", "2019", "20"]


def test_cased_terms_are_the_bm25_terms_with_their_capitals() -> None:
    text = "The Cosy Homes Northtown scheme’s reach, and cosy homes elsewhere."
    cased = cased_terms(text)
    assert [term for term, _ in cased] == tokenize(text)
    assert [capital for _, capital in cased] == [
        True,
        True,
        True,
        False,
        False,
        False,
        False,
        False,
    ]


def test_a_run_of_terms_stands_within_others_only_next_to_each_other_in_order() -> None:
    terms = tokenize("the Cosy Homes Northtown scheme")
    assert runs_within(tokenize("cosy homes"), terms)
    assert not runs_within(tokenize("homes warm"), terms)
    assert not runs_within(tokenize("warm northtown"), terms)
