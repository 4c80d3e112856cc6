"""The rows the answer models are fitted on: candidate spans labelled by the gold evidence and
facts they hold, answers by whether they held every fact."""

from __future__ import annotations

from answer.extractive import Considered
from answer.scoring import Candidate
from evals.fit_rows import Asked, refusal_rows, span_rows
from evals.gold import Evidence, GoldItem
from tests.answer import made

_TEXT = (
    "The parks forum met four times. Its budget for 2024/25 is £1.2m. "
    "The forum is chaired by Jo Bloggs."
)


def _candidate(text: str, span: str, features: tuple[float, ...]) -> Candidate:
    start = text.index(span)
    return Candidate(0, start, start + len(span), 0.5, 0.5, 0.5, frozenset(), True, features)


def _asked(kind: str, facts: tuple[tuple[str, ...], ...], answer: str) -> Asked:
    evidence = (Evidence("report", "Its budget for 2024/25 is £1.2m."),) if facts else ()
    item = GoldItem("q1", "train", kind, "what is the parks budget?", "", facts, evidence)
    found = made.hit(made.passage(_TEXT), made.document())
    spans = ["The parks forum met four times.", "Its budget for 2024/25 is £1.2m."]
    ranked = [_candidate(_TEXT, s, (float(n),)) for n, s in enumerate(spans)]
    considered = Considered([found], ranked, ranked[0], (0.4, 1.0))
    return Asked(item, "shipped", [considered], answer)


def test_the_span_holding_the_evidence_and_its_fact_is_the_positive_row() -> None:
    rows = span_rows([_asked("number", (("£1.2m",),), "Its budget is £1.2m.")])
    assert [bool(v) for v in rows.y] == [False, True]
    assert [int(g) for g in rows.groups] == [0, 0]


def test_unanswerable_questions_give_no_span_rows_but_a_negative_refusal_row() -> None:
    unanswerable = _asked("unanswerable", (), "The parks forum met four times.")
    assert len(span_rows([unanswerable]).y) == 0
    refusal, kept = refusal_rows([unanswerable, _asked("number", (("£1.2m",),), "£1.2m")])
    assert [bool(v) for v in refusal.y] == [False, True]
    assert [a.item.kind for a in kept] == ["unanswerable", "number"]
