"""The administrators' insights, as plain data: what is asked most (grouped by meaning), what
is refused (what the documents do not cover), feedback with its answer, and counts week by week.

Pure functions over what server/question_log.py and server/feedback.py stored; the vectors
that group questions come from the caller (the assistant's own query embedder).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from server.question_log import Asked

# Questions whose embeddings are at least this similar (cosine) are taken as one question.
SAME_MEANING = 0.8
CSV_FIELDS = ("week", "asked", "refused", "helpful", "not_helpful")


@dataclass(frozen=True, slots=True)
class Week:
    week: str
    asked: int
    refused: int
    helpful: int
    not_helpful: int


@dataclass(frozen=True, slots=True)
class QuestionGroup:
    question: str
    """The wording asked most often in the group."""
    count: int
    wordings: tuple[str, ...]


def week_of(at: float) -> str:
    """The ISO week of a Unix time, e.g. 2026-W49 (weeks start on Monday, in UTC)."""
    year, week, _ = dt.datetime.fromtimestamp(at, dt.UTC).isocalendar()
    return f"{year}-W{week:02d}"


def weeks_back(now: float, count: int) -> list[str]:
    """The `count` ISO weeks ending with the one holding `now`, oldest first."""
    today = dt.datetime.fromtimestamp(now, dt.UTC)
    return [week_of((today - dt.timedelta(weeks=n)).timestamp()) for n in range(count - 1, -1, -1)]


def weekly(
    asked: Iterable[Asked], feedback: Iterable[Mapping[str, object]], weeks: Sequence[str]
) -> list[Week]:
    """Counts for each of `weeks`, including weeks with nothing in them."""
    counts: dict[str, Counter[str]] = {w: Counter() for w in weeks}
    for a in asked:
        bucket = counts.get(week_of(a.at))
        if bucket is not None:
            bucket["asked"] += 1
            bucket["refused"] += int(a.refused)
    for row in feedback:
        at = row.get("at")
        bucket = counts.get(week_of(float(at))) if isinstance(at, int | float) else None
        if bucket is not None:
            bucket["helpful" if row.get("rating") == "up" else "not_helpful"] += 1
    return [
        Week(w, c["asked"], c["refused"], c["helpful"], c["not_helpful"]) for w, c in counts.items()
    ]


def group_by_meaning(
    questions: Sequence[str],
    vectors: npt.NDArray[np.float32],
    *,
    threshold: float = SAME_MEANING,
) -> list[QuestionGroup]:
    """Questions grouped with the first earlier one they mean the same as, largest group first.

    `vectors` holds one row a question, normalised (the embedder's output)."""
    leaders: list[int] = []
    members: list[list[str]] = []
    for i, question in enumerate(questions):
        if leaders:
            similarity = vectors[leaders] @ vectors[i]
            best = int(np.argmax(similarity))
            if float(similarity[best]) >= threshold:
                members[best].append(question)
                continue
        leaders.append(i)
        members.append([question])
    groups = []
    for wordings in members:
        tally = Counter(w.strip() for w in wordings)
        groups.append(QuestionGroup(tally.most_common(1)[0][0], len(wordings), tuple(tally)))
    return sorted(groups, key=lambda g: (-g.count, g.question.lower()))


def weeks_csv(weeks: Sequence[Week]) -> str:
    """The weekly counts as CSV, one header row then a row a week."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    for w in weeks:
        writer.writerow([w.week, w.asked, w.refused, w.helpful, w.not_helpful])
    return out.getvalue()
