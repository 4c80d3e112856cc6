"""Hand-made documents, passages and hits for answer tests that are about composition rules,
not about the corpus."""

from __future__ import annotations

from ingest.fields import PassageFields
from ingest.model import DocType, Document, Passage, PassageKind
from retrieval.search import Hit, SignalScores


def document(
    doc_id: str = "report", title: str = "Rough sleeping update", date: str = "2019-11-28"
) -> Document:
    return Document(
        id=doc_id,
        title=title,
        doc_type=DocType.REPORT,
        source=f"{doc_id}.txt",
        sha256="0" * 64,
        date=date,
        period=date[:4],
        publisher="Northshire Health and Wellbeing Board",
    )


def passage(
    text: str,
    *,
    doc_id: str = "report",
    kind: str = "paragraph",
    section: str | None = "Background",
    lines: tuple[int, int] = (1, 2),
    fields: PassageFields | None = None,
) -> Passage:
    return Passage(
        id=f"{doc_id}:{kind}:{lines[0]}",
        document_id=doc_id,
        text=text,
        section=section,
        page=None,
        lines=lines,
        kind=PassageKind(kind),
        fields=fields,
        context="",
    )


def hit(found: Passage, of: Document, score: float = 1.0, dense: float = 0.7) -> Hit:
    return Hit(found, of, score, SignalScores(dense=dense, fused=score))


def idf(term: str) -> float:
    """Every word equally informative, so coverage counts words."""
    return 2.0
