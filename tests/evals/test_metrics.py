"""The metrics on hand-built records whose right answers can be worked out on paper."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from evals.metrics import (
    answer_metrics,
    conversation_stability,
    evidence_at,
    fact_met,
    mrr,
    ndcg,
    percentile,
    retrieval_metrics,
)
from evals.records import Answered, CitationCheck, Retrieved


def _searched(
    held: list[tuple[int, ...]], *, evidence: int = 1, answerable: bool = True
) -> Retrieved:
    return Retrieved(
        "q",
        "dev",
        "fact",
        "hybrid",
        answerable,
        "?",
        tuple(str(i) for i in range(len(held))),
        tuple(held),
        evidence if answerable else 0,
        1.0,
    )


def _answered(
    *,
    answerable: bool = True,
    refused: bool = False,
    facts: tuple[bool, ...] = (True,),
    citations: tuple[CitationCheck, ...] = (),
    ms: float = 10.0,
) -> Answered:
    return Answered(
        "q",
        "dev",
        "fact",
        "hybrid",
        answerable,
        "?",
        "?",
        "text",
        refused,
        0.5,
        facts,
        citations,
        1,
        ms,
    )


def _cite(holds: bool, verbatim: bool = True, states_fact: bool = False) -> CitationCheck:
    return CitationCheck("p", "d", "quote", holds, verbatim, states_fact)


def test_evidence_at_k_and_mrr_count_the_first_passage_holding_evidence() -> None:
    records = [
        _searched([(0,), (), ()]),  # rank 1
        _searched([(), (), (0,)]),  # rank 3
        _searched([(), (), ()]),  # missed
        _searched([(), ()], answerable=False),  # not counted
    ]
    assert evidence_at(records, 1) == pytest.approx(1 / 3)
    assert evidence_at(records, 5) == pytest.approx(2 / 3)
    assert mrr(records) == pytest.approx((1 + 1 / 3 + 0) / 3)


def test_ndcg_credits_each_quote_once_and_needs_every_quote_for_a_full_score() -> None:
    assert ndcg(_searched([(0,), (1,)], evidence=2)) == pytest.approx(1.0)
    # The same quote twice earns nothing the second time.
    repeated = ndcg(_searched([(0,), (0,)], evidence=2))
    assert repeated == pytest.approx(1 / (1 + 1 / math.log2(3)))
    # Evidence lower down earns less.
    assert ndcg(_searched([(), (0,)])) == pytest.approx(1 / math.log2(3))
    assert ndcg(_searched([(), ()])) == 0.0


def test_a_fact_is_met_by_any_spelling_case_insensitively_across_markers() -> None:
    answer = "The lead is Mike Sandys [1], Director of\nPublic Health [2]."
    assert fact_met(["Michael Sandys", "mike sandys"], answer)
    assert fact_met(["Director of Public Health"], answer)
    assert not fact_met(["Jane Moore"], answer)


def test_answer_metrics_separate_answerable_from_unanswerable_questions() -> None:
    records = [
        _answered(citations=(_cite(True), _cite(False))),
        _answered(facts=(True, False), citations=(_cite(True),)),
        _answered(refused=True, citations=(_cite(False, verbatim=False),)),
        _answered(answerable=False, refused=True, facts=()),
        _answered(answerable=False, refused=False, facts=(), citations=(_cite(False),)),
    ]
    found = answer_metrics(records)
    assert found["fact_accuracy"] == pytest.approx(1 / 3)
    # Only answers given to answerable questions: 2 of 3 citations hold evidence.
    assert found["citation_precision"] == pytest.approx(2 / 3)
    assert found["verbatim_rate"] == pytest.approx(4 / 5)
    assert found["refusal_unanswerable"] == pytest.approx(1 / 2)
    assert found["false_refusal"] == pytest.approx(1 / 3)


def test_citation_support_also_credits_a_quote_stating_a_fact_from_another_paper() -> None:
    records = [
        _answered(citations=(_cite(True), _cite(False, states_fact=True), _cite(False))),
        _answered(refused=True, citations=(_cite(False, states_fact=True),)),
    ]
    found = answer_metrics(records)
    assert found["citation_precision"] == pytest.approx(1 / 3)
    assert found["citation_support"] == pytest.approx(2 / 3)


def test_a_metric_with_nothing_to_count_is_none_not_zero() -> None:
    found = answer_metrics([_answered()])
    assert found["refusal_unanswerable"] is None
    assert found["citation_precision"] is None
    assert retrieval_metrics([_searched([], answerable=False)])["mrr"] is None


def test_percentiles_interpolate_between_ranks() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 50) == pytest.approx(50.5)
    assert percentile(values, 95) == pytest.approx(95.05)
    assert percentile([], 50) is None


def test_conversation_stability_counts_only_the_questions_tried_after_another() -> None:
    tried = [replace(_answered(), stable=True), replace(_answered(), stable=False)]
    assert conversation_stability([*tried, _answered()]) == 0.5
    assert conversation_stability([_answered()]) is None
