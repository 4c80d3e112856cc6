"""Ingest of the shipped corpus: structure, cleanliness and stable ids."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest.model import PASSAGE_KINDS
from ingest.pipeline import Corpus, ingest_corpus

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return ingest_corpus(CORPUS)


def test_every_manifest_document_is_ingested_without_problems(corpus: Corpus) -> None:
    ids = {d.id for d in corpus.documents}
    assert {
        "public-health-strategy-2022",
        "jhws-2022",
        "hwb-pack-2019-11",
        "jhws-2013",
        "jhws-progress-2025",
    } <= ids
    assert corpus.problems == []


def test_passage_ids_are_stable_across_two_ingests(corpus: Corpus) -> None:
    again = ingest_corpus(CORPUS)
    assert [p.id for p in again.passages] == [p.id for p in corpus.passages]
    assert len({p.id for p in corpus.passages}) == len(corpus.passages)


def test_passages_are_labelled(corpus: Corpus) -> None:
    docs = {d.id: d for d in corpus.documents}
    for p in corpus.passages:
        assert p.kind in PASSAGE_KINDS
        assert p.document_id in docs
        assert p.text == p.text.strip() and "\n" not in p.text
        assert p.context.startswith(docs[p.document_id].title)
        assert p.lines is not None and p.lines[0] <= p.lines[1]


def test_passages_fit_the_embedder(corpus: Corpus) -> None:
    for p in corpus.passages:
        assert len(p.text.split()) <= 200, p.id


def test_no_passage_holds_a_running_header_or_bare_page_number(corpus: Corpus) -> None:
    for p in corpus.passages:
        assert "Delivering good health and prevention services 2022-2027" not in p.text, p.id
        assert "Annual Report of the Leicestershire Director of Public Health 2019" not in p.text
        assert not re.fullmatch(r"\d{1,3}", p.text)


def test_a_document_declared_as_minutes_is_read_as_minutes(tmp_path: Path) -> None:
    minutes = (
        "Minutes of a meeting of the Board held on 20 March 2025\n\n"
        "Present: Cllr A Smith (Chair), Dr B Jones\n\n"
        "### 32. Appointment of Chair (Agenda item 1)\n\n"
        "The Board considered nominations for the office of Chair for the rest of the year.\n\n"
        "**RESOLVED:**\n\n"
        "That Cllr A Smith be elected Chair of the Board for the remainder of the year.\n\n"
        "### 33. Minutes of the previous meeting (Agenda item 2)\n\n"
        "RESOLVED: That the minutes of the meeting held on 19 September 2024 be confirmed.\n"
    )
    (tmp_path / "m.md").write_text(minutes, encoding="utf-8")
    (tmp_path / "manifest.yaml").write_text(
        "documents:\n  - {id: m, file: m.md, title: Minutes, type: minutes, date: '2025-03-20'}\n",
        encoding="utf-8",
    )
    corpus = ingest_corpus(tmp_path)
    resolutions = [p for p in corpus.passages if p.kind == "resolution"]
    assert len(resolutions) == 2
    assert any("elected Chair" in p.text for p in resolutions)
    assert all((p.section or "").startswith(("32.", "33.")) for p in resolutions)
