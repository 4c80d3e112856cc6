"""Build progress: reported from the first file read, and every stage's count reaches its total
whether texts are embedded, cached or repeated."""

from __future__ import annotations

from pathlib import Path

from index.build import build_index
from tests.fakes import FakeEmbedder


def _record(
    small_corpus: Path, index_dir: Path, *, force: bool = False
) -> list[tuple[str, int, int]]:
    seen: list[tuple[str, int, int]] = []
    build_index(
        small_corpus,
        index_dir,
        FakeEmbedder(),
        progress=lambda stage, done, total: seen.append((stage, done, total)),
        force=force,
    )
    return seen


def _last(seen: list[tuple[str, int, int]], stage: str) -> tuple[int, int]:
    done, total = [(d, t) for s, d, t in seen if s == stage][-1]
    return done, total


def test_reading_the_corpus_is_reported_before_anything_is_embedded(
    small_corpus: Path, tmp_path: Path
) -> None:
    seen = _record(small_corpus, tmp_path / "idx")
    assert seen[0] == ("read", 0, 2)
    assert _last(seen, "read") == (2, 2)
    assert [s for s, _, _ in seen].index("embed") > [s for s, _, _ in seen].index("read")


def test_the_embedding_count_reaches_its_total_on_a_first_build(
    small_corpus: Path, tmp_path: Path
) -> None:
    done, total = _last(_record(small_corpus, tmp_path / "idx"), "embed")
    assert done == total > 0


def test_the_embedding_count_reaches_its_total_when_everything_is_cached(
    small_corpus: Path, tmp_path: Path
) -> None:
    _record(small_corpus, tmp_path / "idx")
    done, total = _last(_record(small_corpus, tmp_path / "idx", force=True), "embed")
    assert done == total > 0
