"""A list question answered from a document's numbered sections.

"What are the strategy's priorities?" is often answered by no one passage: each priority heads
a section of its own ("Priority 1: ...", "Priority 2: ..."), and the cover or summary that
listed them may be a table the extraction flattened. The headings are in every passage's
section path, so the list is read from there: each item is the heading as printed, cited to
the first passage under it (an answer built from a cited passage's structured fields, as the
extractive contract allows).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from answer.model import Answer, Citation
from ingest.model import Document, Passage
from ingest.sentences import sentence_spans
from retrieval.search import Hit

SectionLookup = Callable[[str], Sequence[Passage]]
"""A document id -> that document's passages, in document order."""
MAX_ITEMS = 12


def numbered_sections(keyword: str, passages: Sequence[Passage]) -> list[tuple[str, Passage]]:
    """("Priority 1: ...", the first passage under it), ... in number order: the headings of
    the document's sections numbered by `keyword`, each once."""
    # The heading may carry its own section number first: "4.5 Outcome 4: Improving ...".
    pattern = re.compile(rf"(?:\d+(?:\.\d+)*\s+)?{re.escape(keyword)}\s+(\d{{1,2}})\b", re.I)
    found: dict[int, tuple[str, Passage]] = {}
    for passage in passages:
        for heading in (passage.section or "").split(" > "):
            numbered = pattern.match(heading)
            if numbered and int(numbered.group(1)) not in found:
                found[int(numbered.group(1))] = (heading, passage)
    return [found[n] for n in sorted(found)][:MAX_ITEMS]


def series_answer(
    keyword: str, hit: Hit, sections: SectionLookup, confidence: float
) -> Answer | None:
    """The sections numbered by `keyword` of `hit`'s document, when `hit` itself sits in one
    of them (retrieval landed in the series); None unless there are at least two."""
    if not numbered_sections(keyword, [hit.passage]):
        return None
    items = numbered_sections(keyword, sections(hit.document.id))
    return listed(items, hit.document, confidence) if len(items) >= 2 else None


def lettered_sections(
    initial: str, count: int, passages: Sequence[Passage]
) -> list[tuple[str, Passage]]:
    """A framework whose items share an initial ("the three Cs": Care, Community, Cost):
    `count` top-level sections in a row whose headings begin with `initial`, each with the
    first passage under it; [] unless there is exactly such a run."""
    run: list[tuple[str, Passage]] = []
    for heading, passage in _top_headings(passages):
        if heading[:1].isalpha() and heading[:1].lower() == initial:
            run.append((heading, passage))
        elif len(run) == count:
            break
        else:
            run = []
    return run if len(run) == count else []


def _top_headings(passages: Sequence[Passage]) -> list[tuple[str, Passage]]:
    """Each distinct top-level heading in document order, with the first passage under it."""
    found: dict[str, Passage] = {}
    for passage in passages:
        top = (passage.section or "").split(" > ")[0].strip()
        if top and top not in found:
            found[top] = passage
    return list(found.items())


def framework_answer(
    initial: str, count: int, hits: Sequence[Hit], sections: SectionLookup, confidence: float
) -> Answer | None:
    """The framework of `count` items sharing `initial` in the first retrieved document that
    sets one out in its section headings, or None."""
    seen: set[str] = set()
    for hit in hits:
        document = hit.document
        if document.id in seen:
            continue
        seen.add(document.id)
        items = lettered_sections(initial, count, sections(document.id))
        if items:
            return listed(items, document, confidence)
    return None


def listed(items: list[tuple[str, Passage]], document: Document, confidence: float) -> Answer:
    """The items' headings after the document's title, each cited at its first sentence."""
    citations = []
    for n, (_, passage) in enumerate(items, 1):
        start, end = sentence_spans(passage.text)[0]
        citations.append(Citation(n, passage, document, passage.text[start:end]))
    text = " ".join(f"{heading} [{n}]" for n, (heading, _) in enumerate(items, 1))
    return Answer(f"{document.title}: {text}", citations, confidence, refused=False)
