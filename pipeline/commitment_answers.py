"""Answers to "what did we commit to on X, and where has it got to?" from the registers.

A question that asks both what was committed and how it went is answered from the commitment
the search ranked highest and its trail: the commitment quoted [1], then each later mention
the caller may see quoted [2], [3] ..., each led by its document and date, in date order. Every
quote is a verbatim span of its cited passage. Anything else, a refused answer, or a commitment
with no later mention the caller may see, keeps the answer the pipeline composed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from answer.model import Answer, Citation
from index.generation import LoadedIndex
from index.registers.model import Commitment, TrailLink
from index.tokenize import tokenize
from ingest.model import Document, Passage
from ingest.sentences import sentence_spans
from pipeline.trail import visible_trail
from pipeline.visibility import Access, as_seen, visible_documents
from question.model import AnswerType, Question
from retrieval.filters import document_date
from retrieval.search import Hit


@dataclass(frozen=True, slots=True)
class CommitmentAnswerConfig:
    max_rank: int = 3
    """The commitment's passage must be among the search's first `max_rank` hits: further down,
    the commitment is not what the question is about."""
    max_links: int = 4
    """Later mentions quoted in the answer, the closest ones, shown in date order."""
    max_quote_words: int = 60
    """A mention is quoted from its matched sentence on through its passage up to this many
    words, so a progress line's next sentence (its date, its outcome) comes with it."""

    def __post_init__(self) -> None:
        for name in ("max_rank", "max_links", "max_quote_words"):
            value = getattr(self, name)
            if not 1 <= value <= 500:
                raise ValueError(f"{name} must be from 1 to 500, got {value}")


def asks_for_progress(question: Question) -> bool:
    """Whether the question (as read once) asks what was committed and how it went."""
    return question.kind is AnswerType.COMMITMENT and question.wants.outcome


def commitment_answer(
    question: Question,
    composed: Answer,
    hits: Sequence[Hit],
    index: LoadedIndex,
    access: Access,
    config: CommitmentAnswerConfig | None = None,
) -> Answer | None:
    """The commitment-and-trail answer, or None to keep `composed`."""
    chosen = config or CommitmentAnswerConfig()
    if composed.refused or not asks_for_progress(question):
        return None
    documents = index.store.documents
    row = matched_commitment(question.text, hits[: chosen.max_rank], index.registers.commitments)
    if row is None:
        return None
    row = visible_trail(row, visible_documents(documents, access))
    if not row.trail:
        return None
    closest = sorted(row.trail, key=lambda link: -link.score)[: chosen.max_links]
    links = [link for link in row.trail if link in closest]
    first = _cited(1, row.citation.passage_id, row.text, index, access)
    citations = [first]
    for link in links:
        quote = extended(link, index.store.passage(link.citation.passage_id), chosen)
        citations.append(_cited(len(citations) + 1, link.citation.passage_id, quote, index, access))
    text = " ".join(f"{_lead(c.document, documents)}{c.quote} [{c.n}]" for c in citations)
    return Answer(text, citations, composed.confidence, refused=False)


def matched_commitment(
    question: str, hits: Sequence[Hit], commitments: Sequence[Commitment]
) -> Commitment | None:
    """The commitment of the highest-ranked hit holding one; of several in that passage, the
    one sharing most words with the question."""
    by_passage: dict[str, list[Commitment]] = {}
    for row in commitments:
        by_passage.setdefault(row.citation.passage_id, []).append(row)
    asked = set(tokenize(question))
    for hit in hits:
        rows = by_passage.get(hit.passage.id)
        if rows:
            return max(rows, key=lambda r: len(asked & set(tokenize(r.text))))
    return None


def extended(link: TrailLink, passage: Passage | None, config: CommitmentAnswerConfig) -> str:
    """The link's sentence and those after it in its passage, up to `max_quote_words`."""
    if passage is None:
        return link.quote
    text = passage.text
    start = text.find(link.quote)
    if start < 0:
        return link.quote
    end = start + len(link.quote)
    for a, b in sentence_spans(text):
        if a < end:
            continue
        if len(text[start:b].split()) > config.max_quote_words:
            break
        end = b
    return text[start:end].strip()


def _cited(n: int, passage_id: str, quote: str, index: LoadedIndex, access: Access) -> Citation:
    store = index.store
    passage = store.passage(passage_id)
    if passage is None:
        raise LookupError(f"register row cites passage {passage_id!r}, not in the generation")
    document = as_seen(store.document_of(passage), store.documents, access)
    return Citation(n, passage, document, quote)


def _lead(document: Document, documents: dict[str, Document]) -> str:
    when = document_date(document, documents)
    return f"In {document.title} ({when}): " if when else f"In {document.title}: "
