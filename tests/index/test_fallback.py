"""The last complete generation is always kept, and serves when the current one is corrupt; a
CURRENT that names nothing usable is refused naming the file."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from index.build import build_index
from index.errors import IndexCorrupt
from index.generation import (
    CURRENT,
    GENERATIONS,
    MANIFEST,
    VECTORS_FILE,
    complete_generations,
    load_generation,
)
from tests.fakes import FakeEmbedder


def _two_generations(corpus: Path, index_dir: Path) -> tuple[str, str]:
    first = build_index(corpus, index_dir, FakeEmbedder()).generation
    (corpus / "extra.md").write_text("# Extra\n\nThe board met again in May.\n", encoding="utf-8")
    second = build_index(corpus, index_dir, FakeEmbedder()).generation
    assert first != second
    return first, second


def test_a_corrupt_current_generation_falls_back_to_the_last_complete_one(
    small_corpus: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    index_dir = tmp_path / "idx"
    first, second = _two_generations(small_corpus, index_dir)
    vectors = index_dir / GENERATIONS / second / VECTORS_FILE
    vectors.write_bytes(vectors.read_bytes()[:-8])
    with caplog.at_level(logging.WARNING):
        loaded = load_generation(index_dir)
    assert loaded.name == first
    assert f"serving the last complete one, {first}" in caplog.text


def test_with_no_complete_fallback_the_corruption_is_raised(
    small_corpus: Path, tmp_path: Path
) -> None:
    report = build_index(small_corpus, tmp_path / "idx", FakeEmbedder())
    (tmp_path / "idx" / GENERATIONS / report.generation / VECTORS_FILE).write_bytes(b"junk")
    with pytest.raises(IndexCorrupt, match="does not match its checksum"):
        load_generation(tmp_path / "idx")


def test_a_half_written_generation_is_never_kept_as_the_fallback(
    small_corpus: Path, tmp_path: Path
) -> None:
    index_dir = tmp_path / "idx"
    _, second = _two_generations(small_corpus, index_dir)
    # A crash left a generation without its manifest: the next build's cleanup removes it and
    # keeps the complete one before the new current.
    crashed = index_dir / GENERATIONS / "20991231T235959000000-deadbeef"
    crashed.mkdir()
    (crashed / "passages.jsonl").write_text("{}", encoding="utf-8")
    (small_corpus / "more.md").write_text("# More\n\nAnother note.\n", encoding="utf-8")
    third = build_index(small_corpus, index_dir, FakeEmbedder()).generation
    assert not crashed.exists()
    assert complete_generations(index_dir, besides=third) == [second]


@pytest.mark.parametrize(
    ("pointer", "message"),
    [
        ("../../etc/passwd", r"CURRENT holds '../../etc/passwd', which is not a generation name"),
        (
            "20240101T000000000000-0badcafe",
            r"names generation 20240101T000000000000-0badcafe, which",
        ),
    ],
)
def test_a_current_naming_nothing_usable_is_refused_naming_the_file(
    small_corpus: Path, tmp_path: Path, pointer: str, message: str
) -> None:
    index_dir = tmp_path / "idx"
    build_index(small_corpus, index_dir, FakeEmbedder())
    for name in list((index_dir / GENERATIONS).iterdir()):
        (name / MANIFEST).unlink()  # no fallback either
    (index_dir / CURRENT).write_text(pointer, encoding="utf-8")
    with pytest.raises(IndexCorrupt, match=message):
        load_generation(index_dir)
