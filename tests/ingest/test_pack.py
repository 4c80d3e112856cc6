"""The meeting pack of the shipped corpus, split into its components."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.fields import ActionFields, MinuteItemFields
from ingest.model import DocType
from ingest.pipeline import Corpus, ingest_corpus

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
PACK = "hwb-pack-2019-11"


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return ingest_corpus(CORPUS)


def _component(corpus: Corpus, doc_id: str):  # type: ignore[no-untyped-def]
    return next(d for d in corpus.documents if d.id == doc_id)


def test_pack_components_are_separate_documents(corpus: Corpus) -> None:
    components = [d for d in corpus.documents if d.parent_id == PACK]
    types = [d.doc_type for d in components]
    assert types.count(DocType.MINUTES) == 1
    assert types.count(DocType.ACTION_LOG) == 1
    assert types.count(DocType.SLIDES) >= 3
    assert types.count(DocType.REPORT) >= 7
    titles = " | ".join(d.title for d in components)
    for expected in (
        "Adverse Childhood Experiences",
        "Housing Services Partnership",
        "Violence Reduction Network",
        "Unified Prevention Board",
        "Children and Families Partnership Plan",
        "Director of Public Health",
    ):
        assert expected in titles
    assert not any(p.document_id == PACK for p in corpus.passages)


def test_components_carry_their_own_date_author_and_contacts(corpus: Corpus) -> None:
    minutes = _component(corpus, f"{PACK}--minutes")
    assert minutes.date == "2019-09-26"
    ace = _component(corpus, f"{PACK}--adverse-childhood-experiences")
    assert ace.date == "2019-11-28"
    assert ace.author is not None and "Director of Public Health" in ace.author
    assert ace.contacts == ("Jane Roberts", "Ellie Lowe")


def test_every_action_log_row_is_a_passage_with_its_officer(corpus: Corpus) -> None:
    rows = [p for p in corpus.passages if p.document_id == f"{PACK}--action-log"]
    assert all(p.kind == "action" for p in rows)
    cells = [p.fields for p in rows if isinstance(p.fields, ActionFields)]
    assert len(cells) == len(rows)
    numbers = [row.number for row in cells]
    assert numbers == [
        "367(c)",
        "75(b)",
        "119(c)",
        "122",
        "166",
        "168b",
        "170c",
        "172",
        "174",
        "184",
        "188",
    ]
    officers = {row.number: row.responsible_officer for row in cells}
    assert officers["367(c)"] == "Mike Sandys"
    assert officers["122"] == "East Leics CCG"
    assert officers["174"] == "Jane Moore/Simon Down"
    assert officers["188"] == "CCGs"
    assert all(row.status == "GREEN" for row in cells)
    assert all(row.date and row.action for row in cells)


def test_every_minute_item_has_its_resolution(corpus: Corpus) -> None:
    passages = [p for p in corpus.passages if p.document_id == f"{PACK}--minutes"]
    items = [(p, p.fields) for p in passages if isinstance(p.fields, MinuteItemFields)]
    assert {f.minute_number for _, f in items} == {str(n) for n in range(178, 192)}
    resolved = {f.minute_number for p, f in items if p.kind == "resolution"}
    assert resolved == {"182", "183", "184", "185", "186", "187", "188", "189", "190"}
    bcf, bcf_item = next(
        (p, f) for p, f in items if p.kind == "resolution" and f.minute_number == "189"
    )
    assert bcf.text.startswith("RESOLVED")
    assert "Better Care Fund Plan for 2019/20 be approved" in bcf.text
    assert bcf_item.title == "Better Care Fund Plan 2019/20"


def test_no_minutes_passage_crosses_an_item(corpus: Corpus) -> None:
    for p in corpus.passages:
        if p.document_id == f"{PACK}--minutes" and isinstance(p.fields, MinuteItemFields):
            assert p.section is not None and p.section.startswith(p.fields.minute_number)
