"""Replicas sharing one PostgreSQL: conversations and feedback shared, generations switched
together, the database's outage a 503 that heals without a restart. Real servers throughout:
two apps on two ports, one PostgreSQL (tests/postgres.py); killing one is done to a real
`serve` process."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import httpx
import psycopg
import pytest

from bench.served import free_port
from index.build import build_index
from index.factory import BackendChoice, open_source, publish_built
from index.pg.local import LocalPostgres
from index.pg.source import PostgresSource
from pipeline.assistant import Assistant
from pipeline.pg_conversations import PgConversationStore
from server.app import create_app
from server.feedback_pg import PgFeedbackStore
from server.settings import Settings
from tests.fakes import FakeEmbedder
from tests.server.live import serve
from tests.server.restricted import BOARD_SECRET, write_corpus

pytestmark = pytest.mark.postgres

QUESTION = "Who will recruit staff for the depot teams?"


def _publish(root: Path, url: str, open_text: str | None = None) -> str:
    build_index(write_corpus(root / "corpus", open_text=open_text), root / "index", FakeEmbedder())
    name = publish_built(BackendChoice("postgres", root / "index", database_url=url))
    assert name is not None
    return name


def _replica(root: Path, url: str) -> Assistant:
    source = open_source(BackendChoice("postgres", root / "index", database_url=url))
    assert isinstance(source, PostgresSource)
    conversations = PgConversationStore(source.pool, ttl_seconds=3600, max_turns=20)
    return Assistant(
        source=source,
        embedder=FakeEmbedder(),
        conversations=conversations,
        reload_check_seconds=0.05,
    )


@contextmanager
def _replicas(root: Path, url: str, n: int = 2) -> Iterator[tuple[list[str], list[Assistant]]]:
    settings = Settings(
        data_dir=root / "data",
        audit_log="off",
        rate_limit_per_minute=0,
        backend="postgres",
        database_url=url,  # type: ignore[arg-type]
    )
    assistants = [_replica(root, url) for _ in range(n)]
    with ExitStack() as stack:
        bases = [stack.enter_context(serve(create_app(settings, assistant=a))) for a in assistants]
        try:
            yield bases, assistants
        finally:
            for assistant in assistants:
                assistant.close()


def test_a_conversation_begun_on_one_replica_continues_on_the_other(
    tmp_path: Path, database_url: str
) -> None:
    _publish(tmp_path, database_url)
    with _replicas(tmp_path, database_url) as ((first, second), _):
        begun = httpx.post(f"{first}/v1/ask", json={"question": QUESTION}, timeout=30)
        assert begun.status_code == 200, begun.text
        conversation = begun.json()["conversation_id"]
        followed = httpx.post(
            f"{second}/v1/ask",
            json={"question": "and who leads them?", "conversation_id": conversation},
            timeout=30,
        )
        assert followed.status_code == 200, followed.text
        assert followed.json()["conversation_id"] == conversation
    with psycopg.connect(database_url) as conn:
        turns = conn.execute(
            "SELECT count(*) FROM conversation_turns WHERE conversation = %s", (conversation,)
        ).fetchone()
    assert turns == (2,)


def test_feedback_from_both_replicas_lands_in_one_table(tmp_path: Path, database_url: str) -> None:
    _publish(tmp_path, database_url)
    with _replicas(tmp_path, database_url) as (bases, _):
        for base, rating in zip(bases, ("up", "down"), strict=True):
            body = {"rating": rating, "question": QUESTION, "answer": "The depot teams."}
            sent = httpx.post(f"{base}/v1/feedback", json=body, timeout=30)
            assert sent.status_code == 201, sent.text
    store = PgFeedbackStore(database_url)
    try:
        rows = store.rows()
    finally:
        store.close()
    assert [row["rating"] for row in rows] == ["up", "down"]
    assert all(row["question"] == QUESTION and row["generation"] for row in rows)


def test_a_document_restricted_to_a_group_is_filtered_out_inside_the_database(
    tmp_path: Path, database_url: str
) -> None:
    _publish(tmp_path, database_url)
    with _replicas(tmp_path, database_url, n=1) as ((base,), _):
        for mode in ("bm25", "dense", "hybrid"):
            found = httpx.post(
                f"{base}/v1/search", json={"query": BOARD_SECRET, "mode": mode}, timeout=30
            )
            assert found.status_code == 200, found.text
            ids = {r["document_id"] for r in found.json()["results"]}
            assert "board-minutes" not in ids, mode


def test_a_generation_published_under_load_is_served_by_both_replicas_with_no_failure(
    tmp_path: Path, database_url: str
) -> None:
    _publish(tmp_path, database_url)
    failures: list[str] = []
    done = [0]
    stop = threading.Event()

    def load(base: str) -> None:
        with httpx.Client(base_url=base, timeout=30) as http:
            while not stop.is_set():
                response = http.post("/v1/ask", json={"question": QUESTION})
                done[0] += 1
                if response.status_code != 200:
                    failures.append(f"{base}: {response.status_code} {response.text[:200]}")

    with _replicas(tmp_path, database_url) as (bases, assistants):
        clients = [threading.Thread(target=load, args=(b,)) for b in bases for _ in range(2)]
        for client in clients:
            client.start()
        try:
            for n in range(3):
                text = f"Open plan\n\n1 Depots\n\nWe will keep depot number {n} open.\n\n"
                text += "2 Staffing\n\nWe will recruit staff for the depot teams.\n"
                last = _publish(tmp_path, database_url, open_text=text)
                stop.wait(0.5)
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and any(a.generation != last for a in assistants):
                stop.wait(0.1)
        finally:
            stop.set()
            for client in clients:
                client.join(timeout=30)
        served = {httpx.get(f"{b}/readyz", timeout=10).json()["generation"] for b in bases}
    assert failures == []
    assert done[0] > 20
    assert served == {last}


def test_a_stopped_database_is_503_unavailable_and_not_ready_until_it_returns(
    tmp_path: Path, database_url: str, postgres_server: LocalPostgres
) -> None:
    _publish(tmp_path, database_url)
    statuses: list[tuple[int, str]] = []
    stop = threading.Event()

    def load(base: str) -> None:
        with httpx.Client(base_url=base, timeout=30) as http:
            while not stop.is_set():
                response = http.post("/v1/search", json={"query": "depot staff", "k": 3})
                code = response.json()["error"]["code"] if response.status_code != 200 else ""
                statuses.append((response.status_code, code))

    with _replicas(tmp_path, database_url, n=1) as ((base,), _):
        client = threading.Thread(target=load, args=(base,))
        client.start()
        try:
            stop.wait(0.5)
            postgres_server.stop()
            stop.wait(0.5)
            down = httpx.post(f"{base}/v1/search", json={"query": "depot staff"}, timeout=30)
            ready = httpx.get(f"{base}/readyz", timeout=30)
            postgres_server.start()
            deadline = time.monotonic() + 30
            while httpx.get(f"{base}/readyz", timeout=30).status_code != 200:
                assert time.monotonic() < deadline, "the replica did not become ready again"
                stop.wait(0.2)
            again = httpx.post(f"{base}/v1/search", json={"query": "depot staff"}, timeout=30)
        finally:
            stop.set()
            client.join(timeout=30)
    assert down.status_code == 503 and down.json()["error"]["code"] == "unavailable"
    assert ready.status_code == 503
    assert again.status_code == 200 and again.json()["results"]
    assert {s for s, _ in statuses} <= {200, 503}
    assert {c for s, c in statuses if s == 503} <= {"unavailable"}


def _start(index_dir: Path, data_dir: Path, url: str) -> tuple[subprocess.Popen[bytes], str]:
    """A replica in its own process, as deployed: `strategy-assistant serve` on a free port."""
    port = free_port()
    env = {
        **os.environ,
        "SA_BACKEND": "postgres",
        "SA_DATABASE_URL": url,
        "SA_INDEX_DIR": str(index_dir),
        "SA_DATA_DIR": str(data_dir),
        "SA_PORT": str(port),
        "SA_AUDIT_LOG": "off",
        "SA_RATE_LIMIT_PER_MINUTE": "0",
    }
    data_dir.mkdir(parents=True, exist_ok=True)
    with (data_dir / "server.log").open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "server.cli", "serve"], env=env, stdout=log, stderr=log
        )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        assert process.poll() is None, f"the replica exited; see {data_dir / 'server.log'}"
        assert time.monotonic() < deadline, "the replica did not become ready"
        try:
            if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                return process, base
        except httpx.TransportError:
            pass
        time.sleep(0.2)


@pytest.mark.slow
def test_a_replica_killed_under_load_leaves_the_other_answering_without_error(
    real_index_dir: Path, tmp_path: Path, database_url: str
) -> None:
    first, first_base = _start(real_index_dir, tmp_path / "a", database_url)
    second, second_base = _start(real_index_dir, tmp_path / "b", database_url)
    failures: list[str] = []
    answered = [0]
    stop = threading.Event()

    def load() -> None:
        with httpx.Client(base_url=second_base, timeout=30) as http:
            while not stop.is_set():
                response = http.post("/v1/ask", json={"question": QUESTION})
                answered[0] += 1
                if response.status_code != 200:
                    failures.append(f"{response.status_code} {response.text[:200]}")

    clients = [threading.Thread(target=load) for _ in range(2)]
    try:
        for client in clients:
            client.start()
        stop.wait(1.0)
        first.kill()
        first.wait(timeout=30)
        with pytest.raises(httpx.TransportError):
            httpx.get(f"{first_base}/readyz", timeout=5)
        stop.wait(2.0)
    finally:
        stop.set()
        for client in clients:
            client.join(timeout=30)
        for process in (first, second):
            if process.poll() is None:
                process.terminate()
                process.wait(timeout=30)
    assert failures == []
    assert answered[0] > 10
