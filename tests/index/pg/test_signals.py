"""PostgreSQL ranks as the in-process backend does: BM25 bit for bit, search and answers alike,
over every gold question of both eval corpora against the shipped corpus's real index."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import yaml

from index.embedder import Embedder
from index.factory import BackendChoice, open_source, publish_built
from index.generation import LoadedIndex, load_generation
from index.pg.local import LocalPostgres
from question.read import read_question
from retrieval.config import SearchConfig
from retrieval.filters import Filters, allowed_documents
from retrieval.query import normalise
from retrieval.search import MODES, Searcher
from tests.postgres import fresh_database

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[3]
GOLD = [REPO / "evals" / "gold.yaml", REPO / "evals" / "second_council" / "gold.yaml"]
FILTERS = [None, Filters(doc_types=("minutes",)), Filters(date_from="2019", date_to="2021")]


def _questions() -> list[str]:
    questions: list[str] = []
    for path in GOLD:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        items = data if isinstance(data, list) else data["questions"]
        questions += [str(item["question"]) for item in items]
    return questions


@pytest.fixture(scope="module")
def both(
    real_index_dir: Path, postgres_server: LocalPostgres, embedder: Embedder
) -> Iterator[tuple[LoadedIndex, LoadedIndex]]:
    with fresh_database(postgres_server) as url:
        choice = BackendChoice("postgres", real_index_dir, database_url=url)
        publish_built(choice)
        source = open_source(choice)
        try:
            yield (
                load_generation(real_index_dir),
                source.load(model_fingerprint=embedder.fingerprint),
            )
        finally:
            source.close()


def test_bm25_scores_every_passage_bit_for_bit_as_bm25s(
    both: tuple[LoadedIndex, LoadedIndex],
) -> None:
    memory, postgres = both
    every = [p.id for p in memory.store.passages]
    questions = _questions()
    assert len(questions) > 200
    for question in questions:
        expected = memory.bm25.query(question, None).of(every)
        assert np.array_equal(postgres.bm25.query(question, None).of(every), expected), question


def test_bm25_top_passages_are_the_same_under_every_filter(
    both: tuple[LoadedIndex, LoadedIndex],
) -> None:
    memory, postgres = both
    documents = memory.store.documents
    allowed_sets: list[frozenset[str] | None] = [
        None,
        frozenset(d.id for d in documents.values() if d.doc_type == "minutes"),
        frozenset(list(documents)[::2]),
    ]
    for question in _questions():
        for allowed in allowed_sets:
            a = memory.bm25.query(question, allowed).top(50)
            b = postgres.bm25.query(question, allowed).top(50)
            assert np.array_equal(a.scores, b.scores), question
            # Passages tied with the 50th may be cut either way; all above it are the same.
            cut = a.scores[-1] if len(a.scores) else 0
            assert {i for i, s in zip(a.ids, a.scores, strict=True) if s > cut} == {
                i for i, s in zip(b.ids, b.scores, strict=True) if s > cut
            }, question


def _tied_at_the_cut(
    memory: LoadedIndex, postgres: LoadedIndex, question: str, filters: Filters | None
) -> bool:
    """Whether the two backends' BM25 candidates differ only by passages tied with the last
    one taken: in-process, numpy's argpartition takes any of them; PostgreSQL the first rows."""
    text = normalise(read_question(question, idf=memory.bm25.idf), memory.abbreviations).expanded
    allowed = allowed_documents(memory.store.documents, filters)
    pool = SearchConfig().candidates
    a = memory.bm25.query(text, allowed).top(pool)
    b = postgres.bm25.query(text, allowed).top(pool)
    scores = dict(zip(a.ids, a.scores, strict=True)) | dict(zip(b.ids, b.scores, strict=True))
    only = set(a.ids) ^ set(b.ids)
    return bool(only) and all(scores[i] == a.scores[-1] for i in only)


def test_search_ranks_the_same_passages_in_every_mode_and_filter(
    both: tuple[LoadedIndex, LoadedIndex], embedder: Embedder
) -> None:
    memory, postgres = (Searcher(index, embedder) for index in both)
    searches = differing = 0
    unexplained = []
    for question in _questions():
        for mode in MODES:
            for filters in FILTERS:
                a, b = (
                    [
                        h.passage.id
                        for h in s.search(s.read(question), k=10, mode=mode, filters=filters)
                    ]
                    for s in (memory, postgres)
                )
                searches += 1
                if a != b:
                    differing += 1
                    if not _tied_at_the_cut(*both, question, filters):
                        unexplained.append((question, mode, filters))
    assert unexplained == []
    # Ties at the candidate cut are rare: on the shipped corpus one search of 3,180 met one.
    assert differing <= searches // 500
