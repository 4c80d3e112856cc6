"""The registers of both eval corpora (the shipped one and the second council's): every row's
text is verbatim in its passage, and every commitment, RESOLVED and action passage gives at
least one row, but for a "We want to ..." aspiration opening a chapter."""

from __future__ import annotations

import pytest

from evals.suite import load_suite
from index.registers.commitment_passages import in_commitments_section
from index.registers.config import RegisterConfig
from index.registers.model import Commitment, Decision, Registers
from index.registers.store import build_registers
from ingest.model import Document, Passage
from ingest.pipeline import Corpus, ingest_corpus

CORPORA = {c.name: c.corpus for c in load_suite()}


@pytest.fixture(scope="module", params=sorted(CORPORA))
def corpus(request: pytest.FixtureRequest) -> Corpus:
    return ingest_corpus(CORPORA[request.param])


@pytest.fixture(scope="module")
def documents(corpus: Corpus) -> dict[str, Document]:
    return {d.id: d for d in corpus.documents}


@pytest.fixture(scope="module")
def passages(corpus: Corpus) -> dict[str, Passage]:
    return {p.id: p for p in corpus.passages}


@pytest.fixture(scope="module")
def registers(corpus: Corpus, documents: dict[str, Document]) -> Registers:
    return build_registers(documents, corpus.passages)


def test_every_row_quotes_its_passage_verbatim(
    registers: Registers, passages: dict[str, Passage]
) -> None:
    rows: list[Commitment | Decision] = [*registers.commitments, *registers.decisions]
    assert rows
    for row in rows:
        assert row.text and row.text in passages[row.citation.passage_id].text, row.id
    for commitment in registers.commitments:
        text = passages[commitment.citation.passage_id].text
        for phrase in (commitment.target, commitment.measure):
            assert phrase is None or phrase in text, commitment.id


def test_every_structured_passage_gives_a_row(
    registers: Registers, passages: dict[str, Passage], documents: dict[str, Document]
) -> None:
    kinds = RegisterConfig().commitment_doc_types
    rows: list[Commitment | Decision] = [*registers.commitments, *registers.decisions]
    cited = {r.citation.passage_id for r in rows}
    minuted = {d.date for d in documents.values() if d.doc_type == "minutes"}
    expected = {
        p.id
        for p in passages.values()
        if p.kind == "action"
        # A portal page's copy of a minuted decision is that decision, given once, from the
        # minutes (index.registers.decisions).
        or (
            p.kind == "resolution"
            and (
                documents[p.document_id].doc_type == "minutes"
                or documents[p.document_id].date not in minuted
            )
        )
        or (
            p.kind == "commitment"
            and documents[p.document_id].doc_type in kinds
            and (in_commitments_section(p) or not p.text.startswith("We want to"))
        )
    }
    assert expected <= cited
    assert registers.commitments and registers.decisions


def test_every_action_log_gives_action_rows_with_their_officers(
    registers: Registers, documents: dict[str, Document]
) -> None:
    logs = {d.id for d in documents.values() if d.doc_type == "action_log"}
    assert logs
    actions = [d for d in registers.decisions if d.kind == "action"]
    for log in logs:
        rows = [d for d in actions if d.citation.document_id == log]
        assert len(rows) >= 5, log
        assert sum(1 for r in rows if r.responsible_officer and r.status) >= 0.8 * len(rows)
