"""Index generations on disk: written whole into a new directory, published by renaming CURRENT.

Layout of an index directory:

    CURRENT                  the name of the serving generation (replaced atomically)
    generations/<name>/      passages, documents, BM25, FAISS, abbreviations, manifest.json
    embeddings.sqlite        the embedding cache shared by all generations

manifest.json is written last and lists the sha256 of every other file, so a generation that a
crash left half-written, or whose files were changed afterwards, is refused at load.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from index.backend import LexicalIndex, VectorIndex
from index.bm25 import BM25Index
from index.dense import DenseIndex
from index.errors import IndexCorrupt, IndexMissing, ModelMismatch
from index.memory import MemoryLexical, MemoryVectors
from index.registers.model import Registers
from index.registers.store import read_registers
from index.sentences import SENTENCES_FILE, SentenceVectors
from index.store import Store, read_store

FORMAT_VERSION = 1
CURRENT = "CURRENT"
GENERATIONS = "generations"
MANIFEST = "manifest.json"
VECTORS_FILE = "vectors.faiss"
BM25_DIR = "bm25"
ABBREVIATIONS_FILE = "abbreviations.json"
ABBREVIATION_SOURCES_FILE = "abbreviation_sources.json"
# What build_index names a generation: a UTC stamp and a hash of its passages.
_NAME = re.compile(r"^\d{8}T\d{6,12}-[0-9a-f]{8}$")

log = logging.getLogger(__name__)
KEEP_GENERATIONS = 2


@dataclass(frozen=True, slots=True)
class LoadedIndex:
    """Everything a search needs, from one verified generation."""

    name: str
    manifest: dict[str, Any]
    store: Store
    bm25: LexicalIndex
    dense: VectorIndex
    abbreviations: dict[str, str]
    sentences: SentenceVectors
    abbreviation_sources: dict[str, dict[str, list[str]]]
    """Per acronym, the documents printing it and its long form (index.abbreviations)."""
    registers: Registers
    """The commitments and decisions of the generation's documents (index.registers)."""


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def seal(directory: Path, manifest: dict[str, Any]) -> None:
    """Checksum every file of a finished generation and write its manifest last."""
    files = sorted(p for p in directory.rglob("*") if p.is_file() and p.name != MANIFEST)
    for path in files:
        with path.open("rb") as fh:
            os.fsync(fh.fileno())
    checksums = {str(p.relative_to(directory)): file_sha256(p) for p in files}
    body = {**manifest, "format_version": FORMAT_VERSION, "files": checksums}
    tmp = directory / f"{MANIFEST}.tmp"
    with tmp.open("w", encoding="utf-8") as fh:
        json.dump(body, fh, indent=1, sort_keys=True)
        fh.flush()
        os.fsync(fh.fileno())
    tmp.replace(directory / MANIFEST)
    _fsync_dir(directory)


def publish(index_dir: Path, name: str) -> None:
    """Point CURRENT at generation `name` in one atomic rename, then drop old generations."""
    tmp = index_dir / f"{CURRENT}.tmp"
    tmp.write_text(name + "\n", encoding="utf-8")
    with tmp.open("rb") as fh:
        os.fsync(fh.fileno())
    tmp.replace(index_dir / CURRENT)
    _fsync_dir(index_dir)
    _prune(index_dir, keep=name)


def _prune(index_dir: Path, keep: str) -> None:
    """Drop what a crash left half-written, and all but the newest complete generations: the
    last complete one before `keep` always stays, as the fallback."""
    root = index_dir / GENERATIONS
    others = [p for p in root.iterdir() if p.is_dir() and p.name != keep]
    for unfinished in (p for p in others if not (p / MANIFEST).is_file()):
        shutil.rmtree(unfinished, ignore_errors=True)
    for stale in complete_generations(index_dir, besides=keep)[KEEP_GENERATIONS - 1 :]:
        shutil.rmtree(index_dir / GENERATIONS / stale, ignore_errors=True)


def complete_generations(index_dir: Path, *, besides: str) -> list[str]:
    """Names of the sealed generations other than `besides`, newest first."""
    root = index_dir / GENERATIONS
    if not root.is_dir():
        return []
    done = [
        p for p in root.iterdir() if p.is_dir() and p.name != besides and (p / MANIFEST).is_file()
    ]
    return [p.name for p in sorted(done, key=lambda p: p.stat().st_mtime, reverse=True)]


def current_name(index_dir: Path) -> str | None:
    """The serving generation's name, None when there is no index; a CURRENT that names no
    generation at all is an IndexCorrupt naming the file."""
    pointer = index_dir / CURRENT
    if not pointer.is_file():
        return None
    try:
        name = pointer.read_text(encoding="utf-8").strip()
    except UnicodeDecodeError:
        name = "(not text)"
    if not name:
        return None
    if not _NAME.match(name):
        raise IndexCorrupt(
            f"{pointer} holds {name[:40]!r}, which is not a generation name; delete it and "
            "rebuild with `strategy-assistant index`"
        )
    return name


def read_manifest(directory: Path) -> dict[str, Any]:
    path = directory / MANIFEST
    if not path.is_file():
        raise IndexCorrupt(f"generation {directory} has no {MANIFEST}: the build did not finish")
    try:
        manifest: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise IndexCorrupt(f"{path} is not valid JSON ({exc}); rebuild the index") from exc
    if manifest.get("format_version") != FORMAT_VERSION:
        raise IndexCorrupt(
            f"{path} has format version {manifest.get('format_version')!r}, this build reads "
            f"{FORMAT_VERSION}; rebuild with `strategy-assistant index`"
        )
    return manifest


def verify_files(directory: Path, manifest: dict[str, Any]) -> None:
    for relative, expected in manifest["files"].items():
        path = directory / relative
        if not path.is_file():
            raise IndexCorrupt(f"{path} is missing from generation {directory.name}")
        if file_sha256(path) != expected:
            raise IndexCorrupt(
                f"{path} does not match its checksum in {MANIFEST}: the index is corrupt; "
                "rebuild it with `strategy-assistant index`"
            )


def load_generation(index_dir: Path, *, model_fingerprint: str | None = None) -> LoadedIndex:
    """Load and verify the serving generation; raise an IndexProblem that says what is wrong.

    A corrupt serving generation falls back, with a logged warning, to the newest complete
    generation that loads; only when none does is the corruption raised.
    """
    name = current_name(index_dir)
    if name is None:
        raise IndexMissing(f"no index in {index_dir}: build one with `strategy-assistant index`")
    try:
        return _load(index_dir, name, model_fingerprint)
    except IndexCorrupt as problem:
        for fallback in complete_generations(index_dir, besides=name):
            try:
                loaded = _load(index_dir, fallback, model_fingerprint)
            except IndexCorrupt:
                continue
            log.warning(
                "index generation %s refused (%s); serving the last complete one, %s, until "
                "the index is rebuilt",
                name,
                problem,
                fallback,
            )
            return loaded
        raise


def _load(index_dir: Path, name: str, model_fingerprint: str | None) -> LoadedIndex:
    directory = index_dir / GENERATIONS / name
    if not directory.is_dir():
        raise IndexCorrupt(
            f"{index_dir / CURRENT} names generation {name}, which is not in "
            f"{index_dir / GENERATIONS}; rebuild with `strategy-assistant index`"
        )
    manifest = read_manifest(directory)
    verify_files(directory, manifest)
    model = manifest["model"]
    if model_fingerprint is not None and model["fingerprint"] != model_fingerprint:
        raise ModelMismatch(
            f"index {name} was built with {model['name']} weights {model['fingerprint'][:12]}, "
            f"but the loaded model has weights {model_fingerprint[:12]}; rebuild the index"
        )
    store = read_store(directory)
    bm25 = BM25Index.load(directory / BM25_DIR, len(store.passages))
    dense = DenseIndex.load(directory / VECTORS_FILE)
    counts = {
        "manifest": manifest["passage_count"],
        "store": len(store.passages),
        "bm25": len(bm25),
        "faiss": len(dense),
    }
    if len(set(counts.values())) != 1:
        raise IndexCorrupt(f"generation {name} disagrees on its passage count: {counts}")
    if dense.dim != model["dim"]:
        raise IndexCorrupt(
            f"generation {name} holds {dense.dim}-d vectors, manifest {model['dim']}"
        )
    abbreviations = json.loads((directory / ABBREVIATIONS_FILE).read_text(encoding="utf-8"))
    sentences = _sentences(directory / SENTENCES_FILE, name, len(store.passages), dense.dim)
    sources_file = directory / ABBREVIATION_SOURCES_FILE
    if not sources_file.is_file():
        raise IndexCorrupt(
            f"generation {name} has no {sources_file.name}: it predates per-document acronyms; "
            "rebuild it with `strategy-assistant index`"
        )
    sources = json.loads(sources_file.read_text(encoding="utf-8"))
    return LoadedIndex(
        name,
        manifest,
        store,
        MemoryLexical(bm25, store),
        MemoryVectors(dense, store),
        abbreviations,
        sentences,
        sources,
        read_registers(directory),
    )


def _sentences(path: Path, name: str, passages: int, dim: int) -> SentenceVectors:
    if not path.is_file():
        raise IndexCorrupt(
            f"generation {name} has no {path.name}: it predates sentence vectors; rebuild it "
            "with `strategy-assistant index`"
        )
    sentences = SentenceVectors.load(path)
    if len(sentences.spans) and (
        sentences.vectors.shape[1] != dim or int(sentences.spans[:, 0].max()) >= passages
    ):
        raise IndexCorrupt(f"generation {name}: {path.name} does not fit its {passages} passages")
    return sentences
