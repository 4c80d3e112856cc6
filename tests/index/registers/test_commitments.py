"""Commitment rows from small made-up passages: verbatim text, and an owner, target or measure
only where the passage or its section states one."""

from __future__ import annotations

import pytest

from index.registers.commitment_passages import commitment_text
from index.registers.commitments import commitment_rows
from index.registers.config import RegisterConfig
from ingest.fields import CommitmentFields
from ingest.model import DocType, Document, Passage, PassageKind

PLAN = Document("plan", "A made-up plan", DocType.STRATEGY, "plan.txt", "0" * 64, date="2030-04")
MINUTES = Document("mins", "Made-up minutes", DocType.MINUTES, "mins.txt", "1" * 64, date="2030-05")
DOCUMENTS = {d.id: d for d in (PLAN, MINUTES)}


def _commitment(
    text: str, section: str = "2 Priorities > What we will do", priority: str | None = None
) -> Passage:
    return Passage(
        f"plan:{abs(hash(text))}",
        "plan",
        text,
        section,
        None,
        (3, 4),
        PassageKind.COMMITMENT,
        CommitmentFields(section=section, priority=priority),
    )


def test_each_commitment_passage_is_one_row_citing_document_section_lines_and_date() -> None:
    passage = _commitment("We will open two new play areas in the parks.", priority="2 Priorities")
    [row] = commitment_rows([passage], DOCUMENTS, RegisterConfig())
    assert row.text == passage.text
    assert row.priority == "2 Priorities"
    assert (row.citation.document_id, row.citation.section) == ("plan", passage.section)
    assert (row.citation.lines, row.citation.date, row.citation.title) == (
        (3, 4),
        "2030-04",
        "A made-up plan",
    )


def test_a_content_heading_joined_in_front_is_left_out_and_the_text_stays_verbatim() -> None:
    section = "4 Outcomes > 4.1 Outcome 1: Growing up well in every ward"
    passage = _commitment(
        "Outcome 1: Growing up well in every ward We will expand the holiday food offer.", section
    )
    text = commitment_text(passage)
    assert text == "We will expand the holiday food offer."
    assert text in passage.text


def test_no_owner_is_given_when_the_document_names_none() -> None:
    passage = _commitment("We will work with partners to cut waiting times.")
    [row] = commitment_rows([passage], DOCUMENTS, RegisterConfig())
    assert row.owner is None and row.target is None and row.measure is None


def test_an_owner_labelled_in_the_same_section_is_the_rows_owner() -> None:
    commitment = _commitment("We will publish a housing needs survey.")
    label = Passage("plan:lead", "plan", "Lead: Housing Partnership Board", commitment.section)
    other = Passage("plan:far", "plan", "Lead: Somebody Else", "3 Elsewhere")
    [row] = commitment_rows([commitment, label, other], DOCUMENTS, RegisterConfig())
    assert row.owner == "Housing Partnership Board"


def test_led_by_counts_inside_the_commitment_but_not_in_a_neighbouring_paragraph() -> None:
    owned = _commitment("We will run a falls clinic led by the Community Therapy Service.")
    unowned = _commitment("We will train carers.", section="5 Care > What we will do")
    aside = Passage(
        "plan:aside", "plan", "The forum, led by the Mayor, met twice.", unowned.section
    )
    rows = commitment_rows([owned, unowned, aside], DOCUMENTS, RegisterConfig())
    assert [r.owner for r in rows] == ["the Community Therapy Service", None]


def test_target_date_and_measure_are_verbatim_phrases_of_the_commitment() -> None:
    passage = _commitment(
        "We will reduce smoking in pregnancy to 6% by March 2031, working with midwives."
    )
    [row] = commitment_rows([passage], DOCUMENTS, RegisterConfig())
    assert row.target == "by March 2031"
    assert row.measure == "reduce smoking in pregnancy to 6%"
    assert row.target in passage.text and row.measure in passage.text


def test_a_measure_runs_to_its_end_point_when_one_is_stated() -> None:
    passage = _commitment("We will cut obesity in year six from 22.8% (2030/31) to 20% by 2035.")
    [row] = commitment_rows([passage], DOCUMENTS, RegisterConfig())
    assert row.measure == "cut obesity in year six from 22.8% (2030/31) to 20%"


def test_commitments_in_minutes_are_not_commitment_rows() -> None:
    passage = Passage(
        "mins:1",
        "mins",
        "We will write to the minister.",
        "12. Letters",
        kind=PassageKind.COMMITMENT,
    )
    assert commitment_rows([passage], DOCUMENTS, RegisterConfig()) == []


def test_an_unknown_document_type_in_the_config_is_refused_naming_the_allowed_ones() -> None:
    with pytest.raises(ValueError, match=r"commitment_doc_types.*allowed: strategy"):
        RegisterConfig(commitment_doc_types=("strategy", "pamphlet"))


def test_a_label_read_as_a_heading_under_the_section_still_names_the_owner() -> None:
    commitment = _commitment("We will plant a thousand trees.", section="1 Parks")
    label = Passage(
        "plan:h",
        "plan",
        "Lead: Parks Board",
        "1 Parks > Lead: Parks Board",
        kind=PassageKind.HEADING,
    )
    [row] = commitment_rows([commitment, label], DOCUMENTS, RegisterConfig())
    assert row.owner == "Parks Board"


def test_each_commitment_of_a_passage_is_a_row_of_its_own() -> None:
    passage = _commitment(
        "reaching every ward. 2. Working with schools to raise reading ages to 95. The work "
        "starts in spring. We will open a library by 2032."
    )
    rows = commitment_rows([passage], DOCUMENTS, RegisterConfig())
    assert [r.text for r in rows] == [
        "reaching every ward.",
        "2. Working with schools to raise reading ages to 95. The work starts in spring.",
        "We will open a library by 2032.",
    ]
    assert [r.target for r in rows] == [None, None, "by 2032"]
    assert len({r.id for r in rows}) == 3 and all(r.text in passage.text for r in rows)


def test_a_strategys_priorities_and_we_will_sentences_outside_commitments_are_rows() -> None:
    report = Document(
        "rep", "A made-up report", DocType.REPORT, "rep.txt", "2" * 64, date="2030-06"
    )
    documents = {**DOCUMENTS, "rep": report}
    heading = Passage(
        "plan:h", "plan", "Priority 2: Thriving Streets", "2 Priorities", kind=PassageKind.HEADING
    )
    asking = Passage(
        "plan:q", "plan", "How we will measure success", "3 Measures", kind=PassageKind.HEADING
    )
    prose = Passage(
        "plan:p",
        "plan",
        "Smoking is falling. Through the tobacco plan, we will halve smoking by 2030. We care.",
        "2 Priorities",
    )
    aside = Passage("rep:p", "rep", "We will circulate the slides after the meeting.", None)
    rows = commitment_rows([heading, asking, prose, aside], documents, RegisterConfig())
    assert [row.text for row in rows] == [
        "Priority 2: Thriving Streets",
        "Through the tobacco plan, we will halve smoking by 2030.",
    ]
    assert rows[1].target == "by 2030"
    assert all(row.text in p.text for row, p in zip(rows, (heading, prose), strict=True))
