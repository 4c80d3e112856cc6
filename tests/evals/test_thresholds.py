"""Threshold parsing and checking: bad entries fail by name; missing metrics count as broken."""

from __future__ import annotations

import pytest

from evals.thresholds import ThresholdError, check, load_thresholds, parse_thresholds


def test_the_shipped_thresholds_parse_and_gate_hybrid_on_every_promised_metric() -> None:
    gated = {(t.corpus, t.split, t.metric) for t in load_thresholds() if t.mode == "hybrid"}
    for metric in (
        "evidence@5",
        "mrr",
        "fact_accuracy",
        "citation_precision",
        "verbatim_rate",
        "refusal_unanswerable",
        "false_refusal",
    ):
        for corpus in ("shipped", "second_council"):
            assert (corpus, "all", metric) in gated, (corpus, metric)


def test_min_max_and_unmeasured_metrics_are_all_reported() -> None:
    bounds = {"mrr": {"min": 0.5}, "false_refusal": {"max": 0.1}, "ndcg@10": {"min": 0.1}}
    thresholds = parse_thresholds({"c": {"hybrid": {"all": bounds}}})
    measured = {"c": {"hybrid": {"all": {"mrr": 0.4, "false_refusal": 0.2, "ndcg@10": None}}}}
    broken = check(measured, thresholds)
    assert [str(v) for v in broken] == [
        "c/hybrid/all mrr = 0.4000, must be >= 0.5000",
        "c/hybrid/all false_refusal = 0.2000, must be <= 0.1000",
        "c/hybrid/all ndcg@10 = not measured, must be >= 0.1000",
    ]
    assert (
        check(
            {"c": {"hybrid": {"all": {"mrr": 0.5, "false_refusal": 0.1, "ndcg@10": 1.0}}}},
            thresholds,
        )
        == []
    )


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ([], "expected corpus"),
        ({"c": {"hybrid": {"all": {"mrr": 0.5}}}}, r"c/hybrid/all/mrr must be"),
        ({"c": {"hybrid": {"all": {"mrr": {"least": 0.5}}}}}, r"c/hybrid/all/mrr: got"),
        ({"c": {"hybrid": {"all": {"mrr": {"min": "high"}}}}}, r"c/hybrid/all/mrr: got"),
        ({"c": {"hybrid": {"all": {"mrr": {"min": True}}}}}, r"c/hybrid/all/mrr: got"),
    ],
)
def test_a_malformed_entry_fails_naming_it(raw: object, message: str) -> None:
    with pytest.raises(ThresholdError, match=message):
        parse_thresholds(raw)
