"""Process set-up from plain arguments: threads, the embedder, building and opening an index.

The server and CLI adapt their settings to these calls; evals and bench call them directly, so
neither needs the HTTP layer to run the assistant.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Literal

from answer.generate import Generator
from index.build import BuildReport, Progress, build_index
from index.embedder import Embedder, MiniLMEmbedder
from index.factory import BackendChoice, open_source, publish_built
from index.generation import current_name
from index.onnx_embedder import OnnxMiniLMEmbedder
from index.pg.source import PostgresSource
from pipeline.assistant import Assistant
from pipeline.conversations import Conversations, ConversationStore
from pipeline.pg_conversations import PgConversationStore
from retrieval.config import QUERY_CACHE, SearchConfig

CONVERSATIONS_FILE = "conversations.sqlite"
EmbedderKind = Literal["onnx", "torch"]


def pin_threads(n: int) -> None:
    """One query at a time is fastest on one BLAS/torch thread here (bench/ measures it)."""
    import torch

    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ.setdefault(var, str(n))
    torch.set_num_threads(n)
    try:
        import faiss

        faiss.omp_set_num_threads(n)
    except (ImportError, AttributeError):
        logging.getLogger(__name__).debug("faiss thread count left as is")


def make_embedder(kind: EmbedderKind, *, threads: int) -> Embedder:
    """The named embedder; index and queries must use the same one (the manifest checks)."""
    if kind == "torch":
        return MiniLMEmbedder()
    return OnnxMiniLMEmbedder(threads=threads)


def build(
    corpus_dir: Path,
    index_dir: Path,
    *,
    embedder: EmbedderKind,
    progress: Progress | None = None,
    backend: BackendChoice | None = None,
) -> BuildReport:
    """Build or update the generation on disk, then publish it to the backend. With
    PostgreSQL, builds started on several machines at once share the work (one publishes)."""
    model = make_embedder(embedder, threads=os.cpu_count() or 1)
    if backend is not None and backend.kind == "postgres":
        from index.pg.shared_build import shared_build

        return shared_build(
            corpus_dir,
            index_dir,
            model,
            str(backend.database_url),
            progress=progress,
            tenant=backend.tenant,
        )
    report = build_index(corpus_dir, index_dir, model, progress=progress)
    if backend is not None:
        publish_built(backend)
    return report


def index_exists(index_dir: Path) -> bool:
    return current_name(index_dir) is not None


def open_assistant(
    index_dir: Path,
    data_dir: Path,
    *,
    embedder: EmbedderKind,
    query_threads: int,
    conversation_ttl_seconds: int = 3600,
    conversation_max_turns: int = 20,
    reload_check_seconds: float = 2.0,
    llm: Generator | None = None,
    backend: BackendChoice | None = None,
    query_cache: int = QUERY_CACHE,
    warm_sentences: int = 0,
) -> Assistant:
    """The assistant over `backend` (default: the generations in `index_dir`); with PostgreSQL
    its conversations are kept in the same database, so any replica continues them.
    `query_cache`: how many query vectors the search remembers (0: none); `warm_sentences`:
    how many sentences the answer layer scores ahead of the first question (answer.warm; 0:
    none, as for tools and tests that open an assistant briefly)."""
    pin_threads(query_threads)
    source = open_source(backend or BackendChoice("memory", index_dir))
    conversations: Conversations
    if isinstance(source, PostgresSource):
        conversations = PgConversationStore(
            source.pool,
            ttl_seconds=conversation_ttl_seconds,
            max_turns=conversation_max_turns,
            tenant=source.tenant,
        )
    else:
        conversations = ConversationStore(
            data_dir / CONVERSATIONS_FILE,
            ttl_seconds=conversation_ttl_seconds,
            max_turns=conversation_max_turns,
        )
    return Assistant(
        source=source,
        embedder=make_embedder(embedder, threads=query_threads),
        conversations=conversations,
        reload_check_seconds=reload_check_seconds,
        llm=llm,
        search_config=SearchConfig(query_cache=query_cache),
        warm_sentences=warm_sentences,
    )
