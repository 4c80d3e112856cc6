"""Sentence coverage of the question's terms."""

from __future__ import annotations

from dataclasses import replace

from answer.scoring import (
    KEY,
    AnswerConfig,
    best_candidate,
    candidates,
    covered,
    keys_of,
    masthead,
    question_aliases,
    question_terms,
    span,
)
from index.tokenize import tokenize
from question.model import AnswerType
from question.read import read_question
from retrieval.search import Hit
from tests.answer import made

_ABBREVIATIONS = {"PHE": "Public Health England", "VRN": "Violence Reduction Network"}


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
    weights = {"leic": 5.0, "condit": 3.0}
    keys = keys_of(tokenize("In Leicestershire, 51,101 people have 5 or more conditions"), ["leic"])
    terms = question_terms(weights, ())
    assert covered(keys, terms) == 1.0
    assert covered(keys_of(tokenize("In Leicestershire")), terms) == 0.0


def test_the_best_span_is_about_what_the_question_names_when_one_is_close() -> None:
    hits = [
        _hit("We will join up community and hospital support for families.", 1.0, "a"),
        _hit("We will expand Bracken Start to every family hub.", 0.9, "b"),
    ]
    question = read_question("what did we promise on Bracken Start?", idf=made.idf)
    assert question.kind is AnswerType.COMMITMENT
    cfg = AnswerConfig()
    weights = {"promis": 1.0, "bracken": 3.0, "start": 1.0}
    ranked = candidates(question, hits, weights, cfg, lambda features: 0.5 * features[3])
    assert not ranked[0].on_target  # the retrieval share alone ranks the other span first
    best, _ = best_candidate(question, hits, ranked, cfg)
    assert best is not None and best.on_target
    assert "Bracken Start" in span(hits, best)


def _hit(text: str, score: float, passage_id: str) -> Hit:
    passage = made.passage(text, section="Our commitments", lines=(1, 2))
    return made.hit(replace(passage, id=passage_id), made.document(), score)


def test_a_masthead_in_capitals_is_never_a_candidate() -> None:
    masthead_line = "EXAMPLE BOARD: 29 MAY 2025 REPORT OF THE FOOD PARTNERSHIP PROGRESS UPDATE"
    hits = [_hit(f"{masthead_line}. A report on progress went to the board in May 2024.", 1.0, "a")]
    question = read_question("when did the board last get a progress report?", idf=made.idf)
    weights = {"board": 1.0, "progress": 1.0, "report": 1.0}
    ranked = candidates(question, hits, weights, AnswerConfig(), lambda features: 0.5)
    assert [span(hits, c) for c in ranked] == [
        "A report on progress went to the board in May 2024."
    ]
    assert masthead(masthead_line)
    assert not masthead("The HWB and the ICB agreed the BCF plan.")
    assert not masthead("PURPOSE OF REPORT")
