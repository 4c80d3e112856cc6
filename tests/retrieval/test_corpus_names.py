"""A corpus's names for its programmes and bodies, and the question words that run through one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from index.tokenize import tokenize
from retrieval.corpus_names import corpus_names, names_in
from tests import corpora

_TEXTS = [
    "The council will extend the Cosy Homes Northtown scheme to rural households.",
    "Households helped by Cosy Homes Northtown rose to 400 in 2024.",
    "Public Health\n\nThe team leads on public health, and public health advice is free.",
    "We fund Active Steps, and the public health team runs it.",
]


def test_a_title_case_phrase_written_mid_sentence_is_a_name() -> None:
    names = corpus_names(_TEXTS)
    assert tuple(tokenize("Cosy Homes Northtown")) in names


def test_words_in_a_row_of_a_name_are_a_name_unless_prose_uses_them_too() -> None:
    names = corpus_names(_TEXTS)
    assert tuple(tokenize("Cosy Homes")) in names
    assert tuple(tokenize("Homes Northtown")) in names
    prose = corpus_names([*_TEXTS, "Many cosy homes were built.", "Cosy homes matter."])
    assert tuple(tokenize("Cosy Homes")) not in prose
    assert tuple(tokenize("Cosy Homes Northtown")) in prose


def test_a_phrase_written_mostly_in_lower_case_is_no_name() -> None:
    # "Public Health" as a heading, then "public health" twice more mid-sentence in lower case.
    assert tuple(tokenize("public health")) not in corpus_names(_TEXTS)


def test_a_heading_or_a_sentence_start_makes_no_name() -> None:
    names = corpus_names(["Annual Report\n\nMental Health Services improved this year."])
    assert names == frozenset()


def test_a_question_typed_in_lower_case_names_the_longest_name_it_runs_through() -> None:
    names = corpus_names([*_TEXTS, "The Cosy Homes scheme and Cosy Homes Northtown differ."])
    found = names_in("what's the budget for cosy homes northtown in 2025?", names)
    assert found == [tuple(tokenize("Cosy Homes Northtown"))]


_DOCUMENTS: list[dict[str, Any]] = [
    {"id": "plan", "file": "plan.txt", "title": "Healthy county plan", "type": "strategy",
     "date": "2024"},
]  # fmt: skip
_FILES = {
    "plan.txt": "Healthy county plan\n\n1 Budgets\n\nThe Active Steps programme has a budget of"
    " £2.1m in 2024/25.\n\n2 Families\n\nWe will expand Bright Start to every family hub, and"
    " Bright Start will reach 500 families.\n",
}


def test_a_figure_for_another_programme_does_not_answer_a_lower_case_name(
    tmp_path: Path,
) -> None:
    assistant = corpora.fake_assistant(tmp_path, _DOCUMENTS, _FILES)
    typed = assistant.ask("what's the budget for bright start?", generate=False)
    assert typed.answer.refused, typed.answer.text
    named = assistant.ask("what's the budget for active steps?", generate=False)
    assert "£2.1m" in named.answer.text
