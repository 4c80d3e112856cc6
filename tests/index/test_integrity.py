"""A corrupt or half-written generation is refused; a killed build leaves the old one serving."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from index.build import build_index
from index.errors import IndexCorrupt, IndexMissing, ModelMismatch
from index.generation import GENERATIONS, VECTORS_FILE, current_name, load_generation
from tests.fakes import FakeEmbedder

REPO = Path(__file__).resolve().parents[2]


def test_a_flipped_byte_in_an_index_file_is_refused_with_a_clear_message(
    small_corpus: Path, tmp_path: Path
) -> None:
    report = build_index(small_corpus, tmp_path / "idx", FakeEmbedder())
    vectors = tmp_path / "idx" / GENERATIONS / report.generation / VECTORS_FILE
    data = bytearray(vectors.read_bytes())
    data[len(data) // 2] ^= 0xFF
    vectors.write_bytes(bytes(data))
    with pytest.raises(IndexCorrupt, match=r"does not match its checksum.*rebuild"):
        load_generation(tmp_path / "idx")


def test_an_index_built_with_other_weights_is_refused(small_corpus: Path, tmp_path: Path) -> None:
    build_index(small_corpus, tmp_path / "idx", FakeEmbedder(name="one"))
    other = FakeEmbedder(name="two")
    with pytest.raises(ModelMismatch, match="rebuild the index"):
        load_generation(tmp_path / "idx", model_fingerprint=other.fingerprint)


def test_no_index_says_how_to_build_one(tmp_path: Path) -> None:
    with pytest.raises(IndexMissing, match="strategy-assistant index"):
        load_generation(tmp_path / "nothing")


_SLOW_BUILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from index.build import build_index
    from tests.fakes import FakeEmbedder

    class Slow(FakeEmbedder):
        def embed(self, texts):
            print("embedding", flush=True)
            time.sleep(float(sys.argv[3]))
            return super().embed(texts)

    build_index(Path(sys.argv[1]), Path(sys.argv[2]), Slow())
    """
)


def _start_build(corpus: Path, index_dir: Path, pause: float) -> subprocess.Popen[bytes]:
    child = subprocess.Popen(
        [sys.executable, "-c", _SLOW_BUILD, str(corpus), str(index_dir), str(pause)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert child.stdout is not None
    child.stdout.readline()  # the build has reached the embedding stage
    return child


def test_a_build_killed_while_embedding_leaves_the_previous_generation_serving(
    small_corpus: Path, tmp_path: Path
) -> None:
    index_dir = tmp_path / "idx"
    before = build_index(small_corpus, index_dir, FakeEmbedder())
    (small_corpus / "alpha.md").write_text((small_corpus / "alpha.md").read_text() + "\nMore.\n")
    child = _start_build(small_corpus, index_dir, pause=30.0)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert current_name(index_dir) == before.generation
    assert load_generation(index_dir).name == before.generation
    after = build_index(small_corpus, index_dir, FakeEmbedder())
    assert not after.unchanged and load_generation(index_dir).name == after.generation


@pytest.mark.parametrize("seed", range(6))
def test_a_build_killed_at_a_random_point_always_leaves_a_valid_generation(
    small_corpus: Path, tmp_path: Path, seed: int
) -> None:
    index_dir = tmp_path / "idx"
    before = build_index(small_corpus, index_dir, FakeEmbedder())
    (small_corpus / "alpha.md").write_text((small_corpus / "alpha.md").read_text() + "\nMore.\n")
    child = _start_build(small_corpus, index_dir, pause=0.05)
    time.sleep(random.Random(seed).uniform(0.0, 0.4))
    child.send_signal(signal.SIGKILL)
    child.wait()
    loaded = load_generation(index_dir)
    assert loaded.name == current_name(index_dir)
    if loaded.name == before.generation:
        assert len(loaded.store.passages) == before.passages
