"""The settings turned into the pipeline's plain arguments, for the CLI commands and the server."""

from __future__ import annotations

import logging
from pathlib import Path

from answer.generate import Generator
from answer.llm import ChatClient
from index.build import BuildReport, Progress
from index.factory import BackendChoice
from pipeline import runtime
from pipeline.assistant import Assistant
from server.settings import Settings


def backend(settings: Settings, *, index_dir: Path | None = None) -> BackendChoice:
    url = settings.database_url.get_secret_value() if settings.database_url else None
    return BackendChoice(
        settings.backend,
        index_dir or settings.index_dir,
        database_url=url,
        pool_size=settings.database_pool_size,
        tenant=settings.tenant,
    )


def build(
    settings: Settings,
    *,
    corpus_dir: Path | None = None,
    index_dir: Path | None = None,
    progress: Progress | None = None,
) -> BuildReport:
    return runtime.build(
        corpus_dir or settings.corpus_dir,
        index_dir or settings.index_dir,
        embedder=settings.embedder,
        progress=progress,
        backend=backend(settings, index_dir=index_dir),
    )


def index_exists(settings: Settings) -> bool:
    return runtime.index_exists(settings.index_dir)


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
    return runtime.open_assistant(
        settings.index_dir,
        settings.data_dir,
        embedder=settings.embedder,
        query_threads=settings.query_threads,
        conversation_ttl_seconds=settings.conversation_ttl_seconds,
        conversation_max_turns=settings.conversation_max_turns,
        reload_check_seconds=settings.reload_check_seconds,
        llm=make_llm(settings),
        backend=backend(settings),
        query_cache=settings.query_cache,
        warm_sentences=settings.warm_sentences,
    )
