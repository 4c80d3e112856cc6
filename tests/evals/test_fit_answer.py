"""Choosing the refusal threshold: the most unanswerable questions refused while answerable
ones refused stay within the limit."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from answer.ranker import WeightsError
from evals.fit_answer import MAX_FALSE_REFUSAL, choose_threshold, fit, provenance


def test_the_threshold_refuses_the_most_unanswerable_within_the_false_refusal_limit() -> None:
    answerable_p = np.linspace(0.3, 0.99, 40)
    unanswerable_p = np.array([0.05, 0.1, 0.2, 0.35, 0.6])
    p = np.concatenate([answerable_p, unanswerable_p])
    answerable = np.array([True] * 40 + [False] * 5)
    threshold, chosen = choose_threshold(p, answerable)
    refused = p < threshold
    assert refused[answerable].mean() <= MAX_FALSE_REFUSAL
    assert chosen["refusal_recall"] == refused[~answerable].mean()
    # Refusing the fourth (0.35) would refuse three answerable ones too (7.5%).
    assert refused[~answerable].sum() == 3
    assert chosen["answerable"] == 40 and chosen["unanswerable"] == 5


def test_with_nothing_to_refuse_the_threshold_refuses_nothing() -> None:
    p = np.array([0.2, 0.5, 0.9])
    threshold, chosen = choose_threshold(p, np.array([True, True, True]))
    assert threshold <= 0.2 and chosen["false_refusal"] == 0.0


def test_the_fit_records_its_commit_as_clean_when_only_its_own_output_differs() -> None:
    assert provenance("abc123", ["answer/weights.json"], "answer/weights.json") == "abc123"
    assert provenance("abc123", [], "answer/weights.json") == "abc123"


def test_the_fit_records_uncommitted_code_it_ran_on() -> None:
    changed = ["answer/weights.json", "answer/features.py"]
    assert provenance("abc123", changed, "answer/weights.json") == "abc123+uncommitted"


def test_a_refusal_only_refit_names_what_its_weights_file_lacks(tmp_path: Path) -> None:
    missing = tmp_path / "none.json"
    with pytest.raises(WeightsError, match="missing"):
        fit(tmp_path, missing, refusal_only=True)
    bare = tmp_path / "bare.json"
    bare.write_text(json.dumps({"span": None}), encoding="utf-8")
    with pytest.raises(WeightsError, match="span"):
        fit(tmp_path, bare, refusal_only=True)
