"""Several index workers share one build through the database: each text is embedded once by
one of them, and one of them publishes."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import psycopg
import pytest

from index.build import build_inputs, embedding_work
from index.embedder import Vectors
from index.pg.schema import connect, ensure_schema
from index.pg.shared_build import SharedBuildConfig, _claim, _plan, build_key, shared_build
from ingest.pipeline import ingest_corpus
from tests.fakes import FakeEmbedder

pytestmark = pytest.mark.postgres

QUICK = SharedBuildConfig(batch_size=4, lease_seconds=30, poll_seconds=0.02, wait_seconds=60)


class RecordingEmbedder(FakeEmbedder):
    """Keeps every text it embeds; a pause per call lets two workers interleave."""

    def __init__(self, pause: float = 0.0) -> None:
        super().__init__()
        self.texts: list[str] = []
        self._pause = pause

    def embed(self, texts: list[str]) -> Vectors:
        self.texts += texts
        time.sleep(self._pause)
        return super().embed(texts)


def _work(corpus: Path) -> set[str]:
    texts, _ = embedding_work(ingest_corpus(corpus).passages)
    return set(texts)


def _generations(url: str) -> list[str]:
    with psycopg.connect(url) as conn:
        return [str(r[0]) for r in conn.execute("SELECT name FROM generations")]


def test_two_workers_embed_each_text_once_between_them_and_one_publishes(
    small_corpus: Path, tmp_path: Path, database_url: str
) -> None:
    embedders = [RecordingEmbedder(pause=0.02), RecordingEmbedder(pause=0.02)]
    reports = []

    def work(n: int) -> None:
        reports.append(
            shared_build(
                small_corpus,
                tmp_path / f"worker-{n}",
                embedders[n],
                database_url,
                config=QUICK,
                worker=f"w{n}",
            )
        )

    workers = [threading.Thread(target=work, args=(n,)) for n in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    assert len(reports) == 2
    first, second = (e.texts for e in embedders)
    assert first and second, "both workers embedded a share"
    assert not set(first) & set(second)
    assert sorted(first + second) == sorted(_work(small_corpus))
    assert _generations(database_url) == [reports[0].generation] == [reports[1].generation]
    assert sum(r.embedded for r in reports) == len(first) + len(second)


def test_a_batch_its_worker_left_is_claimed_again_after_the_lease(
    small_corpus: Path, tmp_path: Path, database_url: str
) -> None:
    embedder = RecordingEmbedder()
    build = build_key(build_inputs(small_corpus, embedder))
    _, keys = embedding_work(ingest_corpus(small_corpus).passages)
    with connect(database_url) as conn:
        conn.autocommit = True
        ensure_schema(conn)
        _plan(conn, build, sorted(set(keys)), 4)
        assert _claim(conn, build, "gone", lease=60) is not None
    config = SharedBuildConfig(batch_size=4, lease_seconds=0.3, poll_seconds=0.02, wait_seconds=60)
    report = shared_build(small_corpus, tmp_path / "idx", embedder, database_url, config=config)
    assert sorted(embedder.texts) == sorted(_work(small_corpus))
    assert _generations(database_url) == [report.generation]


def test_the_shared_cache_spares_another_machine_and_a_changed_corpus_its_embedding(
    small_corpus: Path, tmp_path: Path, database_url: str
) -> None:
    first = RecordingEmbedder()
    shared_build(small_corpus, tmp_path / "a", first, database_url, config=QUICK)
    again = RecordingEmbedder()
    report = shared_build(small_corpus, tmp_path / "b", again, database_url, config=QUICK)
    assert report.unchanged and again.texts == []

    with (small_corpus / "alpha.md").open("a", encoding="utf-8") as fh:
        fh.write("\n## 3 Air quality\n\nThe board will review air quality every year.\n")
    changed = RecordingEmbedder()
    report = shared_build(small_corpus, tmp_path / "c", changed, database_url, config=QUICK)
    assert not report.unchanged and 0 < len(changed.texts) < len(first.texts)
    assert all("air quality" in t.lower() for t in changed.texts)


def test_a_lease_longer_than_the_wait_is_refused() -> None:
    with pytest.raises(ValueError, match="lease_seconds"):
        SharedBuildConfig(lease_seconds=10, wait_seconds=5)
