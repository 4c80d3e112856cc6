"""`/insights` (the administrators' page) and `/v1/insights`, `/v1/insights.csv` (its data).

The page holds no data and is open like the chat page; the two API routes are for an
admin-scope key or a proxy user in SA_ADMIN_GROUPS (server/auth.py ADMIN_ROUTES).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Annotated, Any

import numpy as np
from fastapi import FastAPI, Query
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import PlainTextResponse
from pydantic import BaseModel

from pipeline.assistant import Assistant
from server.feedback import FeedbackStore
from server.insights import group_by_meaning, weekly, weeks_back, weeks_csv
from server.question_log import DAY_SECONDS, QuestionLog
from server.schemas import ErrorResponse
from server.templates_env import template
from server.web import add_page

INSIGHTS_PAGE = "/insights"
# The newest questions grouped at most: each is embedded once (cached) when the page loads.
MAX_GROUPED = 500
MAX_LISTED = 100
Weeks = Annotated[int, Query(ge=1, le=104, description="how many weeks back, this one included")]

_ERRORS: dict[int | str, dict[str, object]] = {
    code: {"model": ErrorResponse} for code in (422, 503)
}


class WeekOut(BaseModel):
    week: str
    asked: int
    refused: int
    helpful: int
    not_helpful: int


class GroupOut(BaseModel):
    question: str
    count: int
    wordings: list[str]


class RefusedOut(BaseModel):
    at: float
    question: str


class FeedbackRowOut(BaseModel):
    at: float
    rating: str
    question: str
    answer: str
    refused: bool
    citations: list[dict[str, Any]]
    comment: str | None


class InsightsResponse(BaseModel):
    weeks: list[WeekOut]
    questions_kept: bool
    retention_days: int
    most_asked: list[GroupOut]
    refused: list[RefusedOut]
    feedback: list[FeedbackRowOut]


def install_insights(
    app: FastAPI,
    *,
    assistant: Callable[[], Assistant],
    log: QuestionLog,
    feedback: FeedbackStore,
    keep_text: bool,
    retention_days: int,
) -> None:
    """Add the insights page and its two data routes to `app`."""
    add_page(app, INSIGHTS_PAGE, template("insights.html").render())

    def gather(weeks: int) -> InsightsResponse:
        now = time.time()
        labels = weeks_back(now, weeks)
        start = now - weeks * 7 * DAY_SECONDS
        asked = log.since(start)
        rows = [r for r in feedback.rows() if r["at"] >= start]
        worded = [a for a in asked if a.question][-MAX_GROUPED:]
        most_asked = []
        if worded:
            searcher = assistant().searcher
            texts = [a.question or "" for a in worded]
            vectors = np.stack([searcher.embed_query(t) for t in texts]).astype(np.float32)
            most_asked = group_by_meaning(texts, vectors)[:MAX_LISTED]
        return InsightsResponse(
            weeks=[
                WeekOut(
                    week=w.week,
                    asked=w.asked,
                    refused=w.refused,
                    helpful=w.helpful,
                    not_helpful=w.not_helpful,
                )
                for w in weekly(asked, rows, labels)
            ],
            questions_kept=keep_text,
            retention_days=retention_days,
            most_asked=[
                GroupOut(question=g.question, count=g.count, wordings=list(g.wordings))
                for g in most_asked
            ],
            refused=[
                RefusedOut(at=a.at, question=a.question)
                for a in reversed(asked)
                if a.refused and a.question
            ][:MAX_LISTED],
            feedback=[
                FeedbackRowOut(
                    at=r["at"],
                    rating=r["rating"],
                    question=r["question"],
                    answer=r["answer"],
                    refused=r["refused"],
                    citations=r["citations"],
                    comment=r.get("comment"),
                )
                for r in reversed(rows)
            ][:MAX_LISTED],
        )

    @app.get("/v1/insights", response_model=InsightsResponse, responses=_ERRORS, tags=["admin"])
    async def insights(weeks: Weeks = 12) -> InsightsResponse:
        """What staff ask, what is refused and the feedback, week by week (administrators)."""
        return await run_in_threadpool(gather, weeks)

    @app.get(
        "/v1/insights.csv",
        response_class=PlainTextResponse,
        responses={200: {"content": {"text/csv": {}}}, **_ERRORS},
        tags=["admin"],
    )
    async def insights_csv(weeks: Weeks = 12) -> PlainTextResponse:
        """The weekly counts as CSV (administrators)."""
        now = time.time()
        start = now - weeks * 7 * DAY_SECONDS
        asked = await run_in_threadpool(log.since, start)
        rows = [r for r in await run_in_threadpool(feedback.rows) if r["at"] >= start]
        body = weeks_csv(weekly(asked, rows, weeks_back(now, weeks)))
        return PlainTextResponse(
            body,
            media_type="text/csv",
            headers={"Content-Disposition": 'attachment; filename="insights-weekly.csv"'},
        )
