"""No module of the product, the evals, the benchmarks or the tests quotes a gold question.

A rule is justified by a kind of question or document, never by one gold question; an example
in a comment or docstring that is word for word a train or dev question reads as the reason for
the rule it sits on, and a test input that is one pins the behaviour for that question
rather than for its kind. Examples are made up. Every quoted string of the code (comments included)
that ends in a question mark is compared with each corpus's train and dev questions, ignoring
case, punctuation and spacing; the longer questions are also looked for inside any text, and no
gold item is named by its id.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from evals.suite import load_suite

REPO = Path(__file__).resolve().parent.parent
CHECKED = (
    "ingest",
    "index",
    "question",
    "retrieval",
    "answer",
    "pipeline",
    "server",
    "evals",
    "bench",
    "tests",
)
# Generated sources of the second council's documents quote their own text, not questions.
SKIPPED = ("evals/second_council/source",)
_QUOTED = re.compile(r"\"([^\"\n]{8,300}\?)\"|“([^”]{8,300}\?)”|'([^'\n]{8,300}\?)'")


def _normal(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


@pytest.fixture(scope="module")
def gold_questions() -> dict[str, str]:
    """Normalised question -> the id of the gold item asking it."""
    found: dict[str, str] = {}
    for corpus in load_suite():
        for path in (corpus.gold, corpus.fit_only):
            if path is None:
                continue
            raw = yaml.safe_load(path.read_text(encoding="utf-8"))
            items = raw["items"] if isinstance(raw, dict) else raw
            found.update({_normal(i["question"]): i["id"] for i in items})
    return found


def _code_files() -> list[Path]:
    return [
        path
        for top in CHECKED
        for path in sorted((REPO / top).rglob("*.py"))
        if not str(path.relative_to(REPO)).startswith(SKIPPED)
    ]


def test_the_gold_questions_are_loaded(gold_questions: dict[str, str]) -> None:
    assert len(gold_questions) >= 100


def test_no_code_quotes_a_gold_question(gold_questions: dict[str, str]) -> None:
    quoting = [
        f"{path.relative_to(REPO)}:{text[: match.start()].count(chr(10)) + 1} quotes "
        f"{gold_questions[key]}"
        for path in _code_files()
        for text in [path.read_text(encoding="utf-8")]
        for match in _QUOTED.finditer(text)
        if (key := _normal(next(g for g in match.groups() if g))) in gold_questions
    ]
    assert not quoting, "made-up examples only:\n" + "\n".join(quoting)


# Shorter questions ("who chairs the board?") are ordinary shapes that code may well use.
EMBEDDED_MIN_CHARS = 30


def test_no_code_holds_a_gold_question_inside_a_longer_text(gold_questions: dict[str, str]) -> None:
    long_questions = {q: i for q, i in gold_questions.items() if len(q) >= EMBEDDED_MIN_CHARS}
    holding = [
        f"{path.relative_to(REPO)} holds {item}"
        for path in _code_files()
        for text in [_normal(path.read_text(encoding="utf-8"))]
        for question, item in long_questions.items()
        if question in text
    ]
    assert not holding, "made-up examples only:\n" + "\n".join(holding)


def test_no_code_names_a_gold_item(gold_questions: dict[str, str]) -> None:
    ids = re.compile(r"\b(" + "|".join(map(re.escape, sorted(gold_questions.values()))) + r")\b")
    naming = [
        f"{path.relative_to(REPO)}:{text[: m.start()].count(chr(10)) + 1} names {m.group(1)}"
        for path in _code_files()
        for text in [path.read_text(encoding="utf-8")]
        for m in ids.finditer(text)
    ]
    assert not naming, "\n".join(naming)
