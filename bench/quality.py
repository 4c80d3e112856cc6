"""Retrieval and answer quality over the gold set, as the benchmark reports it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from evals.evidence import build_evidence_map, normalise
from evals.gold import GoldItem
from evals.metrics import fact_met
from index.generation import LoadedIndex


def _held_normalised(texts: Sequence[str], item: GoldItem) -> bool:
    """The brief's rule: some gold quote, normalised, inside some passage, normalised."""
    quotes = [normalise(ev.quote) for ev in item.evidence]
    return any(q and q in normalise(t) for t in texts for q in quotes)


def _facts(item: GoldItem, answer: str, refused: bool) -> list[bool]:
    return [not refused and fact_met(spellings, answer) for spellings in item.facts]


def quality(
    items: Sequence[GoldItem],
    top5: dict[str, list[str]],
    answers: dict[str, tuple[str, bool]],
) -> dict[str, Any]:
    """Evidence@5, fact accuracy, answer length and refusals from one round's top 5 texts
    and answers (text, refused) per gold item."""
    answerable = [i for i in items if i.answerable]
    facts = [f for i in answerable for f in _facts(i, *answers[i.id])]
    whole = [all(_facts(i, *answers[i.id])) for i in answerable]
    words = [len(answers[i.id][0].split()) for i in answerable if not answers[i.id][1]]
    unanswerable = [i for i in items if not i.answerable]
    return {
        "evidence_at_5": round(
            float(np.mean([_held_normalised(top5[i.id], i) for i in answerable])), 3
        ),
        "fact_accuracy": round(float(np.mean(facts)), 3),
        "items_all_facts": round(float(np.mean(whole)), 3),
        "answer_words_p50": float(np.median(words)) if words else 0.0,
        "refused_unanswerable": round(float(np.mean([answers[i.id][1] for i in unanswerable])), 3)
        if unanswerable
        else None,
        "refused_answerable": round(float(np.mean([answers[i.id][1] for i in answerable])), 3),
        "answerable": len(answerable),
    }


def eval_evidence(
    items: Sequence[GoldItem],
    top5_ids: dict[str, list[str]],
    top5_texts: dict[str, list[str]],
    index: LoadedIndex,
) -> dict[str, Any]:
    """evidence@5 as the eval suite counts it (the quote in the right document, partial quotes
    cut by a chunk boundary credited), and leniently (the quote anywhere, copies included)."""
    store = index.store
    answerable = [i for i in items if i.answerable]
    evidence = build_evidence_map(answerable, store.passages, store.documents)
    strict = [any(evidence.held(pid, item) for pid in top5_ids[item.id]) for item in answerable]
    lenient = [_held_normalised(top5_texts[item.id], item) for item in answerable]
    return {
        "eval_evidence_at_5": round(float(np.mean(strict)), 3),
        "quote_anywhere_at_5": round(float(np.mean(lenient)), 3),
    }
