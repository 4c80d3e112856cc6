"""Insights for administrators: counts week by week, questions grouped by meaning, refusals
and feedback; question text only when switched on and gone after the retention period; only
an admin-scope key or a proxy user in SA_ADMIN_GROUPS may read them."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import numpy as np
import pytest
from fastapi.testclient import TestClient

from pipeline.assistant import Assistant
from server.app import create_app
from server.auth import key_hash
from server.insights import group_by_meaning, week_of, weekly, weeks_back, weeks_csv
from server.question_log import DAY_SECONDS, Asked, QuestionLog
from server.settings import ApiKey, Settings
from tests.server.restricted import restricted_assistant
from tests.server.test_auth import KEYS, QUIET, WIDGET_KEY, bearer, client

ADMIN_KEY = "admin-key-0123456789"
ADMIN = ApiKey(name="admin", sha256=key_hash(ADMIN_KEY), scope="admin")
ALL_KEY = "all-key-0123456789"
ALL = ApiKey(name="all", sha256=key_hash(ALL_KEY), scope="all")
MONDAY = dt.datetime(2026, 11, 30, 9, tzinfo=dt.UTC).timestamp()


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return restricted_assistant(tmp_path_factory.mktemp("insights"))


def test_weeks_are_iso_weeks_and_empty_weeks_are_counted_as_zero() -> None:
    assert week_of(MONDAY) == "2026-W49"
    weeks = weeks_back(MONDAY, 3)
    assert weeks == ["2026-W47", "2026-W48", "2026-W49"]
    asked = [Asked(MONDAY, False, None), Asked(MONDAY + 60, True, "q")]
    feedback = [{"at": MONDAY, "rating": "up"}, {"at": MONDAY - 7 * DAY_SECONDS, "rating": "down"}]
    rows = weekly(asked, feedback, weeks)
    assert [(w.week, w.asked, w.refused, w.helpful, w.not_helpful) for w in rows] == [
        ("2026-W47", 0, 0, 0, 0),
        ("2026-W48", 0, 0, 0, 1),
        ("2026-W49", 2, 1, 1, 0),
    ]
    assert weeks_csv(rows).splitlines() == [
        "week,asked,refused,helpful,not_helpful",
        "2026-W47,0,0,0,0",
        "2026-W48,0,0,0,1",
        "2026-W49,2,1,1,0",
    ]


def test_questions_that_mean_the_same_are_one_group_named_by_its_commonest_wording() -> None:
    questions = ["when do bins go out?", "bin day?", "bin day?", "who chairs the board?"]
    vectors = np.array([[1, 0], [0.95, 0.31], [0.95, 0.31], [0, 1]], dtype=np.float32)
    groups = group_by_meaning(questions, vectors, threshold=0.9)
    assert [(g.question, g.count) for g in groups] == [
        ("bin day?", 3),
        ("who chairs the board?", 1),
    ]
    assert set(groups[0].wordings) == {"when do bins go out?", "bin day?"}


def test_question_text_is_kept_only_when_switched_on(tmp_path: Path) -> None:
    off = QuestionLog(tmp_path / "off.sqlite", keep_text=False, retention_days=30)
    off.add("what is the depot budget?", refused=True, now=MONDAY)
    assert off.since(0, now=MONDAY) == [Asked(MONDAY, True, None)]


def test_question_text_is_deleted_after_the_retention_period_and_the_count_stays(
    tmp_path: Path,
) -> None:
    log = QuestionLog(tmp_path / "on.sqlite", keep_text=True, retention_days=2)
    log.add("old question", refused=False, now=MONDAY)
    log.add("new question", refused=False, now=MONDAY + 1.5 * DAY_SECONDS)
    assert [a.question for a in log.since(0, now=MONDAY + DAY_SECONDS)] == [
        "old question",
        "new question",
    ]
    later = log.since(0, now=MONDAY + 3 * DAY_SECONDS)
    assert [a.question for a in later] == [None, "new question"]


def test_only_administrators_may_read_the_insights(assistant: Assistant, tmp_path: Path) -> None:
    settings = Settings(
        data_dir=tmp_path,
        **QUIET,
        api_keys=[*KEYS, ADMIN, ALL],
        trusted_proxies=["10.1.2.0/24"],
        proxy_user_header="X-User",
        proxy_groups_header="X-Groups",
        admin_groups=["insight-admins"],
    )
    app = create_app(settings, assistant=assistant)
    c = TestClient(app, client=("10.1.2.7", 40000))
    for path in ("/v1/insights", "/v1/insights.csv"):
        assert c.get(path).status_code == 401
        assert c.get(path, headers=bearer(WIDGET_KEY)).status_code == 403
        assert c.get(path, headers=bearer(ALL_KEY)).status_code == 403
        assert c.get(path, headers={"X-User": "sam", "X-Groups": "staff"}).status_code == 403
        admin_user = {"X-User": "kim", "X-Groups": "staff, insight-admins"}
        assert c.get(path, headers=admin_user).status_code == 200
        assert c.get(path, headers=bearer(ADMIN_KEY)).status_code == 200
    assert c.get("/insights").status_code == 200


def test_the_insights_show_what_was_asked_refused_and_rated(
    assistant: Assistant, tmp_path: Path
) -> None:
    c = client(assistant, tmp_path, api_keys=[ADMIN], insights_questions=True)
    for question in ("Will every depot stay open?", "will every depot stay open", "depot plan?"):
        assert c.post("/v1/ask", json={"question": question}).status_code == 200
    c.post("/v1/ask/stream", json={"question": "What is the price of bananas on Mars?"})
    c.post("/v1/feedback", json={"rating": "down", "question": "depot plan?", "answer": "A."})
    body = c.get("/v1/insights", headers=bearer(ADMIN_KEY)).json()
    this_week = body["weeks"][-1]
    assert this_week["asked"] == 4 and this_week["not_helpful"] == 1
    assert body["questions_kept"] is True and body["retention_days"] == 30
    assert body["most_asked"][0]["count"] >= 2
    assert sum(g["count"] for g in body["most_asked"]) == 4
    assert body["feedback"][0]["question"] == "depot plan?"
    refused = {r["question"] for r in body["refused"]}
    assert refused <= {"What is the price of bananas on Mars?", "depot plan?",
                       "Will every depot stay open?", "will every depot stay open"}  # fmt: skip
    csv = c.get("/v1/insights.csv", headers=bearer(ADMIN_KEY))
    assert csv.headers["content-type"].startswith("text/csv")
    assert csv.text.splitlines()[0] == "week,asked,refused,helpful,not_helpful"
    assert csv.text.splitlines()[-1].split(",")[1] == "4"


def test_forgetting_old_question_text_reads_only_rows_that_still_hold_text(tmp_path: Path) -> None:
    log = QuestionLog(tmp_path / "q.sqlite", keep_text=True, retention_days=2)
    log.add("who chairs the board?", refused=False)
    log.close()
    with sqlite3.connect(tmp_path / "q.sqlite") as db:
        plan = db.execute(
            "EXPLAIN QUERY PLAN UPDATE asked SET question = NULL"
            " WHERE at < 1 AND question IS NOT NULL"
        ).fetchall()
        mode = db.execute("PRAGMA journal_mode").fetchone()
    assert any("asked_text_by_time" in str(step) for step in plan)
    assert mode == ("wal",)
