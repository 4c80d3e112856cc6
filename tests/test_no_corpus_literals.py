"""No code literal names a body, place, document or acronym of either corpus: such knowledge
comes from the corpus (its glossaries, manifest and profile), or the product works only for the
councils it was tuned on.

Checked against the distinctive words of each manifest's titles and publishers (those the
other corpus never uses) and each corpus's glossary acronyms. Docstrings and comments may give
examples; string literals that run are what is checked. Acronyms are matched in capitals in
plain strings, and in any case inside regular expressions (which are often case-insensitive).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from evals.suite import load_suite
from index.abbreviations import learn_abbreviations
from ingest.loaders import load_lines
from ingest.manifest import load_manifest
from ingest.profile import default_profile

REPO = Path(__file__).resolve().parent.parent
PRODUCT = ("ingest", "index", "question", "retrieval", "answer", "pipeline", "server")


def _corpus_texts(corpus: Path) -> tuple[list[str], list[str]]:
    entries = load_manifest(corpus / "manifest.yaml")
    texts = [" ".join(line.text for line in load_lines(corpus / e.file)) for e in entries]
    labels = [f"{e.title} {e.publisher or ''}" for e in entries]
    return texts, labels


Patterns = tuple[re.Pattern[str], re.Pattern[str]]
"""(for plain strings, for regular expressions)."""


def _patterns(*, allowed_acronyms: frozenset[str] = frozenset()) -> Patterns:
    corpora = [_corpus_texts(c.corpus) for c in load_suite()]
    lowered = [" ".join(texts).lower() for texts, _ in corpora]
    names = {
        word
        for _, labels in corpora
        for label in labels
        for word in re.findall(r"\b[A-Z][a-z]{3,}\b", label)
        if not all(re.search(rf"\b{word.lower()}\b", text) for text in lowered)
    }
    acronyms = {a for texts, _ in corpora for a in learn_abbreviations(texts) if len(a) >= 3}
    acronyms -= allowed_acronyms
    named = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    short = "|".join(map(re.escape, sorted(acronyms, key=len, reverse=True)))
    plain = re.compile(rf"(?<![A-Za-z])((?i:{named})|{short})(?![A-Za-z])")
    pattern = re.compile(rf"(?<![A-Za-z])({named}|{short})(?![A-Za-z])", re.IGNORECASE)
    return plain, pattern


@pytest.fixture(scope="module")
def forbidden() -> Patterns:
    return _patterns()


_REGEX_LIKE = re.compile(r"\\[bdswAZ]|\(\?|\[\^?\w")


def _literals(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    documentation = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in documentation
    ]


def _offending(value: str, forbidden: Patterns) -> list[str]:
    plain, pattern = forbidden
    return [m.group(0) for m in (pattern if _REGEX_LIKE.search(value) else plain).finditer(value)]


def test_no_product_literal_names_a_thing_of_either_corpus(
    forbidden: Patterns,
) -> None:
    found = [
        f"{path.relative_to(REPO)}:{line}: {word!r} in {value[:60]!r}"
        for package in PRODUCT
        for path in sorted((REPO / package).rglob("*.py"))
        for line, value in _literals(path)
        for word in _offending(value, forbidden)
    ]
    assert found == []


def test_the_check_would_catch_a_corpus_acronym_or_place(
    forbidden: Patterns,
) -> None:
    assert _offending(r"\b(first|old)\s+(jhws|strategy)\b", forbidden) == ["jhws"]
    assert _offending(r"\b(first|old)\s+(strategy|plan)\b", forbidden) == []
    assert _offending("the JHWS of leicestershire", forbidden) == ["JHWS", "leicestershire"]
    assert _offending("sign in or send an API key", forbidden) == []


# Tests that exercise the shipped or second council's own documents, and so must name what is
# in them; every other test makes its examples up.
ON_REAL_CORPORA = frozenset(
    {
        "tests/test_no_corpus_literals.py",
        "tests/ingest/test_pipeline_corpus.py",
        "tests/server/test_http_contract.py",
        "tests/pipeline/test_comparisons.py",
    }
)


def test_no_unit_test_literal_names_a_thing_of_either_corpus() -> None:
    """Unit tests use made-up places, bodies and acronyms. The acronyms the profile defaults
    give for UK local government and the NHS ("HWB", "ICB") are data the product ships, and
    tests of those defaults quote them."""
    forbidden = _patterns(allowed_acronyms=frozenset(default_profile().abbreviations))
    found = [
        f"{path.relative_to(REPO)}:{line}: {word!r} in {value[:60]!r}"
        for path in sorted((REPO / "tests").rglob("*.py"))
        if str(path.relative_to(REPO)) not in ON_REAL_CORPORA
        for line, value in _literals(path)
        for word in _offending(value, forbidden)
    ]
    assert found == []
