"""The trail: each commitment linked to the closest sentence of each later document that comes
near enough, quoted verbatim, in date order; nothing from the same, earlier or undated
documents, nor from headings."""

from __future__ import annotations

import numpy as np
import pytest

from index.registers.model import Citation, Commitment, Registers
from index.registers.trail import TrailConfig, is_later, load_trail_config, with_trails
from index.sentences import SentenceVectors, passage_sentences
from ingest.model import DocType, Document, Passage, PassageKind

COMMITMENT = "We will open two play areas in the parks."
REPORT = "Two play areas in the parks opened in May."
OTHER = "Bus timetables changed in June."


def _document(doc_id: str, date: str | None) -> Document:
    return Document(
        id=doc_id, title=doc_id.title(), doc_type=DocType.REPORT, source="", sha256="", date=date
    )


def _corpus() -> tuple[dict[str, Document], list[Passage], SentenceVectors, Registers]:
    documents = {
        d.id: d
        for d in (
            _document("plan", "2024"),
            _document("earlier", "2023-06"),
            _document("same-year", "2024-05"),
            _document("progress", "2025-05-29"),
            _document("minutes", "2025-02-01"),
            _document("undated", None),
        )
    }
    texts = {
        "plan": COMMITMENT,
        "earlier": REPORT,
        "same-year": REPORT,
        "progress": f"{OTHER} {REPORT}",
        "minutes": OTHER,
        "undated": REPORT,
    }
    passages = [Passage(id=f"{d}:1", document_id=d, text=t) for d, t in texts.items()]
    passages.append(
        Passage(id="progress:2", document_id="progress", text=REPORT, kind=PassageKind.HEADING)
    )
    sentences, spans = passage_sentences(passages)
    # Meaning: the report's sentences point the commitment's way, the others across it.
    vectors = np.array(
        [[1.0, 0.0] if "play areas" in s else [0.0, 1.0] for s in sentences], dtype=np.float32
    )
    plan = passages[0]
    citation = Citation(plan.id, "plan", "Plan", None, None, None, "2024")
    registers = Registers(
        commitments=(Commitment(id=f"{plan.id}#1", text=COMMITMENT, citation=citation),)
    )
    return documents, passages, SentenceVectors(vectors, spans), registers


def test_a_later_date_is_compared_on_the_precision_both_give() -> None:
    assert is_later("2025-05-29", "2024")
    assert not is_later("2024-05", "2024")
    assert not is_later("2023", "2024-01")
    assert not is_later(None, "2024") and not is_later("2025", None)


def test_a_commitment_links_the_closest_sentence_of_each_later_document_verbatim() -> None:
    documents, passages, sentences, registers = _corpus()
    config = TrailConfig(dense_weight=0.5, threshold=0.6)
    (row,) = with_trails(registers, documents, passages, sentences, config).commitments
    assert [link.citation.document_id for link in row.trail] == ["progress"]
    (link,) = row.trail
    assert link.quote == REPORT and link.citation.passage_id == "progress:1"
    assert link.quote in passages[3].text and link.citation.date == "2025-05-29"


def test_a_sentence_below_the_threshold_is_not_linked() -> None:
    documents, passages, sentences, registers = _corpus()
    config = TrailConfig(dense_weight=1.0, threshold=1.0)
    sentences = SentenceVectors(sentences.vectors * 0.99, sentences.spans)
    (row,) = with_trails(registers, documents, passages, sentences, config).commitments
    assert row.trail == ()


def test_links_run_in_date_order_and_no_further_than_the_limit() -> None:
    documents, passages, sentences, registers = _corpus()
    # The minutes now report on it too, a little less closely than the progress update.
    passages[4] = Passage(id="minutes:1", document_id="minutes", text=REPORT)
    sentences = SentenceVectors(*_resentenced(passages))
    loose = TrailConfig(dense_weight=0.5, threshold=0.6)
    (row,) = with_trails(registers, documents, passages, sentences, loose).commitments
    assert [link.citation.document_id for link in row.trail] == ["minutes", "progress"]
    one = TrailConfig(dense_weight=0.5, threshold=0.6, max_links=1)
    (row,) = with_trails(registers, documents, passages, sentences, one).commitments
    assert len(row.trail) == 1


def _resentenced(passages: list[Passage]) -> tuple[np.ndarray, np.ndarray]:
    texts, spans = passage_sentences(passages)
    vectors = np.array(
        [[1.0, 0.0] if "play areas" in s else [0.0, 1.0] for s in texts], dtype=np.float32
    )
    return vectors, spans


def test_the_fitted_weights_are_read_and_checked() -> None:
    config = load_trail_config()
    assert 0.0 < config.threshold < 1.0 and 0.0 <= config.dense_weight <= 1.0
    with pytest.raises(ValueError, match="threshold"):
        TrailConfig(dense_weight=0.5, threshold=1.5)
