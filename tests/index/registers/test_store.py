"""The registers are built with each generation, kept in it, and read back as they were."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.build import build_index
from index.errors import IndexCorrupt
from index.generation import GENERATIONS, current_name, load_generation
from index.registers.store import REGISTERS_FILE, build_with_trails, read_registers
from tests.fakes import FakeEmbedder


def test_a_built_generation_holds_its_registers_and_reads_them_back(
    small_corpus: Path, tmp_path: Path
) -> None:
    build_index(small_corpus, tmp_path / "idx", FakeEmbedder())
    loaded = load_generation(tmp_path / "idx")
    store = loaded.store
    rebuilt = build_with_trails(store.documents, store.passages, loaded.sentences)
    assert loaded.registers == rebuilt
    assert [c.citation.document_id for c in loaded.registers.commitments] == ["alpha", "alpha"]
    for row in loaded.registers.commitments:
        passage = loaded.store.passage(row.citation.passage_id)
        assert passage is not None and row.text in passage.text


def test_an_unchanged_corpus_rebuilds_no_registers(small_corpus: Path, tmp_path: Path) -> None:
    first = build_index(small_corpus, tmp_path / "idx", FakeEmbedder())
    path = tmp_path / "idx" / GENERATIONS / first.generation / REGISTERS_FILE
    written = path.stat().st_mtime_ns
    second = build_index(small_corpus, tmp_path / "idx", FakeEmbedder())
    assert second.unchanged and path.stat().st_mtime_ns == written


def test_a_generation_without_registers_is_refused_naming_the_file(
    small_corpus: Path, tmp_path: Path
) -> None:
    build_index(small_corpus, tmp_path / "idx", FakeEmbedder())
    directory = tmp_path / "idx" / GENERATIONS / str(current_name(tmp_path / "idx"))
    (directory / REGISTERS_FILE).unlink()
    with pytest.raises(IndexCorrupt, match=REGISTERS_FILE):
        read_registers(directory)
