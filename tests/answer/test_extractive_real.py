"""Answer invariants over every gold question, on the real index: nothing invented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from answer.joined import NO_OTHER_SIDE, UNANSWERED_ASKS
from answer.model import Answer
from ingest.fields import ActionFields, ApologiesFields, ContactFields
from pipeline.assistant import Assistant

REPO = Path(__file__).resolve().parents[2]
QUESTIONS = [g["question"] for g in yaml.safe_load((REPO / "evals/gold.yaml").read_text())]


@pytest.fixture(scope="module")
def answers(real_assistant: Assistant) -> list[tuple[str, Answer]]:
    return [(q, real_assistant.ask(q).answer) for q in QUESTIONS]


def test_every_quote_is_verbatim_in_its_passage(answers: list[tuple[str, Answer]]) -> None:
    for question, answer in answers:
        for citation in answer.citations:
            assert citation.quote and citation.quote in citation.passage.text, question


def test_every_marker_points_at_a_returned_citation(answers: list[tuple[str, Answer]]) -> None:
    for question, answer in answers:
        numbers = {c.n for c in answer.citations}
        markers = {int(n) for n in re.findall(r"\[(\d+)\]", answer.text)}
        assert markers <= numbers, question
        if not answer.refused:
            assert markers, question


def _grounded(part: str, answer: Answer) -> bool:
    """A verbatim span of a cited passage, a heading of a cited passage's section (a list of a
    document's numbered sections), or a sentence whose every value is a cited field; a side of a
    comparison may open with its cited document's label ("In <title> (<date>): "), a list of
    sections with its document's title; the line naming what a partly answered question leaves
    unanswered."""
    for c in answer.citations:
        label = f"In {c.document.title}" + (f" ({c.document.date})" if c.document.date else "")
        for opening in (label + ": ", c.document.title + ": "):
            if part.startswith(opening):
                part = part[len(opening) :]
                break
    if any(part in c.passage.text for c in answer.citations):
        return True
    if any(part in (c.passage.section or "").split(" > ") for c in answer.citations):
        return True
    if part.startswith("Note: this comes from"):
        return any(c.document.title in part for c in answer.citations)
    if part == NO_OTHER_SIDE or part.startswith(UNANSWERED_ASKS):
        # What a partly answered question leaves unanswered, said in so many words.
        return True
    for c in answer.citations:
        fields = c.passage.fields
        officer = fields.responsible_officer if isinstance(fields, ActionFields) else None
        if officer and part.startswith("The responsible officer") and officer in part:
            return True
        names = fields.names if isinstance(fields, ContactFields | ApologiesFields) else None
        if names and part in (
            f"Officers to contact: {names}.",
            f"Officers to contact about {c.document.title}: {names}.",
        ):
            return True
    return False


def test_every_answer_sentence_is_a_quote_or_built_from_cited_fields(
    answers: list[tuple[str, Answer]],
) -> None:
    for question, answer in answers:
        if answer.refused:
            continue
        for part in re.split(r"\s*\[\d+\]\s*", answer.text):
            if part.strip():
                assert _grounded(part.strip(), answer), (question, part)
