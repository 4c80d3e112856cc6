"""Commitment rows from a strategy's commitment passages, its numbered priorities and the "we
will ..." sentences of its prose, with owner, target and measure only where the document states
them.

A passage may hold several commitments ("We will ... We will ...", or numbered items): each is
a row. A row's text is the passage's own wording, without a content heading that ingest joined
in front of it, so it stays a verbatim substring of the passage. An owner comes from a labelled
field ("Lead: ...", "Responsible officer: ...") or a "led by ..." phrase in the commitment or
in another passage of the same section; nothing is inferred from who usually does what.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from index.registers.commitment_passages import carried_commitments, passage_commitments
from index.registers.config import RegisterConfig
from index.registers.model import Commitment, cite
from index.registers.prose import prose_commitments
from ingest.fields import ActionFields, CommitmentFields
from ingest.model import Document, Passage

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_YEAR = r"(?:19|20)\d{2}(?:/\d{2,4})?"
TARGET_RE = re.compile(
    rf"\b(?:by|before|until|for|no later than)\s+(?:the\s+end\s+of\s+)?(?:{_MONTH}\s+)?{_YEAR}\b"
    r"|\bwithin\s+(?:the\s+next\s+)?(?:\d+|one|two|three|four|five|six|twelve)\s+"
    r"(?:months?|years?)\b"
)
_PERCENT = r"\d+(?:\.\d+)?\s?(?:%|per\s?cent\b|percentage points\b)"
# A change stated as a figure, with its end point when one is given ("from 22.8% (2022/23) to
# 20%").
MEASURE_RE = re.compile(
    r"(?i)\b(?:reduc|increas|halv|doubl|improv|rais|lower|cut|achiev|reach)\w*\b"
    rf"[^.;:]{{0,80}}?\b{_PERCENT}(?:(?:\s*\([^()]{{1,20}}\))?\s+to\s+{_PERCENT})?"
)
_OWNER_LABEL_RE = re.compile(
    r"\b(?:Lead(?:\s+(?:officer|partner|organisation|body|agency))?s?|Owner|"
    r"Responsible(?:\s+(?:officer|body|lead|organisation))?|Accountable(?:\s+(?:body|officer))?)"
    r"\s*:\s*(?P<owner>[A-Z][^.;\n]*)"
)
_LED_BY_RE = re.compile(r"\b(?:led|owned|overseen)\s+by\s+(?P<owner>(?:the\s+)?[A-Z][^.;,\n]*)")


def commitment_rows(
    passages: Sequence[Passage], documents: dict[str, Document], config: RegisterConfig
) -> list[Commitment]:
    by_section = _section_texts(passages)
    prose = _prose_texts(passages, documents, config)
    rows: list[Commitment] = []
    before: Passage | None = None
    for passage in passages:
        document = documents[passage.document_id]
        if document.doc_type not in config.commitment_doc_types:
            continue
        neighbours = by_section.get((passage.document_id, passage.section), ())
        carried = carried_commitments(before, passage)
        if passage.kind == "commitment" or carried is not None:
            owner = named_owner(passage, neighbours, config.max_owner_words)
            texts = passage_commitments(passage) if carried is None else carried
        else:
            owner, texts = None, prose.get(passage.id, [])
        rows += [_row(passage, document, n, text, owner) for n, text in enumerate(texts, start=1)]
        before = passage
    return rows


def _prose_texts(
    passages: Sequence[Passage], documents: dict[str, Document], config: RegisterConfig
) -> dict[str, list[str]]:
    """The commitments stated in the prose of each document of a prose type, by passage id."""
    by_document: dict[str, list[Passage]] = {}
    for passage in passages:
        if documents[passage.document_id].doc_type in config.prose_doc_types:
            by_document.setdefault(passage.document_id, []).append(passage)
    return {
        passage.id: texts
        for own in by_document.values()
        for passage, texts in prose_commitments(own)
    }


def _row(passage: Passage, document: Document, n: int, text: str, owner: str | None) -> Commitment:
    fields = passage.fields
    return Commitment(
        id=f"{passage.id}#{n}",
        text=text,
        citation=cite(passage, document),
        priority=(fields.priority or None) if isinstance(fields, CommitmentFields) else None,
        owner=owner,
        target=first_match(TARGET_RE, text),
        measure=first_match(MEASURE_RE, text),
    )


def named_owner(passage: Passage, neighbours: Iterable[str], max_words: int) -> str | None:
    """The owner the document names for this commitment: an action row's responsible officer
    first, then its own text, then a label elsewhere in its section; None when none is named."""
    fields = passage.fields
    if isinstance(fields, ActionFields) and fields.responsible_officer:
        return fields.responsible_officer
    # "led by" binds only inside the commitment: in a neighbouring paragraph it may name who
    # leads something else.
    candidates: list[tuple[str, tuple[re.Pattern[str], ...]]] = [
        (passage.text, (_OWNER_LABEL_RE, _LED_BY_RE))
    ]
    candidates += [(text, (_OWNER_LABEL_RE,)) for text in neighbours]
    for text, patterns in candidates:
        owner = labelled_owner(text, patterns, max_words)
        if owner is not None:
            return owner
    return None


def labelled_owner(text: str, patterns: Iterable[re.Pattern[str]], max_words: int) -> str | None:
    for pattern in patterns:
        match = pattern.search(text)
        if match is not None:
            owner = match.group("owner").strip()
            if 0 < len(owner.split()) <= max_words:
                return owner
    return None


def first_match(pattern: re.Pattern[str], text: str) -> str | None:
    match = pattern.search(text)
    return match.group(0).strip() if match else None


def _section_texts(passages: Sequence[Passage]) -> dict[tuple[str, str | None], tuple[str, ...]]:
    """The texts of each section's passages other than commitments (labels sit around them).
    A short label line ("Lead: ...") is often read as a heading of its own: such a heading
    passage counts in the section it sits under too."""
    out: dict[tuple[str, str | None], list[str]] = {}
    for passage in passages:
        if passage.kind == "commitment":
            continue
        out.setdefault((passage.document_id, passage.section), []).append(passage.text)
        if passage.kind == "heading" and passage.section and " > " in passage.section:
            parent = passage.section.rsplit(" > ", 1)[0]
            out.setdefault((passage.document_id, parent), []).append(passage.text)
    return {key: tuple(texts) for key, texts in out.items()}
