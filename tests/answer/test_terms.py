"""The question's terms by idf, and the share of their weight a span's words hold."""

from __future__ import annotations

from answer.terms import KEY, covered, keys_of, question_aliases, question_terms
from index.tokenize import tokenize

_ABBREVIATIONS = {"PHE": "Public Health England", "YSN": "Youth Safety Network"}


def _keys(text: str) -> set[str]:
    return {t[:KEY] for t in tokenize(text)}


def test_an_acronym_and_its_long_form_are_one_term_held_by_either() -> None:
    weights = {"phe": 5.0, "public": 1.0, "health": 0.5, "england": 2.0, "campaign": 4.0}
    terms = question_terms(weights, question_aliases(weights, _ABBREVIATIONS))
    by_acronym = covered(_keys("the PHE campaign"), terms)
    by_long_form = covered(_keys("the Public Health England campaign"), terms)
    assert by_acronym == by_long_form == 1.0


def test_a_long_form_weighs_no_more_than_the_acronym_it_stands_for() -> None:
    # Counting both would let a common long form ("public health") outweigh the other words.
    weights = {"phe": 5.0, "public": 1.0, "health": 0.5, "england": 2.0, "campaign": 4.0}
    terms = question_terms(weights, question_aliases(weights, _ABBREVIATIONS))
    assert covered(_keys("Public Health England"), terms) == 5.0 / 9.0
    assert covered(_keys("a campaign"), terms) == 4.0 / 9.0


def test_acronyms_the_question_does_not_use_are_ignored() -> None:
    weights = {"phe": 5.0, "campaign": 4.0}
    assert question_aliases(weights, _ABBREVIATIONS) == (
        ("phe", frozenset({"public", "health", "england"})),
    )


def test_a_financial_year_matches_its_short_form() -> None:
    weights = {"18": 3.0, "19": 3.0, "issu": 3.0}
    terms = question_terms(weights, ())
    assert covered(keys_of(tokenize("the number one issue for 2018/19")), terms) == 1.0


def test_a_shortened_name_in_the_question_matches_the_full_word() -> None:
    weights = {"north": 5.0, "condit": 3.0}
    keys = keys_of(tokenize("In Northshire, 51,101 people have 5 or more conditions"), ["north"])
    terms = question_terms(weights, ())
    assert covered(keys, terms) == 1.0
    assert covered(keys_of(tokenize("In Northshire")), terms) == 0.0
