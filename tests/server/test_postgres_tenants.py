"""Conversations and feedback in a database several councils (tenants) share: each tenant's
replicas see their own only."""

from __future__ import annotations

import pytest
from psycopg_pool import ConnectionPool

from index.pg.schema import connect, ensure_schema
from pipeline.conversations import UnknownConversation
from pipeline.pg_conversations import PgConversationStore
from server.feedback import FeedbackIn
from server.feedback_pg import PgFeedbackStore


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
