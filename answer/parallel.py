"""A document's main items as its parallel sections: "what are the five priorities in the
strategy?" of a strategy whose five priority sections each hold "Why is it important?", "Where
are we now?" and "What we will do", however their headings are worded ("People - ...",
"Promote - ...").

A run of consecutive top-level sections whose subsections bear the same headings is a list the
document sets out; when the question counts its items and a run holds exactly that many, the
run's headings are the answer, each cited at its first passage.
"""

from __future__ import annotations

from collections.abc import Sequence

from answer.model import Answer
from answer.series import SectionLookup, listed
from ingest.model import Document, Passage
from retrieval.search import Hit

MIN_RUN = 3
"""The fewest sections that make a run: two alike may be chance."""


def parallel_sections(passages: Sequence[Passage]) -> list[list[tuple[str, Passage]]]:
    """Each run of consecutive top-level sections whose subsection headings are the same, with
    the first passage under each, in document order."""
    tops: dict[str, tuple[Passage, set[str]]] = {}
    for passage in passages:
        parts = [p.strip() for p in (passage.section or "").split(" > ")]
        if not parts[0]:
            continue
        children = tops.setdefault(parts[0], (passage, set()))[1]
        if len(parts) > 1:
            children.add(parts[1].lower())
    runs: list[list[tuple[str, Passage]]] = []
    run: list[tuple[str, Passage]] = []
    shape: frozenset[str] = frozenset()
    for heading, (passage, children) in tops.items():
        if children and frozenset(children) == shape:
            run.append((heading, passage))
            continue
        if len(run) >= MIN_RUN:
            runs.append(run)
        run, shape = [(heading, passage)], frozenset(children)
    if len(run) >= MIN_RUN and shape:
        runs.append(run)
    return runs


def parallel_answer(
    count: int,
    hits: Sequence[Hit],
    named: Sequence[str],
    sections: SectionLookup,
    confidence: float,
) -> Answer | None:
    """The run of exactly `count` parallel sections in the document the question names, else
    in the best-ranked passage's document; None when there is none such."""
    document = next((h.document for h in hits if h.document.id in named), None)
    if document is None and hits:
        document = hits[0].document
    if document is None:
        return None
    return _run_of(count, document, sections, confidence)


def _run_of(
    count: int, document: Document, sections: SectionLookup, confidence: float
) -> Answer | None:
    for run in parallel_sections(sections(document.id)):
        if len(run) == count:
            return listed(run, document, confidence)
    return None
