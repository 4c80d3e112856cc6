"""Hybrid search over the real index with the real model."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.build import build_index
from index.generation import LoadedIndex, load_generation
from pipeline.assistant import Assistant
from question.model import AnswerType
from retrieval.config import SearchConfig
from retrieval.search import MODES, Searcher
from tests import corpora
from tests.fakes import FakeEmbedder


def test_hybrid_finds_the_bcf_resolution_for_an_acronym_query(real_assistant: Assistant) -> None:
    hits = real_assistant.search("what was the HWB's resolution on the BCF plan?", k=5)
    assert any("Better Care Fund Plan for 2019/20 be approved" in h.passage.text for h in hits)


def test_superseded_strategy_ranks_below_its_successor_unless_asked_for(
    real_assistant: Assistant,
) -> None:
    current = real_assistant.search("what are the health and wellbeing strategy priorities?", k=5)
    assert current[0].document.superseded_by is None
    older = real_assistant.search("what were the priorities of the 2013 strategy?", k=5)
    assert older[0].document.id == "jhws-2013"
    assert older[0].scores.prior > 1.0, "naming the older version lifts it"


def test_the_old_strategy_names_the_one_superseded_strategy(real_assistant: Assistant) -> None:
    searcher = real_assistant.searcher
    named = searcher.read("what did the old strategy say about obesity?").documents
    assert [searcher.index.store.documents[d].superseded_by is not None for d in named] == [True]
    assert searcher.read("what does the strategy say about obesity?").documents == ()


def test_filters_restrict_results_to_the_named_document(real_assistant: Assistant) -> None:
    from retrieval.filters import Filters

    hits = real_assistant.search("falls", k=10, filters=Filters(document_ids=("jhws-2013",)))
    assert hits and {h.document.id for h in hits} == {"jhws-2013"}


def test_every_mode_returns_the_scores_of_the_signals_it_ranked_by(
    real_assistant: Assistant,
) -> None:
    for mode in MODES:
        hits = real_assistant.search("social prescribing link workers", k=3, mode=mode)
        assert hits, mode
        top = hits[0].scores
        assert top.fused > 0, mode
        assert mode == "dense" or top.bm25 > 0, mode
        assert mode == "bm25" or top.dense > 0, mode
        assert set(top.as_dict()) == {"bm25", "dense", "fused", "prior"}


def test_the_list_under_a_matching_lead_in_is_found(real_assistant: Assistant) -> None:
    hits = real_assistant.search(
        "which priorities does the 2018-21 children and families partnership plan set?", k=5
    )
    assert any("Ensure the best start in life" in h.passage.text for h in hits)


@pytest.mark.parametrize("chrome", ["", "Agenda item 5: "], ids=["exact", "with-portal-chrome"])
def test_the_same_words_published_twice_hold_one_place_in_the_results(
    tmp_path: Path, chrome: str
) -> None:
    text = "The Board approved the falls plan on 3 March 2025 after a long discussion of it."
    documents = [
        {"id": "minutes", "file": "m.txt", "title": "Minutes", "type": "minutes", "date": "2025"},
        {"id": "page", "file": "p.txt", "title": "Portal page", "type": "document", "date": "2025"},
        {"id": "other", "file": "o.txt", "title": "Other", "type": "report", "date": "2025"},
    ]
    files = {
        "m.txt": f"Minutes\n\n1 Falls\n\n{text}\n",
        "p.txt": f"Portal page\n\n1 Falls\n\n{chrome}{text}\n",
        "o.txt": "Other\n\n1 Falls\n\nThe falls plan is to be reviewed by partners in 2026.\n",
    }
    embedder = FakeEmbedder()
    build_index(corpora.write_corpus(tmp_path / "c", documents, files), tmp_path / "i", embedder)
    searcher = Searcher(load_generation(tmp_path / "i"), embedder)
    hits = searcher.search(searcher.read("when was the falls plan approved?"), k=3)
    texts = [h.passage.text for h in hits]
    assert sum("approved the falls plan" in t for t in texts) == 1
    assert any("reviewed by partners" in t for t in texts)


def _plan_index(tmp_path: Path, text: str) -> tuple[LoadedIndex, FakeEmbedder]:
    """A one-document index of a strategy whose file reads `text`, with the fake embedder."""
    plan = {"id": "plan", "file": "p.txt", "title": "Plan", "type": "strategy", "date": "2025"}
    embedder = FakeEmbedder()
    corpus = corpora.write_corpus(tmp_path / "c", [plan], {"p.txt": text})
    build_index(corpus, tmp_path / "i", embedder)
    return load_generation(tmp_path / "i"), embedder


@pytest.mark.parametrize(("size", "embedded"), [(1024, 1), (0, 3)])
def test_a_repeated_query_is_embedded_again_only_without_a_query_cache(
    tmp_path: Path, size: int, embedded: int
) -> None:
    index, embedder = _plan_index(tmp_path, "Plan\n\n1 Warm homes\n\nWarm homes advice.\n")
    searcher = Searcher(index, embedder, config=SearchConfig(query_cache=size))
    before = embedder.embedded
    for _ in range(3):
        searcher.search(searcher.read("warm homes advice"), k=1)
    assert embedder.embedded - before == embedded


def test_passages_of_the_asked_kind_are_preferred(tmp_path: Path) -> None:
    searcher = Searcher(
        *_plan_index(
            tmp_path,
            "Plan\n\n1 Warm homes\n\nWarm homes advice reaches many households each year.\n\n"
            "We will extend warm homes advice to households off the gas grid.\n",
        )
    )
    query = "warm homes advice households"
    promised = searcher.search(searcher.read(query, kind=AnswerType.COMMITMENT), k=2)
    assert promised[0].passage.kind == "commitment"
    plain = searcher.search(searcher.read(query), k=2)
    by_id = {h.passage.id: h.score for h in plain}
    assert promised[0].score > by_id[promised[0].passage.id]


def test_a_definition_question_lifts_the_passage_that_defines_its_term(tmp_path: Path) -> None:
    index, embedder = _plan_index(
        tmp_path,
        "Plan\n\n1 Care\n\nWe will grow befriending in every district this year.\n\n"
        "2 Terms\n\nBefriending - regular visits from a volunteer to ease loneliness.\n",
    )
    asked = "what do we mean by befriending?"
    plain = Searcher(index, embedder, config=SearchConfig(defines_boost=1.0))
    lifted = Searcher(index, embedder)
    before = {h.passage.text: h.score for h in plain.search(plain.read(asked), k=2)}
    after = {h.passage.text: h.score for h in lifted.search(lifted.read(asked), k=2)}
    defining = next(text for text in before if text.startswith("Befriending -"))
    other = next(text for text in before if not text.startswith("Befriending -"))
    assert after[defining] == pytest.approx(before[defining] * SearchConfig().defines_boost)
    assert after[other] == pytest.approx(before[other])
