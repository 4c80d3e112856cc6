"""The in-process backend behind the seam: ranks by passage id, filters before ranking."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from index.build import build_index
from index.generation import load_generation
from tests.fakes import FakeEmbedder


def test_bm25_top_names_passages_best_first_and_agrees_with_their_scores(
    small_corpus: Path, tmp_path: Path
) -> None:
    build_index(small_corpus, tmp_path / "idx", FakeEmbedder())
    loaded = load_generation(tmp_path / "idx")
    query = loaded.bm25.query("falls prevention classes", None)
    top = query.top(5)
    assert top.ids and list(top.scores) == sorted(top.scores, reverse=True)
    assert np.array_equal(query.of(list(top.ids)), top.scores)


def test_passages_of_documents_not_allowed_are_never_ranked(
    small_corpus: Path, tmp_path: Path
) -> None:
    build_index(small_corpus, tmp_path / "idx", FakeEmbedder())
    loaded = load_generation(tmp_path / "idx")
    only_beta = frozenset({"beta"})
    vector = FakeEmbedder().embed(["Better Care Fund plan"])[0]
    for ranked in (
        loaded.bm25.query("Better Care Fund plan", only_beta).top(10),
        loaded.dense.query(vector, only_beta).top(10),
    ):
        store = loaded.store
        documents = {store.passages[store.rows_by_id[i]].document_id for i in ranked.ids}
        assert documents == {"beta"}


def test_no_allowed_document_ranks_nothing(small_corpus: Path, tmp_path: Path) -> None:
    build_index(small_corpus, tmp_path / "idx", FakeEmbedder())
    loaded = load_generation(tmp_path / "idx")
    assert loaded.bm25.query("falls", frozenset()).top(10).ids == ()
