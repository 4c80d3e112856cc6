"""Process set-up shared by the CLI commands and the server: threads, model, assistant."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from answer.generate import Generator
from answer.llm import ChatClient
from index.build import BuildReport, Progress, build_index
from index.embedder import Embedder, MiniLMEmbedder
from index.generation import current_name
from index.onnx_embedder import OnnxMiniLMEmbedder
from server.conversations import ConversationStore
from server.service import Assistant
from server.settings import Settings

CONVERSATIONS_FILE = "conversations.sqlite"


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


def make_embedder(settings: Settings, *, threads: int) -> Embedder:
    """The configured embedder; index and queries must use the same one (the manifest checks)."""
    if settings.embedder == "torch":
        return MiniLMEmbedder()
    return OnnxMiniLMEmbedder(threads=threads)


def build(
    settings: Settings,
    *,
    corpus_dir: Path | None = None,
    index_dir: Path | None = None,
    progress: Progress | None = None,
) -> BuildReport:
    embedder = make_embedder(settings, threads=os.cpu_count() or 1)
    return build_index(
        corpus_dir or settings.corpus_dir,
        index_dir or settings.index_dir,
        embedder,
        progress=progress,
    )


def index_exists(settings: Settings) -> bool:
    return current_name(settings.index_dir) is not None


def make_llm(settings: Settings) -> Generator | None:
    """The optional language model behind SA_LLM_URL, or None: extractive answers only."""
    if settings.llm_url is None:
        return None
    client = ChatClient(
        url=settings.llm_url,
        model=settings.llm_model,
        api_key=settings.llm_api_key,
        timeout_seconds=settings.llm_timeout_seconds,
    )
    logging.getLogger(__name__).info("answers are worded by the language model at %s", client.url)
    return Generator(model=client)


def make_assistant(settings: Settings) -> Assistant:
    pin_threads(settings.query_threads)
    embedder = make_embedder(settings, threads=settings.query_threads)
    conversations = ConversationStore(
        settings.data_dir / CONVERSATIONS_FILE,
        ttl_seconds=settings.conversation_ttl_seconds,
        max_turns=settings.conversation_max_turns,
    )
    return Assistant(
        index_dir=settings.index_dir,
        embedder=embedder,
        conversations=conversations,
        reload_check_seconds=settings.reload_check_seconds,
        llm=make_llm(settings),
    )
