"""Conversations and feedback in a database several councils (tenants) share: each tenant's
replicas see their own only."""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path

import httpx
import pytest
from psycopg_pool import ConnectionPool

import pipeline.runtime as pipeline_runtime
from index.build import build_index
from index.factory import publish_built
from index.pg.schema import connect, ensure_schema
from pipeline.conversations import UnknownConversation
from pipeline.pg_conversations import PgConversationStore
from server import runtime
from server.app import create_app
from server.feedback import FeedbackIn
from server.feedback_pg import PgFeedbackStore
from server.settings import Settings
from tests.fakes import FakeEmbedder
from tests.server.live import serve
from tests.server.restricted import write_corpus


@pytest.mark.postgres
def test_feedback_and_conversations_stay_with_their_tenant(database_url: str) -> None:
    with connect(database_url) as conn:
        ensure_schema(conn)
    stores = {t: PgFeedbackStore(database_url, tenant=t) for t in ("", "one", "two")}
    pool = ConnectionPool(database_url, min_size=1, max_size=2, open=True)
    try:
        for tenant in ("one", "two"):
            body = {"rating": "up", "question": f"asked of {tenant}", "answer": "An answer."}
            stores[tenant].add(FeedbackIn.model_validate(body), generation="g")
        assert [r["question"] for r in stores["one"].rows()] == ["asked of one"]
        assert [r["question"] for r in stores["two"].rows()] == ["asked of two"]
        assert stores[""].rows() == []
        assert "tenant" not in stores["one"].rows()[0]
        one, two = (
            PgConversationStore(pool, ttl_seconds=600, max_turns=5, tenant=t)
            for t in ("one", "two")
        )
        one.add("c1", "caller", "q", "rewritten q", "a")
        assert one.previous_questions("c1", "caller") == ["rewritten q"]
        # The same id and caller at another council's replica is no conversation there.
        with pytest.raises(UnknownConversation):
            two.previous_questions("c1", "caller")
    finally:
        pool.close()
        for store in stores.values():
            store.close()


def _tenant_settings(root: Path, url: str, tenant: str) -> Settings:
    return Settings(
        index_dir=root / "index",
        data_dir=root / "data",
        audit_log="off",
        rate_limit_per_minute=0,
        backend="postgres",
        database_url=url,  # type: ignore[arg-type]
        tenant=tenant,
    )


@pytest.mark.postgres
def test_two_councils_served_from_one_database_see_only_their_own(
    tmp_path: Path, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline_runtime, "make_embedder", lambda *_, **__: FakeEmbedder())
    texts = {
        "one": "Open plan\n\n1 Heat\n\nWe will fit heat pumps in every library.\n",
        "two": "Open plan\n\n1 Trams\n\nWe will extend the tram line to the hospital.\n",
    }
    settings = {}
    for tenant, text in texts.items():
        root = tmp_path / tenant
        build_index(write_corpus(root / "corpus", open_text=text), root / "index", FakeEmbedder())
        settings[tenant] = _tenant_settings(root, database_url, tenant)
        publish_built(runtime.backend(settings[tenant]))
    assistants = {t: runtime.make_assistant(s) for t, s in settings.items()}
    with ExitStack() as stack:
        bases = {
            t: stack.enter_context(serve(create_app(settings[t], assistant=a)))
            for t, a in assistants.items()
        }
        try:
            for tenant, other in (("one", "two"), ("two", "one")):
                own = texts[tenant].split("\n")[-2]
                for query, expected in ((own, True), (texts[other].split("\n")[-2], False)):
                    found = httpx.post(
                        f"{bases[tenant]}/v1/search", json={"query": query}, timeout=30
                    )
                    assert found.status_code == 200, found.text
                    hits = [r["text"] for r in found.json()["results"]]
                    assert any(query in h for h in hits) is expected
                body = {"rating": "up", "question": f"asked of {tenant}", "answer": "An answer."}
                sent = httpx.post(f"{bases[tenant]}/v1/feedback", json=body, timeout=30)
                assert sent.status_code == 201, sent.text
            begun = httpx.post(
                f"{bases['one']}/v1/ask", json={"question": "what about heat pumps?"}, timeout=30
            )
            assert begun.status_code == 200, begun.text
            followed = httpx.post(
                f"{bases['two']}/v1/ask",
                json={"question": "and when?", "conversation_id": begun.json()["conversation_id"]},
                timeout=30,
            )
            assert followed.status_code == 404, followed.text
        finally:
            for assistant in assistants.values():
                assistant.close()
    for tenant in texts:
        store = PgFeedbackStore(database_url, tenant=tenant)
        try:
            assert [r["question"] for r in store.rows()] == [f"asked of {tenant}"]
        finally:
            store.close()
