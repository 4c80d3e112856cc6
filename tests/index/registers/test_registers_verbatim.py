"""Every quote the registers serve is a verbatim substring of its cited passage, checked on the
generations both eval corpora are served from (built with the real model, trails included):
each commitment's text, target and measure, each decision's text, each trail link's quote."""

from __future__ import annotations

from pathlib import Path

import pytest

from evals.suite import EvalCorpus, load_suite
from index.build import build_index
from index.embedder import Embedder
from index.generation import LoadedIndex, load_generation

REPO = Path(__file__).resolve().parents[3]
SUITE = load_suite()


@pytest.fixture(scope="module", params=SUITE, ids=[c.name for c in SUITE])
def served(request: pytest.FixtureRequest, embedder: Embedder, real_index_dir: Path) -> LoadedIndex:
    corpus: EvalCorpus = request.param
    if corpus.corpus.resolve() == (REPO / "corpus").resolve():
        return load_generation(real_index_dir)
    # The folder the eval gate builds too: unchanged, it is reused, not rebuilt.
    index_dir = REPO / "var" / f"test-index-{corpus.name}"
    build_index(corpus.corpus, index_dir, embedder)
    return load_generation(index_dir)


def _passage_text(index: LoadedIndex, passage_id: str) -> str:
    passage = index.store.passage(passage_id)
    assert passage is not None, passage_id
    return passage.text


def test_every_commitment_phrase_and_trail_quote_is_verbatim(served: LoadedIndex) -> None:
    commitments = served.registers.commitments
    assert commitments and any(c.trail for c in commitments)
    for row in commitments:
        text = _passage_text(served, row.citation.passage_id)
        for phrase in (row.text, row.target, row.measure):
            assert phrase is None or phrase in text, row.id
        for link in row.trail:
            assert link.quote in _passage_text(served, link.citation.passage_id), row.id


def test_every_decision_is_verbatim(served: LoadedIndex) -> None:
    decisions = served.registers.decisions
    assert {d.kind for d in decisions} >= {"resolution", "action"}
    for row in decisions:
        assert row.text and row.text in _passage_text(served, row.citation.passage_id), row.id
