"""Sentence vectors: stored beside each generation, one per sentence span, compared by cosine."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from index.build import build_index
from index.errors import IndexCorrupt
from index.generation import GENERATIONS, current_name, load_generation
from index.sentences import SENTENCES_FILE, SentenceVectors
from tests.fakes import FakeEmbedder


def test_each_sentence_is_scored_against_the_query_by_its_own_vector() -> None:
    vectors = np.eye(3, dtype=np.float32)
    spans = np.array([[0, 0, 10], [0, 11, 20], [1, 0, 5]], dtype=np.int64)
    sentences = SentenceVectors(vectors, spans)
    found = sentences.similarities(np.array([0.0, 1.0, 0.0], dtype=np.float32), [0])
    assert found == {(0, 0, 10): 0.0, (0, 11, 20): 1.0}
    assert sentences.similarities(np.ones(3, dtype=np.float32), [1]) == {(1, 0, 5): 1.0}
    assert sentences.similarities(np.ones(3, dtype=np.float32), []) == {}


def test_a_generation_without_its_sentence_vectors_is_refused_by_name(
    small_corpus: Path, tmp_path: Path
) -> None:
    build_index(small_corpus, tmp_path / "idx", FakeEmbedder())
    name = current_name(tmp_path / "idx")
    assert name is not None
    (tmp_path / "idx" / GENERATIONS / name / SENTENCES_FILE).unlink()
    with pytest.raises(IndexCorrupt, match=SENTENCES_FILE):
        load_generation(tmp_path / "idx")


def test_mismatched_vectors_and_spans_are_refused() -> None:
    with pytest.raises(IndexCorrupt, match="2 vectors for 1 spans"):
        SentenceVectors(np.zeros((2, 3), dtype=np.float32), np.zeros((1, 3), dtype=np.int64))
