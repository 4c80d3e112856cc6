"""Several `strategy-assistant index` workers sharing one build through the database.

Embedding is what costs in a build (every passage and sentence through the model); the rest
(BM25, the vector file, the registers) takes seconds. So the workers share the embedding:

- a build is named by a hash of its inputs (index.build.build_inputs), so workers given the
  same corpus, code and model join the same build, and one already published is not redone;
- the first worker to arrive cuts the texts the shared cache (index.pg.cache) lacks into
  batches in `build_batches`;
- every worker claims open batches one at a time (SELECT ... FOR UPDATE SKIP LOCKED), embeds
  them, and stores the vectors and the batch's mark as done in one transaction; a batch claimed
  longer than the lease ago (its worker died) is claimed again;
- once every batch is done, the worker holding the build's advisory lock builds the generation
  from the complete cache (embedding nothing) and publishes it; the others wait for the lock,
  then find the build published and report its generation.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import psycopg
from psycopg.rows import TupleRow

from index.build import (
    BuildReport,
    Progress,
    build_index,
    build_inputs,
    current_generation,
    embedding_work,
)
from index.embedder import Embedder
from index.generation import GENERATIONS
from index.pg.cache import PgEmbeddingCache
from index.pg.publish import publish_directory
from index.pg.schema import connect, ensure_schema
from ingest.pipeline import ingest_corpus

Connection = psycopg.Connection[TupleRow]


@dataclass(frozen=True, slots=True)
class SharedBuildConfig:
    batch_size: int = 256
    """Texts per claimed batch: one embedder call, committed with its vectors."""
    lease_seconds: float = 600.0
    """A batch claimed this long ago and not done is taken to be abandoned and claimed again."""
    poll_seconds: float = 0.5
    wait_seconds: float = 3600.0
    """Longest wait for the other workers' batches and for the publisher."""

    def __post_init__(self) -> None:
        if self.batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {self.batch_size}")
        if not 0 < self.poll_seconds <= self.lease_seconds <= self.wait_seconds:
            raise ValueError("need 0 < poll_seconds <= lease_seconds <= wait_seconds")


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def build_key(inputs: dict[str, object]) -> str:
    return hashlib.sha256(json.dumps(inputs, sort_keys=True).encode()).hexdigest()[:32]


def shared_build(
    corpus_dir: Path,
    index_dir: Path,
    embedder: Embedder,
    url: str,
    *,
    config: SharedBuildConfig | None = None,
    worker: str | None = None,
    progress: Progress | None = None,
    tenant: str = "",
) -> BuildReport:
    """Take part in the build of `corpus_dir` for `tenant`; the report counts this worker's own
    embedding."""
    settings = config or SharedBuildConfig()
    me = worker or worker_name()
    started = time.perf_counter()
    inputs = build_inputs(corpus_dir, embedder)
    # Two tenants building the same corpus each publish their own generation.
    build = build_key({**inputs, "tenant": tenant} if tenant else inputs)
    with connect(url) as conn:
        conn.autocommit = True
        ensure_schema(conn)
        done = _published(conn, build)
        if done is not None:
            return _report(done, unchanged=True, embedded=0, started=started)
        cache = PgEmbeddingCache(conn)
        embedded = 0
        # A generation already built from these inputs on this machine only needs publishing.
        if current_generation(index_dir, inputs) is None:
            embedded = _share_embedding(conn, corpus_dir, build, embedder, cache, settings, me)
        conn.execute(
            "SELECT set_config('lock_timeout', %s, false)",
            (f"{int(settings.wait_seconds * 1000)}ms",),
        )
        conn.execute("SELECT pg_advisory_lock(hashtextextended(%s, 0))", (build,))
        try:
            done = _published(conn, build)
            if done is not None:
                return _report(done, unchanged=False, embedded=embedded, started=started)
            report = build_index(
                corpus_dir, index_dir, embedder, progress=progress, shared_cache=cache
            )
            name = publish_directory(
                conn, index_dir / GENERATIONS / report.generation, tenant=tenant
            )
            with conn.transaction():
                conn.execute(
                    "INSERT INTO build_publishes (build, worker, generation) VALUES (%s, %s, %s)"
                    " ON CONFLICT (build) DO UPDATE SET worker = EXCLUDED.worker,"
                    " generation = EXCLUDED.generation, at = now()",
                    (build, me, name),
                )
                conn.execute("DELETE FROM build_batches WHERE build = %s", (build,))
        finally:
            conn.execute("SELECT pg_advisory_unlock(hashtextextended(%s, 0))", (build,))
    return replace(
        report, embedded=embedded + report.embedded, seconds=time.perf_counter() - started
    )


def _report(
    manifest: dict[str, Any], *, unchanged: bool, embedded: int, started: float
) -> BuildReport:
    """The report of a worker that did not publish, from the published generation's manifest."""
    return BuildReport(
        generation=str(manifest["generation"]),
        unchanged=unchanged,
        documents=int(manifest["document_count"]),
        passages=int(manifest["passage_count"]),
        embedded=embedded,
        seconds=time.perf_counter() - started,
        problems=list(manifest.get("problems", [])),
        skipped=list(manifest.get("skipped", [])),
    )


def _published(conn: Connection, build: str) -> dict[str, Any] | None:
    """The manifest of the generation this build published, if that is the one served."""
    row = conn.execute(
        "SELECT g.manifest FROM build_publishes p JOIN generations g ON g.name = p.generation"
        " JOIN serving s ON s.generation_id = g.id WHERE p.build = %s",
        (build,),
    ).fetchone()
    return None if row is None else dict(row[0])


def _share_embedding(
    conn: Connection,
    corpus_dir: Path,
    build: str,
    embedder: Embedder,
    cache: PgEmbeddingCache,
    config: SharedBuildConfig,
    worker: str,
) -> int:
    """Embed this worker's share of what the cache lacks; how many texts it embedded."""
    texts, keys = embedding_work(ingest_corpus(corpus_dir).passages)
    text_of = dict(zip(keys, texts, strict=True))
    known = cache.get_many(embedder.fingerprint, keys, embedder.dim)
    missing = sorted((k for k in text_of if k not in known), key=lambda k: len(text_of[k]))
    _plan(conn, build, missing, config.batch_size)
    return _embed_share(conn, build, text_of, embedder, cache, config, worker)


def _plan(conn: Connection, build: str, missing: list[str], size: int) -> None:
    """Cut the missing texts into batches, once per build: later workers find them made."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 1))", (build,))
        if conn.execute("SELECT 1 FROM build_batches WHERE build = %s", (build,)).fetchone():
            return
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO build_batches (build, batch, hashes) VALUES (%s, %s, %s)",
                [
                    (build, number, missing[start : start + size])
                    for number, start in enumerate(range(0, len(missing), size))
                ],
            )


def _claim(conn: Connection, build: str, worker: str, lease: float) -> tuple[int, list[str]] | None:
    with conn.transaction():
        row = conn.execute(
            "SELECT batch, hashes FROM build_batches WHERE build = %s AND NOT done"
            " AND (claimed_at IS NULL OR claimed_at < now() - make_interval(secs => %s))"
            " ORDER BY batch LIMIT 1 FOR UPDATE SKIP LOCKED",
            (build, lease),
        ).fetchone()
        if row is None:
            return None
        conn.execute(
            "UPDATE build_batches SET claimed_by = %s, claimed_at = now()"
            " WHERE build = %s AND batch = %s",
            (worker, build, row[0]),
        )
    return int(row[0]), [str(h) for h in row[1]]


def _embed_share(
    conn: Connection,
    build: str,
    text_of: dict[str, str],
    embedder: Embedder,
    cache: PgEmbeddingCache,
    config: SharedBuildConfig,
    worker: str,
) -> int:
    """Embed open batches until none is left, then wait for the others' (bounded)."""
    embedded = 0
    deadline = time.monotonic() + config.wait_seconds
    while time.monotonic() < deadline:
        claimed = _claim(conn, build, worker, config.lease_seconds)
        if claimed is None:
            left = conn.execute(
                "SELECT count(*) FROM build_batches WHERE build = %s AND NOT done", (build,)
            ).fetchone()
            if left is None or left[0] == 0:
                return embedded
            time.sleep(config.poll_seconds)
            continue
        batch, hashes = claimed
        vectors = embedder.embed([text_of[h] for h in hashes])
        with conn.transaction():
            cache.put_many_in_transaction(
                embedder.fingerprint, dict(zip(hashes, vectors, strict=True))
            )
            conn.execute(
                "UPDATE build_batches SET done = true WHERE build = %s AND batch = %s",
                (build, batch),
            )
        embedded += len(hashes)
    raise TimeoutError(
        f"the other workers' batches of build {build} were not done after {config.wait_seconds:g} s"
    )
