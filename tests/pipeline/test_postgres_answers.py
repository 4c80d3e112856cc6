"""The assistant answers every gold question of the shipped corpus the same over PostgreSQL as
in-process: same text, same refusals, same cited passages (the eval gate's inputs)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from index.embedder import Embedder
from index.factory import BackendChoice, open_source, publish_built
from index.pg.local import LocalPostgres
from index.pg.source import PostgresSource
from pipeline.assistant import Assistant
from pipeline.pg_conversations import PgConversationStore
from tests.postgres import fresh_database

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

GOLD = Path(__file__).resolve().parents[2] / "evals" / "gold.yaml"


@pytest.fixture(scope="module")
def postgres_assistant(
    real_index_dir: Path, postgres_server: LocalPostgres, embedder: Embedder
) -> Iterator[Assistant]:
    with fresh_database(postgres_server) as url:
        choice = BackendChoice("postgres", real_index_dir, database_url=url)
        publish_built(choice)
        source = open_source(choice)
        assert isinstance(source, PostgresSource)
        conversations = PgConversationStore(source.pool, ttl_seconds=3600, max_turns=20)
        assistant = Assistant(source=source, embedder=embedder, conversations=conversations)
        try:
            yield assistant
        finally:
            assistant.close()


def test_every_gold_question_is_answered_the_same_over_postgres(
    real_assistant: Assistant, postgres_assistant: Assistant
) -> None:
    data = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    items = data if isinstance(data, list) else data["questions"]
    differing = []
    for item in items:
        a, b = (x.ask(str(item["question"])).answer for x in (real_assistant, postgres_assistant))
        cited_a = [c.passage.id for c in a.citations]
        cited_b = [c.passage.id for c in b.citations]
        if (a.text, a.refused, cited_a) != (b.text, b.refused, cited_b):
            differing.append(item["question"])
    assert len(items) > 150
    assert differing == []
