from __future__ import annotations

import logging
from pathlib import Path

import pytest

from answer.fit import looks_like
from answer.warm import warm
from ingest.model import Passage
from question.model import AnswerType
from tests.answer import made
from tests.answer.planted import index_planted, planted_assistant


def _passages() -> list[Passage]:
    texts = (
        "The park budget is £4m. It rose by 10% in 2024.",
        "Friends groups meet monthly. The ranger service leads on litter.",
        "The plan was approved on 3 March 2025.",
    )
    return [made.passage(text, lines=(n, n + 1)) for n, text in enumerate(texts, 1)]


def test_warming_stops_before_the_passage_that_would_pass_its_sentence_budget() -> None:
    documents = {"report": made.document()}
    assert warm(_passages(), documents, sentences=100) == 5
    assert warm(_passages(), documents, sentences=3) == 2
    assert warm(_passages(), documents, sentences=0) == 0


def test_a_warmed_sentence_is_remembered_for_every_kind_of_answer() -> None:
    sentence = "Allotment rents were frozen at £30 a plot by the committee in June 2025."
    warm([made.passage(sentence)], {"report": made.document()}, sentences=10)
    before = looks_like.cache_info()
    for kind in AnswerType:
        looks_like(kind, sentence)
    after = looks_like.cache_info()
    assert after.misses == before.misses
    assert after.hits - before.hits == len(AnswerType)


def test_an_assistant_asked_to_warm_does_so_when_it_loads_its_index(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    index_dir = index_planted(tmp_path)
    with caplog.at_level(logging.INFO, logger="pipeline.assistant"):
        planted_assistant(index_dir, tmp_path / "c.sqlite", warm_sentences=50)
    assert any("warmed" in r.getMessage() and "sentences" in r.getMessage() for r in caplog.records)
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="pipeline.assistant"):
        planted_assistant(index_dir, tmp_path / "d.sqlite")
    assert not any("warmed" in r.getMessage() for r in caplog.records)
