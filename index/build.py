"""Build or update the index: ingest, embed what the cache lacks, write and publish a generation."""

from __future__ import annotations

import fcntl
import hashlib
import json
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

import index.bm25 as bm25_module
import index.registers as registers_package
import index.tokenize as tokenize_module
import ingest
from index.abbreviations import abbreviation_sources, learn_abbreviations, with_domain
from index.bm25 import BM25Index
from index.cache import EmbeddingCache, VectorCache, embed_with_cache
from index.dense import CONTEXT_WEIGHT, DenseIndex, with_context
from index.embedder import Embedder, Vectors
from index.generation import (
    ABBREVIATION_SOURCES_FILE,
    ABBREVIATIONS_FILE,
    BM25_DIR,
    GENERATIONS,
    VECTORS_FILE,
    current_name,
    publish,
    read_manifest,
    seal,
)
from index.registers.store import build_with_trails, write_registers
from index.sentences import SENTENCES_FILE, SentenceVectors, passage_sentences
from index.store import write_store
from ingest.model import Passage, content_hash
from ingest.pipeline import ingest_corpus
from ingest.profile import CorpusProfile, load_profile

CACHE_FILE = "embeddings.sqlite"
LOCK_FILE = "build.lock"

Progress = Callable[[str, int, int], None]
"""Called as progress(stage, done, total)."""


@dataclass(frozen=True, slots=True)
class BuildReport:
    generation: str
    unchanged: bool
    documents: int
    passages: int
    embedded: int
    seconds: float
    problems: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    """The problems whose file was left out of the index (the others were indexed all the same)."""


def chunker_version() -> str:
    """A hash of the ingest code: passages built by other code are rebuilt, not reused."""
    digest = hashlib.sha256()
    root = Path(ingest.__file__).parent
    for path in sorted(root.rglob("*.py")):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def bm25_version() -> str:
    """A hash of the BM25 tokenisation and scoring code: other terms need another BM25 index."""
    digest = hashlib.sha256()
    for module in (tokenize_module, bm25_module):
        digest.update(Path(str(module.__file__)).read_bytes())
    return digest.hexdigest()[:16]


def registers_version() -> str:
    """A hash of the register extraction code and the trail's fitted weights: other rules or
    weights need the registers built again."""
    digest = hashlib.sha256()
    root = Path(registers_package.__file__).parent
    for path in sorted([*root.glob("*.py"), *root.glob("*.json")]):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def passage_vectors_with_context(
    passages: list[Passage], vectors: Vectors, contexts: list[str]
) -> Vectors:
    """`vectors` holds one row per passage text, then one per distinct context in `contexts`
    order; each passage's stored vector blends its text's row with its context's."""
    n = len(passages)
    row_of = {context: n + i for i, context in enumerate(contexts)}
    context_vectors = np.zeros((n, vectors.shape[1]), dtype=np.float32)
    for i, passage in enumerate(passages):
        if passage.context:
            context_vectors[i] = vectors[row_of[passage.context]]
    return with_context(vectors[:n], context_vectors)


def source_checksums(corpus_dir: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(corpus_dir.iterdir())
        if p.is_file() and not p.name.startswith(".")
    }


@contextmanager
def _build_lock(index_dir: Path, wait_seconds: float = 900.0) -> Iterator[None]:
    """One build at a time per index folder; a second one waits, then finds the work done."""
    deadline = time.monotonic() + wait_seconds
    with (index_dir / LOCK_FILE).open("w") as fh:
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError as exc:
                if time.monotonic() > deadline:
                    raise RuntimeError(
                        f"another build has held {index_dir / LOCK_FILE} for {wait_seconds:.0f}s"
                    ) from exc
                time.sleep(0.5)
        yield


def _up_to_date(index_dir: Path, inputs: dict[str, object]) -> dict[str, object] | None:
    name = current_name(index_dir)
    if name is None:
        return None
    try:
        manifest = read_manifest(index_dir / GENERATIONS / name)
    except Exception:
        return None
    if all(manifest.get(key) == value for key, value in inputs.items()):
        return manifest
    return None


def _stage(progress: Progress | None, stage: str) -> Callable[[int, int], None] | None:
    """`progress` for one stage, as ingest reports it (done, total)."""
    if progress is None:
        return None
    report = progress
    return lambda done, total: report(stage, done, total)


def build_inputs(
    corpus_dir: Path, embedder: Embedder, profile: CorpusProfile | None = None
) -> dict[str, object]:
    """What a generation is built from: the same inputs give the same generation. `profile`:
    the corpus's, when the caller has read it already."""
    profile = profile or load_profile(corpus_dir)
    return {
        "sources": source_checksums(corpus_dir),
        "chunker_version": chunker_version(),
        # Sentence spans come from ingest (chunker_version); this marks generations that have them.
        "sentence_vectors": True,
        # Where each acronym is printed, so expansions follow what a caller may see.
        "abbreviation_sources": True,
        "bm25_version": bm25_version(),
        "registers_version": registers_version(),
        "model": {"name": embedder.name, "fingerprint": embedder.fingerprint, "dim": embedder.dim},
        "context_weight": CONTEXT_WEIGHT,
        "profile": profile.digest,
    }


def embedding_work(passages: list[Passage]) -> tuple[list[str], list[str]]:
    """Every text a build embeds and its cache key: passage texts, their (far fewer) distinct
    contexts and every sentence, in the order build_index lays them out."""
    contexts = sorted({p.context for p in passages if p.context})
    sentences, _ = passage_sentences(passages)
    texts = [p.embed_text for p in passages] + contexts + sentences
    keys = [p.content_hash for p in passages] + [content_hash(t) for t in (*contexts, *sentences)]
    return texts, keys


def current_generation(index_dir: Path, inputs: dict[str, object]) -> str | None:
    """The generation on disk if it was built from `inputs` (build_inputs), else None."""
    return current_name(index_dir) if _up_to_date(index_dir, inputs) is not None else None


def build_index(
    corpus_dir: Path,
    index_dir: Path,
    embedder: Embedder,
    *,
    progress: Progress | None = None,
    force: bool = False,
    shared_cache: VectorCache | None = None,
) -> BuildReport:
    """Publish a generation for the corpus as it is now, reusing everything unchanged;
    embeddings are cached in `shared_cache` if given (the caller closes it), else in a SQLite
    file in `index_dir`."""
    started = time.perf_counter()
    if not (corpus_dir / "manifest.yaml").is_file():
        raise FileNotFoundError(f"{corpus_dir} has no manifest.yaml: is it a corpus folder?")
    index_dir.mkdir(parents=True, exist_ok=True)
    (index_dir / GENERATIONS).mkdir(exist_ok=True)
    # Read once: the generation records the digest of the very profile its passages were cut by.
    profile = load_profile(corpus_dir)
    inputs = build_inputs(corpus_dir, embedder, profile)
    with _build_lock(index_dir):
        current = None if force else _up_to_date(index_dir, inputs)
        if current is not None:
            return BuildReport(
                generation=str(current_name(index_dir)),
                unchanged=True,
                documents=int(current["document_count"]),  # type: ignore[call-overload]
                passages=int(current["passage_count"]),  # type: ignore[call-overload]
                embedded=0,
                seconds=time.perf_counter() - started,
                problems=list(current.get("problems", [])),  # type: ignore[call-overload]
                # A generation sealed before skips were told apart counts every problem as one.
                skipped=list(current.get("skipped", current.get("problems", []))),  # type: ignore[call-overload]
            )
        corpus = ingest_corpus(corpus_dir, progress=_stage(progress, "read"), profile=profile)
        problems = [f"{p.source}: {p.reason}" for p in corpus.problems]
        skipped = [f"{p.source}: {p.reason}" for p in corpus.problems if p.skipped]
        hashes = [p.content_hash for p in corpus.passages]
        contexts = sorted({p.context for p in corpus.passages if p.context})
        _, sentence_spans = passage_sentences(corpus.passages)
        texts, keys = embedding_work(corpus.passages)
        cache = EmbeddingCache(index_dir / CACHE_FILE) if shared_cache is None else shared_cache
        try:
            done = 0

            def step(n: int) -> None:
                nonlocal done
                done += n
                if progress:
                    progress("embed", done, len(texts))

            vectors, embedded = embed_with_cache(embedder, cache, texts, keys, progress=step)
        finally:
            if shared_cache is None:
                cache.close()
        first_sentence = len(hashes) + len(contexts)
        passage_vectors = passage_vectors_with_context(
            corpus.passages, vectors[:first_sentence], contexts
        )

        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
        name = f"{stamp}-{hashlib.sha256(''.join(hashes).encode()).hexdigest()[:8]}"
        directory = index_dir / GENERATIONS / name
        directory.mkdir()
        write_store(directory, corpus.documents, corpus.passages)
        documents = {d.id: d for d in corpus.documents}
        sentence_vectors = SentenceVectors(vectors[first_sentence:], sentence_spans)
        write_registers(directory, build_with_trails(documents, corpus.passages, sentence_vectors))
        BM25Index.build([p.index_text for p in corpus.passages]).save(directory / BM25_DIR)
        DenseIndex.build(passage_vectors).save(directory / VECTORS_FILE)
        sentence_vectors.save(directory / SENTENCES_FILE)
        texts = [p.text for p in corpus.passages]
        learned = learn_abbreviations(texts)
        abbreviations = with_domain(learned, texts, profile.abbreviations)
        (directory / ABBREVIATIONS_FILE).write_text(
            json.dumps(abbreviations, indent=1, ensure_ascii=False), encoding="utf-8"
        )
        by_document: dict[str, list[str]] = {}
        for passage in corpus.passages:
            by_document.setdefault(passage.document_id, []).append(passage.text)
        sources = abbreviation_sources(
            abbreviations, {d: " ".join(t) for d, t in by_document.items()}, learned
        )
        (directory / ABBREVIATION_SOURCES_FILE).write_text(
            json.dumps(sources, indent=1, ensure_ascii=False), encoding="utf-8"
        )
        seal(
            directory,
            {
                **inputs,
                "generation": name,
                "created": datetime.now(UTC).isoformat(),
                "document_count": len(corpus.documents),
                "passage_count": len(corpus.passages),
                # What the answer layer reads of the corpus profile (answer.boilerplate).
                "conventions": profile.answer_conventions(),
                "problems": problems,
                "skipped": skipped,
            },
        )
        publish(index_dir, name)
        if progress:
            progress("publish", 1, 1)
        return BuildReport(
            generation=name,
            unchanged=False,
            documents=len(corpus.documents),
            passages=len(corpus.passages),
            embedded=embedded,
            seconds=time.perf_counter() - started,
            problems=problems,
            skipped=skipped,
        )
