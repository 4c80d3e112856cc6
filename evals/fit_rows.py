"""The rows the answer models are fitted on (evals/fit_answer.py): each gold question asked
with what the answer layer weighed, its candidate spans labelled by the gold evidence and facts
they hold, and its answer by whether it held every fact."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial

from answer.extractive import Considered
from answer.ranker import AnswerModels
from evals.evidence import longest_run, normalise
from evals.gold import GoldItem
from evals.logistic import Rows, rows
from evals.metrics import fact_met
from evals.runner import ask_earlier
from pipeline.assistant import Assistant


@dataclass(slots=True)
class Asked:
    item: GoldItem
    corpus: str
    considered: list[Considered] = field(default_factory=list)
    answer: str = ""


def ask_all(
    assistant: Assistant, items: Sequence[GoldItem], everything: Sequence[GoldItem],
    models: AnswerModels, corpus: str,
) -> list[Asked]:  # fmt: skip
    """Each item asked after the questions it follows, with `models`, observing what it weighed."""
    by_id = {i.id: i for i in everything}
    found = []
    ask = partial(assistant.ask, models=models, generate=False)
    for item in items:
        conversation_id = ask_earlier(ask, item, by_id)
        asked = Asked(item, corpus)
        result = assistant.ask(
            item.question,
            conversation_id=conversation_id,
            models=models,
            observe=asked.considered.append,
            generate=False,
        )
        asked.answer = result.answer.text
        found.append(asked)
    return found


def _span_text(considered: Considered, n: int) -> str:
    c = considered.ranked[n]
    return considered.hits[c.hit_index].passage.text[c.start : c.end]


def _in_evidence(span: str, quotes: Sequence[str]) -> bool:
    """Whether a span is (mostly) one of the gold evidence quotes, compared as evidence is."""
    text = normalise(span)
    if len(text) < 12:
        return False
    return any(
        text in quote
        or quote in text
        or longest_run(text, quote) >= 0.6 * min(len(text), len(quote))
        for quote in quotes
    )


def span_rows(asked: Sequence[Asked]) -> Rows:
    """One row per candidate span of answerable questions. A span earns two points for being
    gold evidence and one for each fact it holds; the spans with the most points (at least one)
    are positive, and so is any evidence span holding a fact."""
    features: list[tuple[float, ...]] = []
    labels: list[bool] = []
    groups: list[int] = []
    group = 0
    for a in asked:
        if not a.item.answerable:
            continue
        quotes = [normalise(ev.quote) for ev in a.item.evidence]
        for considered in a.considered:
            points = []
            for n in range(len(considered.ranked)):
                text = _span_text(considered, n)
                facts = sum(fact_met(f, text) for f in a.item.facts)
                evidence = _in_evidence(text, quotes)
                points.append((2 * evidence + facts, evidence and facts > 0))
            most = max((p for p, _ in points), default=0)
            for cand, (p, strong) in zip(considered.ranked, points, strict=True):
                features.append(cand.features)
                labels.append(strong or (most > 0 and p == most))
                groups.append(group)
            group += 1
    return rows(features, labels, groups)


def refusal_rows(asked: Sequence[Asked]) -> tuple[Rows, list[Asked]]:
    """One row per question with a best span: positive when the answer held every fact."""
    features, labels, groups, kept = [], [], [], []
    for n, a in enumerate(asked):
        first = a.considered[0] if a.considered else None
        if first is None or first.refusal_inputs is None:
            continue
        right = a.item.answerable and all(fact_met(f, a.answer) for f in a.item.facts)
        features.append(first.refusal_inputs)
        labels.append(right)
        groups.append(n)
        kept.append(a)
    return rows(features, labels, groups), kept
