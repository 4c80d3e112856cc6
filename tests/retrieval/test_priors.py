"""The priors on fused scores, as pure functions."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from question.defining import Defining
from retrieval.priors import defines_prior, kind_prior, named_prior
from tests.answer import made


def test_candidates_of_the_asked_kind_get_the_boost() -> None:
    kinds = np.array(["resolution", "paragraph", "resolution"])
    assert kind_prior(kinds, ("resolution",), 1.2).tolist() == pytest.approx([1.2, 1.0, 1.2])


def test_candidates_of_a_named_document_or_of_a_named_pack_get_the_boost() -> None:
    plan, report = made.document("plan"), made.document("report")
    item = replace(made.document("pack-item-5"), parent_id="pack")
    prior = named_prior([plan, report, item], {"plan", "pack"}, 1.5)
    assert prior.tolist() == pytest.approx([1.5, 1.0, 1.5])


def test_only_the_best_scored_candidates_are_checked_for_a_definition() -> None:
    texts = ["Reablement - short-term support", "Reablement - help at home", "Other text"]
    scores = np.array([0.2, 0.9, 0.5], dtype=np.float32)
    defined = Defining("reablement", (), ())
    assert defines_prior(texts, scores, defined, 2, 1.6).tolist() == pytest.approx([1.0, 1.6, 1.0])
