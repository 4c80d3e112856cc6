"""The gate bites: deliberately degraded assistants, run through the eval, fail the thresholds.

Each degradation wraps the real assistant on the real index and changes one thing, so the test
shows that the metric meant to catch that failure does catch it.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from answer.model import REFUSAL
from evals.evaluate import evaluate
from evals.gold import GoldItem, load_gold
from evals.runner import Pipeline
from evals.thresholds import Violation, check, load_thresholds
from pipeline.assistant import AskResult, Assistant
from retrieval.search import Hit, Mode

GOLD = Path(__file__).resolve().parents[2] / "evals" / "gold.yaml"

pytestmark = pytest.mark.slow


class WrongQuestion:
    """A retriever that ignores the question: it searches with another gold question's text."""

    def __init__(self, inner: Assistant, items: list[GoldItem]) -> None:
        self._inner = inner
        questions = [item.question for item in items]
        shift = len(questions) // 2
        self._decoy = {q: questions[(n + shift) % len(questions)] for n, q in enumerate(questions)}

    def _swap(self, text: str) -> str:
        return self._decoy.get(text, text)

    def search(self, query: str, *, k: int = 10, mode: Mode = "hybrid") -> list[Hit]:
        return self._inner.search(self._swap(query), k=k, mode=mode)

    def ask(
        self, question: str, *, conversation_id: str | None = None, mode: Mode = "hybrid"
    ) -> AskResult:
        return self._inner.ask(self._swap(question), conversation_id=conversation_id, mode=mode)


class AlwaysRefuses:
    """Real retrieval, but every answer is a refusal."""

    def __init__(self, inner: Assistant) -> None:
        self._inner = inner

    def search(self, query: str, *, k: int = 10, mode: Mode = "hybrid") -> list[Hit]:
        return self._inner.search(query, k=k, mode=mode)

    def ask(
        self, question: str, *, conversation_id: str | None = None, mode: Mode = "hybrid"
    ) -> AskResult:
        result = self._inner.ask(question, conversation_id=conversation_id, mode=mode)
        refusal = replace(result.answer, text=REFUSAL, refused=True)
        return replace(result, answer=refusal)


class Paraphrases:
    """Real answers whose citation quotes are reworded, so no longer verbatim."""

    def __init__(self, inner: Assistant) -> None:
        self._inner = inner

    def search(self, query: str, *, k: int = 10, mode: Mode = "hybrid") -> list[Hit]:
        return self._inner.search(query, k=k, mode=mode)

    def ask(
        self, question: str, *, conversation_id: str | None = None, mode: Mode = "hybrid"
    ) -> AskResult:
        result = self._inner.ask(question, conversation_id=conversation_id, mode=mode)
        citations = [replace(c, quote=f"In short, {c.quote}") for c in result.answer.citations]
        return replace(result, answer=replace(result.answer, citations=citations))


class LeansOnTheLastTurn:
    """Real answers, but every question in a conversation is searched with the one before it,
    as a reader that takes every question for a follow-up would."""

    def __init__(self, inner: Assistant) -> None:
        self._inner = inner
        self._last: dict[str, str] = {}

    def search(self, query: str, *, k: int = 10, mode: Mode = "hybrid") -> list[Hit]:
        return self._inner.search(query, k=k, mode=mode)

    def ask(
        self, question: str, *, conversation_id: str | None = None, mode: Mode = "hybrid"
    ) -> AskResult:
        before = self._last.get(conversation_id or "")
        asked = f"{question} {before}" if before else question
        result = self._inner.ask(asked, conversation_id=conversation_id, mode=mode)
        self._last[result.conversation_id] = question
        return result


@pytest.fixture(scope="module")
def items(real_assistant: Assistant) -> list[GoldItem]:
    store = real_assistant.searcher.index.store
    return load_gold(GOLD, documents={d.parent_id or d.id for d in store.documents.values()})


def _hybrid_violations(
    pipeline: Pipeline, real_assistant: Assistant, items: list[GoldItem]
) -> set[tuple[str, str]]:
    store = real_assistant.searcher.index.store
    evaluation = evaluate(pipeline, items, store, modes=("hybrid",), answer_modes=("hybrid",))
    hybrid = [t for t in load_thresholds() if t.mode == "hybrid" and t.corpus == "shipped"]
    broken: list[Violation] = check({"shipped": evaluation.summary.metrics}, hybrid)
    return {(v.threshold.split, v.threshold.metric) for v in broken}


def test_a_retriever_that_ignores_the_question_fails_retrieval_and_answers(
    real_assistant: Assistant, items: list[GoldItem]
) -> None:
    broken = _hybrid_violations(WrongQuestion(real_assistant, items), real_assistant, items)
    expected = {"evidence@1", "evidence@5", "evidence@10", "mrr", "ndcg@10"}
    expected |= {"fact_accuracy", "citation_precision"}
    assert {("all", m) for m in expected} <= broken
    assert {("dev", "evidence@5"), ("train", "evidence@5")} <= broken


def test_an_assistant_that_always_refuses_fails_false_refusal_and_accuracy(
    real_assistant: Assistant, items: list[GoldItem]
) -> None:
    broken = _hybrid_violations(AlwaysRefuses(real_assistant), real_assistant, items)
    assert {("all", "false_refusal"), ("all", "fact_accuracy")} <= broken
    assert ("all", "evidence@5") not in broken, "retrieval was left intact"


def test_paraphrased_quotes_fail_the_verbatim_gate(
    real_assistant: Assistant, items: list[GoldItem]
) -> None:
    broken = _hybrid_violations(Paraphrases(real_assistant), real_assistant, items)
    assert ("all", "verbatim_rate") in broken
    assert ("all", "fact_accuracy") not in broken, "the answers themselves were left intact"


def test_reading_every_question_as_a_follow_up_fails_conversation_stability(
    real_assistant: Assistant, items: list[GoldItem]
) -> None:
    broken = _hybrid_violations(LeansOnTheLastTurn(real_assistant), real_assistant, items)
    assert ("all", "conversation_stability") in broken
