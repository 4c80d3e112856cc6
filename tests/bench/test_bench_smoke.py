"""The benchmark's own plumbing on a tiny corpus with the fake embedder: no weights, seconds."""

from __future__ import annotations

from pathlib import Path

import httpx
import numpy as np
import pytest
import yaml

from bench import maxscore as maxscore_bench
from bench.reference import windows
from bench.served import served
from bench.stages import STAGES, stage_times
from bench.synthetic import ProxyEmbedder, key, sentences, write_scale_corpus
from index.build import build_index
from index.embedder import Embedder
from ingest.pipeline import ingest_corpus
from pipeline.assistant import Assistant
from pipeline.conversations import ConversationStore
from tests.fakes import FakeEmbedder

PARAGRAPHS = [
    "Falls prevention\n\nWe will reduce the number of falls that people over 65 experience. "
    "The Board agreed the plan in February 2022. Care homes will be supported by a new team.",
    "Healthy weight\n\nWe will help families eat well and move more. The service starts in "
    "April. Schools will offer daily activity. Progress is reported to the Board each year.",
]


def _corpus(root: Path) -> Path:
    root.mkdir()
    entries = []
    for n, text in enumerate(PARAGRAPHS, start=1):
        (root / f"doc-{n}.txt").write_text(text + "\n", encoding="utf-8")
        entries.append(
            {"id": f"doc-{n}", "file": f"doc-{n}.txt", "title": f"Doc {n}", "type": "strategy"}
        )
    (root / "manifest.yaml").write_text(yaml.safe_dump({"documents": entries}), encoding="utf-8")
    return root


def test_scale_corpus_keeps_the_shipped_files_and_ingests(tmp_path: Path) -> None:
    shipped = _corpus(tmp_path / "corpus")
    passages = ingest_corpus(shipped).passages
    scale = write_scale_corpus(shipped, tmp_path / "scale", 3, passages)
    assert scale.synthetic_files >= 2
    assert (tmp_path / "scale" / "doc-1.txt").read_text() == (shipped / "doc-1.txt").read_text()
    corpus = ingest_corpus(tmp_path / "scale")
    ids = {d.id for d in corpus.documents}
    assert {"doc-1", "doc-2", "synthetic-001-1", "synthetic-002-1"} <= ids
    synthetic = key(
        " ".join(p.text for p in corpus.passages if p.document_id.startswith("synthetic-"))
    )
    assert all(key(s) in synthetic for p in passages for s in sentences(p.text))
    assert not [p for p in corpus.problems if "not in the manifest" in p.reason]


def test_proxy_vectors_are_real_for_shipped_text_and_near_their_sources(tmp_path: Path) -> None:
    passages = ingest_corpus(_corpus(tmp_path / "corpus")).passages
    fake = FakeEmbedder()
    vectors = fake.embed([p.embed_text for p in passages])
    proxy = ProxyEmbedder(
        name=fake.name,
        fingerprint=fake.fingerprint,
        dim=fake.dim,
        passages=passages,
        vectors=vectors,
    )
    assert np.allclose(proxy.embed([passages[0].embed_text])[0], vectors[0])
    derived = proxy.embed(["Synthetic\n" + " ".join(sentences(passages[-1].text)[:2])])[0]
    assert abs(float(np.linalg.norm(derived)) - 1.0) < 1e-5
    assert float(derived @ vectors[-1]) > 0.9
    assert (proxy.exact, proxy.derived, proxy.fallback) == (1, 1, 0)


def test_the_query_path_times_every_stage_of_an_answer(tmp_path: Path) -> None:
    fake = FakeEmbedder()
    build_index(_corpus(tmp_path / "corpus"), tmp_path / "index", fake)
    conversations = ConversationStore(tmp_path / "c.sqlite", ttl_seconds=60, max_turns=5)
    assistant = Assistant(index_dir=tmp_path / "index", embedder=fake, conversations=conversations)
    ms = stage_times(assistant, "who reduces falls in care homes?")
    assert set(ms) == set(STAGES)
    assert all(v > 0 for v in ms.values())
    assistant.close()


def test_reference_windows_overlap_and_reach_the_end(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "a.txt").write_text(" ".join(f"w{i}" for i in range(500)), encoding="utf-8")
    (root / "manifest.yaml").write_text(
        yaml.safe_dump(
            {"documents": [{"id": "a", "file": "a.txt", "title": "A", "type": "report"}]}
        ),
        encoding="utf-8",
    )
    found = windows(root)
    assert [w.text.split()[0] for w in found] == ["w0", "w150", "w300"]
    assert found[-1].text.split()[-1] == "w499"
    assert all(len(w.text.split()) <= 200 for w in found)


def test_the_http_benchmark_talks_to_a_real_server_process(
    tmp_path: Path, embedder: Embedder
) -> None:
    corpus = _corpus(tmp_path / "corpus")
    build_index(corpus, tmp_path / "index", embedder)
    # `serve` brings the index up to date with its corpus first: this one's, so that it finds
    # nothing to do (the shipped corpus took it past the start deadline on a busy machine).
    settings = {"SA_RATE_LIMIT_PER_MINUTE": "0", "SA_CORPUS_DIR": str(corpus)}
    with served(tmp_path / "index", tmp_path / "data", settings=settings) as base:
        reply = httpx.post(f"{base}/v1/ask", json={"question": "who reduces falls?"}, timeout=30)
        assert reply.status_code == 200
        assert "answer" in reply.json()
    assert (tmp_path / "data" / "server.log").is_file()


def test_the_maxscore_benchmark_proves_queries_and_prints_its_figures(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert (
        maxscore_bench.main(["--rows", "5000", "--terms", "8", "--queries", "3", "--rounds", "1"])
        == 0
    )
    printed = capsys.readouterr().out
    assert "5,000 rows" in printed and "ms a query" in printed and "postings summed" in printed
