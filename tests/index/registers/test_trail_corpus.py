"""The trail on the shipped corpus's real index: every link quotes its passage verbatim, lies in
a later document than its commitment, and the progress update reports on the strategy it
follows."""

from __future__ import annotations

from pathlib import Path

from index.generation import load_generation
from index.registers.trail import is_later
from retrieval.filters import document_date


def test_every_link_is_verbatim_and_later_than_its_commitment(real_index_dir: Path) -> None:
    index = load_generation(real_index_dir)
    documents = index.store.documents
    linked = [c for c in index.registers.commitments if c.trail]
    assert linked
    for row in linked:
        since = document_date(documents[row.citation.document_id], documents)
        for link in row.trail:
            passage = index.store.passage(link.citation.passage_id)
            assert passage is not None and link.quote in passage.text, row.id
            assert link.citation.document_id != row.citation.document_id
            assert is_later(link.citation.date, since), (row.id, link.citation.document_id)
        dates = [link.citation.date or "" for link in row.trail]
        assert dates == sorted(dates)


def test_the_progress_update_reports_on_the_strategy_it_follows(real_index_dir: Path) -> None:
    index = load_generation(real_index_dir)
    reported = [
        c
        for c in index.registers.commitments
        if c.citation.document_id == "jhws-2022"
        and any(link.citation.document_id == "jhws-progress-2025" for link in c.trail)
    ]
    assert any("fast food" in c.text for c in reported)
