"""Small corpora written by tests: a manifest and its files in a folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


def write_corpus(directory: Path, documents: list[dict[str, Any]], files: dict[str, str]) -> Path:
    """Write `files` (name -> text) and a manifest listing `documents` into `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    manifest = yaml.safe_dump({"documents": documents}, allow_unicode=True)
    (directory / "manifest.yaml").write_text(manifest, encoding="utf-8")
    for name, text in files.items():
        (directory / name).write_text(text, encoding="utf-8")
    return directory
