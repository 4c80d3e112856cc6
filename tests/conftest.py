"""Shared fixtures: the real corpus, the real model and a real index built from them once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from index.build import build_index
from index.embedder import Embedder
from index.onnx_embedder import OnnxMiniLMEmbedder
from pipeline.assistant import Assistant
from pipeline.conversations import ConversationStore
from tests.fakes import FakeEmbedder

pytest_plugins = ["tests.postgres"]

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
# Kept between runs, like the serving index: an unchanged corpus rebuilds in seconds.
TEST_INDEX = REPO / "var" / "test-index"


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    """The real packaged MiniLM model, as served by default (loaded once per test session)."""
    return OnnxMiniLMEmbedder(threads=2)


@pytest.fixture
def fake_embedder() -> FakeEmbedder:
    return FakeEmbedder()


@pytest.fixture(scope="session")
def real_index_dir(embedder: Embedder) -> Path:
    """An index of the shipped corpus built with the real model."""
    build_index(CORPUS, TEST_INDEX, embedder)
    return TEST_INDEX


@pytest.fixture(scope="session")
def real_assistant(
    real_index_dir: Path, embedder: Embedder, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Assistant]:
    conversations = ConversationStore(
        tmp_path_factory.mktemp("conversations") / "c.sqlite", ttl_seconds=3600, max_turns=20
    )
    yield Assistant(index_dir=real_index_dir, embedder=embedder, conversations=conversations)
    conversations.close()
