"""bm25s (serving) against rank-bm25 (the reference) on the shipped corpus.

The two use different idf formulas (Lucene's never goes negative; Okapi's does for very common
terms), so multi-term rankings may differ a little; single-term rankings must be identical.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import yaml
from rank_bm25 import BM25Okapi

from index.bm25 import BM25Index
from index.tokenize import tokenize
from ingest.pipeline import ingest_corpus

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def indexes() -> tuple[BM25Index, BM25Okapi, int]:
    texts = [p.index_text for p in ingest_corpus(REPO / "corpus").passages]
    reference = BM25Okapi([tokenize(t) for t in texts], k1=BM25Index.K1, b=BM25Index.B)
    return BM25Index.build(texts), reference, len(texts)


def _top(scores: np.ndarray, k: int) -> list[int]:
    return [int(i) for i in np.argsort(-scores, kind="stable")[:k] if scores[i] > 0]


@pytest.mark.parametrize("term", ["falls", "obesity", "resolved", "housing", "smoking", "carers"])
def test_single_term_rankings_are_identical(
    indexes: tuple[BM25Index, BM25Okapi, int], term: str
) -> None:
    ours, reference, _ = indexes
    a, b = ours.scores(term), np.asarray(reference.get_scores(tokenize(term)))
    assert (a > 0).sum() == (b != 0).sum() > 0
    assert np.allclose(
        np.argsort(-a, kind="stable")[:20], np.argsort(-np.abs(b), kind="stable")[:20]
    )


def test_gold_question_rankings_agree_with_the_reference(
    indexes: tuple[BM25Index, BM25Okapi, int],
) -> None:
    ours, reference, _ = indexes
    questions = [g["question"] for g in yaml.safe_load((REPO / "evals/gold.yaml").read_text())]
    same_top, overlap = [], []
    for q in questions:
        a, b = ours.scores(q), np.asarray(reference.get_scores(tokenize(q)))
        ta, tb = _top(a, 10), _top(b, 10)
        if not tb:
            continue
        same_top.append(ta[:1] == tb[:1])
        overlap.append(len(set(ta) & set(tb)) / len(tb))
    # Measured on 165 questions: 95% same top passage, 93% mean top-10 overlap.
    assert np.mean(same_top) >= 0.9
    assert np.mean(overlap) >= 0.88
