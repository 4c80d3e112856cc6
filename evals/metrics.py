"""The eval's metrics: pure functions over the runner's records.

Every rate is a share in [0, 1]; a metric with nothing to count (no unanswerable questions in a
group, no citations) is None rather than a made-up 0 or 1, and the report shows it as "-".
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from evals.records import Answered, Retrieved

Metrics = dict[str, float | None]
R = TypeVar("R", Retrieved, Answered)

EVIDENCE_KS = (1, 5, 10)
NDCG_K = 10
_MARKER = re.compile(r"\s*\[\d+\]")
_SPACE = re.compile(r"\s+")


def fact_met(spellings: Sequence[str], answer: str) -> bool:
    """A fact is met when any spelling is a case-insensitive substring of the answer.

    The answer's [n] citation markers are dropped and whitespace collapsed first, so a marker
    or a line break inside a phrase does not hide it; nothing else is forgiven.
    """
    text = _SPACE.sub(" ", _MARKER.sub("", answer)).casefold()
    return any(_SPACE.sub(" ", s).casefold().strip() in text for s in spellings)


def _share(flags: Iterable[bool]) -> float | None:
    values = list(flags)
    return sum(values) / len(values) if values else None


def _mean(values: Iterable[float]) -> float | None:
    values = list(values)
    return sum(values) / len(values) if values else None


def percentile(values: Sequence[float], q: float) -> float | None:
    """The q-th percentile (0-100) by linear interpolation between closest ranks."""
    if not values:
        return None
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    low, high = math.floor(pos), math.ceil(pos)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def evidence_at(records: Sequence[Retrieved], k: int) -> float | None:
    """Share of answerable questions with a passage holding gold evidence in the top k."""
    return _share(r.first_rank is not None and r.first_rank <= k for r in records if r.answerable)


def mrr(records: Sequence[Retrieved]) -> float | None:
    """Mean reciprocal rank of the first evidence passage; 0 when none was returned."""
    return _mean(
        1 / r.first_rank if r.first_rank is not None else 0.0 for r in records if r.answerable
    )


def ndcg(record: Retrieved, k: int = NDCG_K) -> float:
    """nDCG@k with one unit of gain per evidence quote, credited to its first holder.

    A passage gains only for quotes no higher passage already held, so repeating one quote does
    not score and a two-document question needs both documents for a full score.
    """
    credited: set[int] = set()
    dcg = 0.0
    for rank, held in enumerate(record.held[:k], 1):
        new = set(held) - credited
        if new:
            credited |= new
            dcg += len(new) / math.log2(rank + 1)
    ideal = sum(1 / math.log2(rank + 1) for rank in range(1, min(record.evidence_count, k) + 1))
    return dcg / ideal if ideal else 0.0


def mean_ndcg(records: Sequence[Retrieved], k: int = NDCG_K) -> float | None:
    return _mean(ndcg(r, k) for r in records if r.answerable)


def all_evidence_at(records: Sequence[Retrieved], k: int) -> float | None:
    """Share of answerable questions with every gold quote held somewhere in the top k."""
    return _share(
        {i for held in r.held[:k] for i in held} >= set(range(r.evidence_count))
        for r in records
        if r.answerable
    )


def retrieval_metrics(records: Sequence[Retrieved]) -> Metrics:
    found: Metrics = {f"evidence@{k}": evidence_at(records, k) for k in EVIDENCE_KS}
    found["mrr"] = mrr(records)
    found[f"ndcg@{NDCG_K}"] = mean_ndcg(records)
    found["all_evidence@10"] = all_evidence_at(records, 10)
    found["search_ms_p50"] = percentile([r.ms for r in records], 50)
    found["search_ms_p95"] = percentile([r.ms for r in records], 95)
    return found


def fact_accuracy(records: Sequence[Answered]) -> float | None:
    """Share of answerable questions answered (not refused) with every fact met."""
    return _share(r.correct for r in records if r.answerable)


def citation_precision(records: Sequence[Answered]) -> float | None:
    """Share of the citations of answers given to answerable questions that hold gold evidence.

    A refusal's citations are only the closest passages, offered as leads, so they do not count.
    """
    return _share(
        c.holds_evidence for r in records if r.answerable and not r.refused for c in r.citations
    )


def citation_support(records: Sequence[Answered]) -> float | None:
    """Share of the same citations that hold gold evidence or whose quote states a gold fact.

    Reported beside citation_precision, not gated: it credits a citation quoting the fact from
    another paper than the one the gold names, which citation_precision does not.
    """
    return _share(
        c.holds_evidence or c.states_fact
        for r in records
        if r.answerable and not r.refused
        for c in r.citations
    )


def verbatim_rate(records: Sequence[Answered]) -> float | None:
    """Share of all citations, refusals' included, whose quote is verbatim in its passage."""
    return _share(c.verbatim for r in records for c in r.citations)


def refusal_rate(records: Sequence[Answered]) -> float | None:
    """Share of unanswerable questions refused."""
    return _share(r.refused for r in records if not r.answerable)


def refusal_precision(records: Sequence[Answered]) -> float | None:
    """Share of refusals that were right: the documents lacked the answer."""
    return _share(not r.answerable for r in records if r.refused)


def false_refusal_rate(records: Sequence[Answered]) -> float | None:
    """Share of answerable questions refused."""
    return _share(r.refused for r in records if r.answerable)


def conversation_stability(records: Sequence[Answered]) -> float | None:
    """Share of the questions that follow nothing answered word for word alike when asked
    after another question in one conversation (Answered.stable)."""
    return _share([stable for r in records if (stable := r.stable) is not None])


def answer_metrics(records: Sequence[Answered]) -> Metrics:
    return {
        "fact_accuracy": fact_accuracy(records),
        "citation_precision": citation_precision(records),
        "citation_support": citation_support(records),
        "verbatim_rate": verbatim_rate(records),
        "refusal_unanswerable": refusal_rate(records),
        "refusal_precision": refusal_precision(records),
        "false_refusal": false_refusal_rate(records),
        "conversation_stability": conversation_stability(records),
        "answer_ms_p50": percentile([r.ms for r in records], 50),
        "answer_ms_p95": percentile([r.ms for r in records], 95),
    }


def counts(retrieved: Sequence[Retrieved], answered: Sequence[Answered]) -> Metrics:
    records: Sequence[Retrieved | Answered] = retrieved or answered
    return {
        "questions": float(len(records)),
        "answerable": float(sum(r.answerable for r in records)),
    }


def grouped(records: Sequence[R], key: Callable[[R], str]) -> dict[str, list[R]]:
    groups: dict[str, list[R]] = {}
    for r in records:
        groups.setdefault(key(r), []).append(r)
    return groups


def summarise(retrieved: Sequence[Retrieved], answered: Sequence[Answered]) -> Metrics:
    """Every metric of one group (one mode and split, or one kind)."""
    found = counts(retrieved, answered)
    if retrieved:
        found.update(retrieval_metrics(retrieved))
    if answered:
        found.update(answer_metrics(answered))
    return found
