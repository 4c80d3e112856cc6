"""Runs the gold questions through the real pipeline and records what came back.

Answers come first, hybrid mode first: each question is asked in a fresh conversation, a follow-up
after the questions it follows in the same conversation, so the assistant rewrites it exactly
as it would for a user. Retrieval is then scored in every mode on the question as the assistant
searched it (the rewritten follow-up), so the modes are compared on the same queries.

Timings: the searcher caches query embeddings, so only the first answer mode's `ask` pays for
embedding the question (that is the user's cold latency); later modes' answers and every timed
`search` reuse the cached vector and time retrieval and composition alone.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import Protocol

from answer.model import Answer
from evals.evidence import EvidenceMap
from evals.gold import GoldItem, conversation
from evals.metrics import fact_met
from evals.records import Answered, CitationCheck, Retrieved
from index.store import Store
from pipeline.assistant import AskResult
from retrieval.search import Hit, Mode

SEARCH_K = 10
Progress = Callable[[str, int, int], None]


class Pipeline(Protocol):
    """The part of `pipeline.assistant.Assistant` the eval drives (a test may wrap it)."""

    def search(self, query: str, *, k: int = 10, mode: Mode = "hybrid") -> list[Hit]: ...

    def ask(
        self, question: str, *, conversation_id: str | None = None, mode: Mode = "hybrid"
    ) -> AskResult: ...


@dataclass(frozen=True, slots=True)
class RunResult:
    retrieved: list[Retrieved]
    answered: list[Answered]
    seconds: float


def _ms_since(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def _held(
    hits: Sequence[Hit], item: GoldItem, evidence: EvidenceMap
) -> tuple[tuple[int, ...], ...]:
    return tuple(tuple(evidence.held(hit.passage.id, item)) for hit in hits)


def _citations(
    answer: Answer, item: GoldItem, evidence: EvidenceMap, store: Store
) -> tuple[CitationCheck, ...]:
    checks = []
    for c in answer.citations:
        indexed = store.passage(c.passage.id)
        verbatim = (
            bool(c.quote) and c.quote in c.passage.text and indexed is not None
        ) and c.quote in indexed.text
        checks.append(
            CitationCheck(
                passage_id=c.passage.id,
                document_id=c.document.id,
                quote=c.quote,
                holds_evidence=bool(evidence.held(c.passage.id, item)),
                verbatim=verbatim,
                states_fact=any(fact_met(spellings, c.quote) for spellings in item.facts),
            )
        )
    return tuple(checks)


class Asks(Protocol):
    def __call__(self, question: str, *, conversation_id: str | None = None) -> AskResult: ...


def ask_earlier(ask: Asks, item: GoldItem, by_id: dict[str, GoldItem]) -> str | None:
    """Ask the questions `item` follows, oldest first, in one new conversation; its id (None
    when `item` follows nothing)."""
    conversation_id: str | None = None
    for earlier in conversation(item, by_id)[:-1]:
        conversation_id = ask(earlier.question, conversation_id=conversation_id).conversation_id
    return conversation_id


def ask_item(
    pipeline: Pipeline,
    item: GoldItem,
    by_id: dict[str, GoldItem],
    evidence: EvidenceMap,
    store: Store,
    mode: Mode,
) -> Answered:
    """Ask `item` after the questions it follows, in one conversation; time only `item`."""
    conversation_id = ask_earlier(partial(pipeline.ask, mode=mode), item, by_id)
    start = time.perf_counter()
    result = pipeline.ask(item.question, conversation_id=conversation_id, mode=mode)
    ms = _ms_since(start)
    answer = result.answer
    held = _held(result.hits, item, evidence)
    return Answered(
        item_id=item.id,
        split=item.split,
        kind=item.kind,
        mode=mode,
        answerable=item.answerable,
        question=item.question,
        rewritten=result.rewritten,
        text=answer.text,
        refused=answer.refused,
        confidence=answer.confidence,
        facts_met=tuple(
            not answer.refused and fact_met(spellings, answer.text) for spellings in item.facts
        ),
        citations=_citations(answer, item, evidence, store),
        evidence_rank=next((rank for rank, h in enumerate(held, 1) if h), None),
        ms=ms,
    )


def answered_alike(
    pipeline: Pipeline, item: GoldItem, before: GoldItem, alone: Answered, mode: Mode
) -> bool:
    """Whether `item`, asked after `before` in one conversation, is answered as it was alone:
    a user asks unrelated questions one after another, and only a follow-up may lean on the
    turn before it."""
    first = pipeline.ask(before.question, mode=mode)
    again = pipeline.ask(item.question, conversation_id=first.conversation_id, mode=mode)
    return again.answer.text == alone.text


def search_item(
    pipeline: Pipeline, item: GoldItem, query: str, evidence: EvidenceMap, mode: Mode
) -> Retrieved:
    start = time.perf_counter()
    hits = pipeline.search(query, k=SEARCH_K, mode=mode)
    ms = _ms_since(start)
    return Retrieved(
        item_id=item.id,
        split=item.split,
        kind=item.kind,
        mode=mode,
        answerable=item.answerable,
        query=query,
        passage_ids=tuple(hit.passage.id for hit in hits),
        held=_held(hits, item, evidence),
        evidence_count=len(item.evidence),
        ms=ms,
    )


def run(
    pipeline: Pipeline,
    items: Sequence[GoldItem],
    *,
    evidence: EvidenceMap,
    store: Store,
    modes: Sequence[Mode] = ("hybrid",),
    answer_modes: Sequence[Mode] = ("hybrid",),
    progress: Progress | None = None,
    context: Sequence[GoldItem] = (),
) -> RunResult:
    """Answer every item in `answer_modes` and search it in `modes`.

    `context` holds items that may be followed but are not themselves scored (running one split
    still needs the other questions of each conversation).
    """
    started = time.perf_counter()
    by_id = {i.id: i for i in [*context, *items]}
    answered: list[Answered] = []
    rewritten: dict[str, str] = {}
    total = len(items) * (len(answer_modes) + len(modes))
    done = 0
    standalone = [item for item in items if item.follows is None]
    before = {item.id: standalone[n - 1] for n, item in enumerate(standalone) if n > 0}
    for mode in answer_modes:
        for item in items:
            record = ask_item(pipeline, item, by_id, evidence, store, mode)
            if mode == answer_modes[0] and item.id in before:
                record = replace(
                    record, stable=answered_alike(pipeline, item, before[item.id], record, mode)
                )
            answered.append(record)
            rewritten.setdefault(item.id, record.rewritten)
            done += 1
            if progress:
                progress(f"ask {mode}", done, total)
    retrieved: list[Retrieved] = []
    for mode in modes:
        for item in items:
            query = rewritten.get(item.id) or _rewritten(pipeline, item, by_id)
            rewritten[item.id] = query
            retrieved.append(search_item(pipeline, item, query, evidence, mode))
            done += 1
            if progress:
                progress(f"search {mode}", done, total)
    return RunResult(retrieved, answered, time.perf_counter() - started)


def rescore(
    records: Sequence[Retrieved], items: Sequence[GoldItem], evidence: EvidenceMap
) -> list[Retrieved]:
    """The same searches judged with another evidence map (to show what a matching rule adds)."""
    by_id = {i.id: i for i in items}
    return [
        replace(r, held=tuple(tuple(evidence.held(pid, by_id[r.item_id])) for pid in r.passage_ids))
        for r in records
    ]


def _rewritten(pipeline: Pipeline, item: GoldItem, by_id: dict[str, GoldItem]) -> str:
    """The query the assistant searches for `item` when no answer run recorded it."""
    if item.follows is None:
        return item.question
    conversation_id = ask_earlier(pipeline.ask, item, by_id)
    return pipeline.ask(item.question, conversation_id=conversation_id).rewritten
