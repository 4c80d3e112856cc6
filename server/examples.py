"""Example questions for "What can I ask?", made from the corpus's own section headings.

Nothing here is written for one corpus: a heading becomes a question when it reads as a topic
(a few words, mostly letters, not a document's scaffolding such as "Contents"), taken from the
newest documents that are still current, one per document before a second from any.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ingest.model import Document

# Leading numbering of a heading: "4.", "4.2", "189.", "A.", "iv)", "Item 7:", "Section 2 -".
_NUMBERING = re.compile(
    r"^\s*(?:(?:item|section|part|chapter|appendix|annex)\s+)?"
    r"(?:\d+(?:\.\d+)*|[A-Za-z]|[ivxlc]+)[.):\-–]?\s+",
    re.IGNORECASE,
)
# Headings every kind of document has, which say nothing about what it covers.
_SCAFFOLDING = frozenset(
    [
        "contents",
        "introduction",
        "foreword",
        "preface",
        "summary",
        "background",
        "purpose",
        "conclusion",
        "conclusions",
        "recommendation",
        "recommendations",
        "appendix",
        "appendices",
        "annex",
        "glossary",
        "references",
        "overview",
        "executive",
        "minutes",
        "apologies",
        "present",
        "attendance",
        "declarations",
        "interest",
        "interests",
        "agenda",
        "actions",
        "action",
        "notes",
        "matters",
        "arising",
        "date",
        "next",
        "meeting",
        "any",
        "other",
        "business",
        "aob",
        "acknowledgements",
        "abbreviations",
        "index",
        "officer",
        "officers",
        "contact",
        "contacts",
        "report",
        "next",
        "steps",
        "context",
    ]
)
_FILLER = frozenset({"and", "of", "the", "to", "for", "a", "an", "in", "on", "our", "this"})
# A heading that is itself a question ("Where are we now?") is a document's scaffolding too.
_ASKING = frozenset({"what", "where", "why", "how", "who", "when", "which", "is", "are", "do"})
# Section paths join headings with " > " (ingest/structure.py).
_PATH = " > "
MIN_WORDS = 2
MAX_WORDS = 9


@dataclass(frozen=True, slots=True)
class Example:
    question: str
    document_id: str
    section: str


def topic(heading: str) -> str | None:
    """One heading (not a path) as a topic to ask about, or None when it does not read as one."""
    text = _NUMBERING.sub("", heading.strip(), count=1).strip(" .:;-–—")
    words = text.split()
    if not MIN_WORDS <= len(words) <= MAX_WORDS or text.endswith("?"):
        return None
    letters = sum(ch.isalpha() for ch in text)
    if letters < 0.7 * len(text.replace(" ", "")):
        return None
    lowered = [w.strip("(),&/:").lower() for w in words]
    if lowered[0] in _ASKING:
        return None
    if all(not w or w in _SCAFFOLDING or w in _FILLER for w in lowered):
        return None
    if text.isupper():
        text = text.capitalize()
    return text


def topics_of(section: str) -> list[str]:
    """The topics in a section path, outermost first."""
    found = (topic(part) for part in section.split(_PATH))
    return [t for t in found if t is not None]


def _newest_first(documents: Iterable[Document]) -> list[Document]:
    current = [d for d in documents if d.superseded_by is None]
    return sorted(current, key=lambda d: (d.date or "", d.id), reverse=True)


def example_questions(
    documents: Iterable[Document],
    sections: Sequence[tuple[str, str]],
    *,
    limit: int = 6,
) -> list[Example]:
    """Up to `limit` questions from `sections` ((document id, heading) in reading order) of the
    current `documents`, the newest documents first, one heading per document in each round."""
    topics: dict[str, list[tuple[str, str]]] = {}
    seen: set[str] = set()
    for document_id, heading in sections:
        for found in topics_of(heading):
            if found.lower() in seen:
                continue
            seen.add(found.lower())
            topics.setdefault(document_id, []).append((heading, found))
    order = [d.id for d in _newest_first(documents) if d.id in topics]
    examples: list[Example] = []
    depth = 0
    while len(examples) < limit and any(len(topics[i]) > depth for i in order):
        for document_id in order:
            if depth < len(topics[document_id]) and len(examples) < limit:
                heading, found = topics[document_id][depth]
                question = f"What do the documents say about {found}?"
                examples.append(Example(question, document_id, heading))
        depth += 1
    return examples
