"""Small corpora written by tests: a manifest and its files in a folder."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml

from index.build import build_index
from index.embedder import Embedder
from pipeline.assistant import Assistant
from pipeline.conversations import ConversationStore
from tests.fakes import FakeEmbedder


def write_corpus(directory: Path, documents: list[dict[str, Any]], files: dict[str, str]) -> Path:
    """Write `files` (name -> text) and a manifest listing `documents` into `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    manifest = yaml.safe_dump({"documents": documents}, allow_unicode=True)
    (directory / "manifest.yaml").write_text(manifest, encoding="utf-8")
    for name, text in files.items():
        (directory / name).write_text(text, encoding="utf-8")
    return directory


def fake_assistant(root: Path, documents: list[dict[str, Any]], files: dict[str, str]) -> Assistant:
    """An assistant over a real index of these files, built with the fake embedder."""
    embedder = FakeEmbedder()
    build_index(write_corpus(root / "corpus", documents, files), root / "index", embedder)
    conversations = ConversationStore(root / "c.sqlite", ttl_seconds=3600, max_turns=20)
    return Assistant(index_dir=root / "index", embedder=embedder, conversations=conversations)


@contextmanager
def model_assistant(
    root: Path, documents: list[dict[str, Any]], files: dict[str, str], embedder: Embedder
) -> Iterator[Assistant]:
    """An assistant over a real index of these files, built with `embedder` (the real model,
    where the test is about what is answered), its conversation store closed afterwards."""
    build_index(write_corpus(root / "corpus", documents, files), root / "index", embedder)
    conversations = ConversationStore(root / "c.sqlite", ttl_seconds=3600, max_turns=20)
    try:
        yield Assistant(index_dir=root / "index", embedder=embedder, conversations=conversations)
    finally:
        conversations.close()
