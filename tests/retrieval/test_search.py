"""Hybrid search over the real index with the real model."""

from __future__ import annotations

from retrieval.search import MODES
from server.service import Assistant


def test_hybrid_finds_the_bcf_resolution_for_an_acronym_query(real_assistant: Assistant) -> None:
    hits = real_assistant.search("what did the HWB resolve on the BCF plan?", k=5)
    assert any("Better Care Fund Plan for 2019/20 be approved" in h.passage.text for h in hits)


def test_superseded_strategy_ranks_below_its_successor_unless_asked_for(
    real_assistant: Assistant,
) -> None:
    current = real_assistant.search("what are the health and wellbeing strategy priorities?", k=5)
    assert current[0].document.superseded_by is None
    older = real_assistant.search("what were the priorities of the 2013 strategy?", k=5)
    assert older[0].document.id == "jhws-2013"
    assert older[0].scores["prior"] > 1.0, "naming the older version lifts it"


def test_filters_restrict_results_to_the_named_document(real_assistant: Assistant) -> None:
    from retrieval.filters import Filters

    hits = real_assistant.search("falls", k=10, filters=Filters(document_ids=("jhws-2013",)))
    assert hits and {h.document.id for h in hits} == {"jhws-2013"}


def test_every_mode_returns_per_signal_scores(real_assistant: Assistant) -> None:
    for mode in MODES:
        hits = real_assistant.search("social prescribing link workers", k=3, mode=mode)
        assert hits and {"bm25", "dense", "fused", "prior"} <= set(hits[0].scores)
