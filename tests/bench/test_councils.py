"""bench/councils.py: synthetic councils differ from the shipped text as measured, and the
councils corpus keeps the shipped files and knows where each rewritten sentence came from."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import yaml

from bench.councils import Councils, CouncilStyle, swap_probabilities
from bench.synthetic import ProxyEmbedder, key, sentences, write_scale_corpus
from ingest.pipeline import ingest_corpus
from tests.fakes import FakeEmbedder

TEXT = [
    "The Board met in Wexbury on Tuesday. Councillor Agnes Brown chaired the Board.",
    "We will reduce falls among older people in Thornvale. The falls team reports to the Board.",
    "Public health in Wexbury and Thornvale: healthy weight, smoking and falls prevention.",
]


def test_swapped_types_and_occurrences_meet_their_shares() -> None:
    frequencies = np.array([1.0] * 600 + [5.0] * 300 + [100.0] * 100)
    p = swap_probabilities(frequencies, 0.64, 0.25)
    assert abs(float(p.mean()) - 0.64) < 0.01
    assert abs(float((p * frequencies).sum() / frequencies.sum()) - 0.25) < 0.02
    # Rare words are a council's own far more often than common ones.
    assert p[0] > p[-1]


def test_a_council_has_its_own_names_and_keeps_acronyms_and_function_words() -> None:
    councils = Councils(TEXT, CouncilStyle(edit_share=0.0), seed=1)
    rng = np.random.default_rng(2)
    first, second = councils.council(rng), councils.council(rng)
    text = "The NHS Board met in Wexbury and Thornvale with the falls team."
    one, two = first.rewrite(text), second.rewrite(text)
    for rewritten in (one, two):
        assert "Wexbury" not in rewritten and "Thornvale" not in rewritten
        assert rewritten.startswith("The NHS ") and " in " in rewritten
    assert one != two
    # The same council names a place the same way every time.
    assert first.rewrite("Wexbury") == first.rewrite("Wexbury")


def test_the_councils_corpus_keeps_the_shipped_files_and_finds_sources(tmp_path: Path) -> None:
    shipped = tmp_path / "corpus"
    shipped.mkdir()
    entries = []
    for n, text in enumerate(TEXT, start=1):
        (shipped / f"doc-{n}.txt").write_text(f"Heading {n}\n\n{text}\n", encoding="utf-8")
        entries.append(
            {"id": f"doc-{n}", "file": f"doc-{n}.txt", "title": f"Doc {n}", "type": "strategy"}
        )
    (shipped / "manifest.yaml").write_text(yaml.safe_dump({"documents": entries}))
    passages = ingest_corpus(shipped).passages
    scale = write_scale_corpus(shipped, tmp_path / "scale", 4, passages, kind="councils")
    assert (tmp_path / "scale" / "doc-1.txt").read_text() == (shipped / "doc-1.txt").read_text()
    corpus = ingest_corpus(tmp_path / "scale")
    synthetic = [p for p in corpus.passages if p.document_id.startswith("synthetic-")]
    assert synthetic and not any("Wexbury" in p.text for p in synthetic)
    fake = FakeEmbedder()
    proxy = ProxyEmbedder(
        name=fake.name,
        fingerprint=fake.fingerprint,
        dim=fake.dim,
        passages=passages,
        vectors=fake.embed([p.embed_text for p in passages]),
        spread=1.4,
        sources=scale.sources,
    )
    proxy.embed([p.embed_text for p in synthetic])
    assert proxy.fallback == 0
    assert all(
        scale.sources.row_of(key(s)) is not None
        for p in synthetic
        for s in sentences(p.text)
        if len(key(s)) >= 12
    )
