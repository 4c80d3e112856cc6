"""The run's records summarised: metrics by mode and split, by kind, and the failures explained."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from evals.metrics import Metrics, grouped, summarise
from evals.records import Answered, Retrieved
from evals.runner import RunResult

ALL = "all"
SPLIT_ORDER = ("train", "dev", "test", ALL)


@dataclass(frozen=True, slots=True)
class Summary:
    metrics: dict[str, dict[str, Metrics]]
    """mode -> split (train, dev, test, all) -> metric -> value."""
    by_kind: dict[str, dict[str, dict[str, Metrics]]]
    """mode -> split -> question kind -> metric -> value."""


def _splits(records: Sequence[Retrieved | Answered]) -> list[str]:
    present = {r.split for r in records}
    return [s for s in SPLIT_ORDER if s in present or s == ALL]


def _in_split(records: Sequence[Retrieved], split: str) -> list[Retrieved]:
    return [r for r in records if split in (ALL, r.split)]


def _answers_in_split(records: Sequence[Answered], split: str) -> list[Answered]:
    return [r for r in records if split in (ALL, r.split)]


def summarise_run(result: RunResult) -> Summary:
    retrieved = grouped(result.retrieved, lambda r: r.mode)
    answered = grouped(result.answered, lambda r: r.mode)
    metrics: dict[str, dict[str, Metrics]] = {}
    by_kind: dict[str, dict[str, dict[str, Metrics]]] = {}
    for mode in [*retrieved, *(m for m in answered if m not in retrieved)]:
        r_mode, a_mode = retrieved.get(mode, []), answered.get(mode, [])
        metrics[mode], by_kind[mode] = {}, {}
        for split in _splits([*r_mode, *a_mode]):
            r_split, a_split = _in_split(r_mode, split), _answers_in_split(a_mode, split)
            metrics[mode][split] = summarise(r_split, a_split)
            r_kind = grouped(r_split, lambda r: r.kind)
            a_kind = grouped(a_split, lambda r: r.kind)
            by_kind[mode][split] = {
                kind: summarise(r_kind.get(kind, []), a_kind.get(kind, []))
                for kind in sorted({*r_kind, *a_kind})
            }
    return Summary(metrics, by_kind)


@dataclass(frozen=True, slots=True)
class Failure:
    item_id: str
    split: str
    kind: str
    cause: str
    """retrieval miss, composition, false refusal or answered unanswerable."""
    detail: str


def explain(answer: Answered, retrieved: Retrieved | None) -> Failure | None:
    """Why a hybrid answer is wrong, judged from where the gold evidence was."""

    def failure(cause: str, detail: str) -> Failure:
        return Failure(answer.item_id, answer.split, answer.kind, cause, detail)

    search_rank = retrieved.first_rank if retrieved else None
    where = (
        f"evidence at rank {answer.evidence_rank} of the answer's passages"
        if answer.evidence_rank
        else f"no evidence in the answer's passages (search top 10 rank: {search_rank or '-'})"
    )
    if not answer.answerable:
        if answer.refused:
            return None
        return failure("answered unanswerable", f"confidence {answer.confidence:.2f}")
    if answer.correct:
        return None
    if answer.refused:
        cause = "false refusal" if answer.evidence_rank else "false refusal (retrieval miss)"
        return failure(cause, f"{where}; confidence {answer.confidence:.2f}")
    if answer.evidence_rank is None:
        return failure("retrieval miss", where)
    cited = any(c.holds_evidence for c in answer.citations)
    missing = sum(not met for met in answer.facts_met)
    what = "cited an evidence passage" if cited else "cited no evidence passage"
    return failure("composition", f"{where}; {what}; {missing} fact(s) missing")


def failures(result: RunResult, mode: str = "hybrid") -> list[Failure]:
    searched = {r.item_id: r for r in result.retrieved if r.mode == mode}
    found = []
    for answer in result.answered:
        if answer.mode != mode:
            continue
        failure = explain(answer, searched.get(answer.item_id))
        if failure is not None:
            found.append(failure)
    return found
