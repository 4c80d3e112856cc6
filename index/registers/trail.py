"""The trail of each commitment: the passages of later documents that mention it.

A later passage is linked when one of its sentences is close enough to the commitment by a
blend of meaning (the cosine of the commitment's vector with the sentence's index-time vector)
and wording (shared BM25 terms). The blend's weight and threshold are fitted on labelled
(commitment, later passage) pairs of both eval corpora by `evals/fit_trail.py`, and read from
`trail_weights.json`, which records what they were fitted on. Each link quotes that sentence
verbatim; a commitment keeps its best passage per later document, in date order.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import numpy.typing as npt

from index.registers.changes import term_overlap
from index.registers.model import Commitment, Registers, TrailLink, cite
from index.registers.vectors import commitment_vectors
from index.sentences import SentenceVectors
from index.tokenize import tokenize
from ingest.model import Document, Passage

TRAIL_WEIGHTS = Path(__file__).with_name("trail_weights.json")


@dataclass(frozen=True, slots=True)
class TrailConfig:
    dense_weight: float
    """The share of meaning in the blend; the rest is shared wording."""
    threshold: float
    """The blended similarity at which a later sentence mentions the commitment."""
    max_links: int = 8
    """Links kept per commitment, the closest first, so a commitment on a common theme does
    not list every later paragraph."""
    skip_kinds: tuple[str, ...] = ("heading",)
    """Passage kinds never linked: a heading names a theme, it reports nothing."""

    def __post_init__(self) -> None:
        for name in ("dense_weight", "threshold"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be from 0 to 1, got {value}")
        if not 1 <= self.max_links <= 100:
            raise ValueError(f"max_links must be from 1 to 100, got {self.max_links}")


def load_trail_config(path: Path = TRAIL_WEIGHTS) -> TrailConfig:
    """The fitted weight and threshold; the file's provenance fields are for people."""
    fitted = json.loads(path.read_text(encoding="utf-8"))
    return TrailConfig(dense_weight=fitted["dense_weight"], threshold=fitted["threshold"])


def is_later(date: str | None, than: str | None) -> bool:
    """Whether ISO date prefix `date` is after `than` on the precision both give ('2022-05'
    is not later than '2022': the year alone cannot say)."""
    if date is None or than is None:
        return False
    n = min(len(date), len(than))
    return date[:n] > than[:n]


@dataclass(slots=True)
class SentenceTable:
    """Every sentence of a generation with its passage and document, and its BM25 terms made
    on first use (only sentences that pass the meaning bound are ever read for wording)."""

    passages: Sequence[Passage]
    sentences: SentenceVectors
    dates: dict[str, str | None]
    """Each document's date, a pack component taking its pack's."""
    owner_document: list[str]
    linkable: npt.NDArray[np.bool_]
    """Sentences of passages whose kind may be linked."""
    _terms: dict[int, frozenset[str]]
    _owner_index: npt.NDArray[np.int64]
    """Each sentence's document as a place in `_document_ids`."""
    _document_ids: list[str]
    _later: tuple[str | None, npt.NDArray[np.int64]] | None = None
    """The last answer of `later_than`, by date: commitments come document by document."""

    @classmethod
    def make(
        cls,
        documents: dict[str, Document],
        passages: Sequence[Passage],
        sentences: SentenceVectors,
        skip_kinds: tuple[str, ...],
    ) -> SentenceTable:
        dates = {d.id: d.date or _parent_date(d, documents) for d in documents.values()}
        rows = [int(row) for row in sentences.spans[:, 0]]
        owners = [passages[row].document_id for row in rows]
        linkable = np.asarray([passages[row].kind not in skip_kinds for row in rows], dtype=bool)
        document_ids = list(dict.fromkeys(owners))
        place = {d: i for i, d in enumerate(document_ids)}
        owner_index = np.fromiter((place[o] for o in owners), dtype=np.int64, count=len(owners))
        return cls(passages, sentences, dates, owners, linkable, {}, owner_index, document_ids)

    def text(self, i: int) -> str:
        row, start, end = (int(v) for v in self.sentences.spans[i])
        return self.passages[row].text[start:end]

    def terms(self, i: int) -> frozenset[str]:
        found = self._terms.get(i)
        if found is None:
            found = self._terms[i] = frozenset(tokenize(self.text(i)))
        return found

    def later_than(self, document_id: str) -> npt.NDArray[np.int64]:
        """The linkable sentences of documents dated after `document_id`'s."""
        # Per document, then per sentence by array: a test per sentence per commitment made
        # index builds quadratic (hours at 700,000 passages).
        # A document is never later than its own date, so the answer depends on the date alone.
        base = self.dates.get(document_id)
        if self._later is not None and self._later[0] == base:
            return self._later[1]
        later = np.fromiter(
            (is_later(self.dates.get(d), base) for d in self._document_ids),
            dtype=bool,
            count=len(self._document_ids),
        )
        found = (
            np.flatnonzero(later[self._owner_index] & self.linkable).astype(np.int64)
            if later.any()
            else np.zeros(0, dtype=np.int64)
        )
        self._later = (base, found)
        return found


def _parent_date(document: Document, documents: dict[str, Document]) -> str | None:
    parent = documents.get(document.parent_id) if document.parent_id else None
    return parent.date if parent else None


def with_trails(
    registers: Registers,
    documents: dict[str, Document],
    passages: Sequence[Passage],
    sentences: SentenceVectors,
    config: TrailConfig,
) -> Registers:
    """The registers with each commitment's trail through the later documents."""
    if not registers.commitments or not len(sentences.spans):
        return registers
    table = SentenceTable.make(documents, passages, sentences, config.skip_kinds)
    rows_by_id = {p.id: row for row, p in enumerate(passages)}
    vectors = commitment_vectors(registers.commitments, passages, rows_by_id, sentences)
    trailed = tuple(
        replace(row, trail=trail_of(row, vector, table, documents, config))
        for row, vector in zip(registers.commitments, vectors, strict=True)
    )
    return replace(registers, commitments=trailed)


def trail_of(
    row: Commitment,
    vector: npt.NDArray[np.float32],
    table: SentenceTable,
    documents: dict[str, Document],
    config: TrailConfig,
) -> tuple[TrailLink, ...]:
    candidates = table.later_than(row.citation.document_id)
    if not len(candidates) or not vector.any():
        return ()
    weight = config.dense_weight
    vectors = table.sentences.vectors
    # Gathering many candidates' rows first copies them (gigabytes per commitment at scale);
    # a product over every row is wasted when the candidates are a few.
    dense = (
        (vectors @ vector)[candidates]
        if len(candidates) * 4 > len(vectors)
        else vectors[candidates] @ vector
    )
    # Wording adds at most (1 - weight): sentences that cannot reach the threshold even with
    # every word shared are never tokenised.
    hopeful = dense * weight + (1.0 - weight) >= config.threshold
    terms = frozenset(tokenize(row.text))
    best: dict[str, tuple[float, int]] = {}
    for i, meaning in zip(candidates[hopeful], dense[hopeful], strict=True):
        score = weight * float(meaning) + (1.0 - weight) * term_overlap(terms, table.terms(int(i)))
        document_id = table.owner_document[int(i)]
        if score >= config.threshold and score > best.get(document_id, (-1.0, 0))[0]:
            best[document_id] = (score, int(i))
    chosen = sorted(best.values(), reverse=True)[: config.max_links]
    links = [_link(i, score, table, documents) for score, i in chosen]
    return tuple(sorted(links, key=lambda link: (link.citation.date or "", -link.score)))


def _link(i: int, score: float, table: SentenceTable, documents: dict[str, Document]) -> TrailLink:
    passage = table.passages[int(table.sentences.spans[i, 0])]
    document = documents[passage.document_id]
    citation = cite(passage, document)
    if citation.date is None:
        citation = replace(citation, date=table.dates.get(document.id))
    return TrailLink(
        quote=table.text(i).strip(),
        citation=citation,
        doc_type=document.doc_type,
        score=round(score, 4),
    )
