"""Commitment passages and the passages that hold commitments the same way, made up."""

from __future__ import annotations

from index.registers.commitments import commitment_rows
from index.registers.config import RegisterConfig
from ingest.model import DocType, Document, Passage, PassageKind

PLAN = Document("plan", "A made-up plan", DocType.STRATEGY, "plan.txt", "0" * 64, date="2030-04")
DOCUMENTS = {PLAN.id: PLAN}
CHAPTER = "3 Growing up well"
COMMITMENTS = "3 Growing up well > Our commitments to residents"


def _passage(n: int, text: str, section: str, kind: PassageKind) -> Passage:
    return Passage(f"plan:{n}", "plan", text, section, None, (n, n), kind)


def _texts(*passages: Passage) -> list[str]:
    return [row.text for row in commitment_rows(list(passages), DOCUMENTS, RegisterConfig())]


def test_we_want_to_opening_a_chapter_is_an_aspiration_but_under_commitments_a_commitment() -> None:
    opening = _passage(
        1,
        "We want every child to grow up safe and well in every ward. We will open two "
        "family centres by 2032.",
        CHAPTER,
        PassageKind.COMMITMENT,
    )
    aspiration = _passage(
        2, "We want to give every child a good start in life.", CHAPTER, PassageKind.COMMITMENT
    )
    listed = _passage(
        3,
        "We want to help families find childcare they can afford.",
        COMMITMENTS,
        PassageKind.COMMITMENT,
    )
    assert _texts(opening, aspiration, listed) == [
        "We want every child to grow up safe and well in every ward.",
        "We will open two family centres by 2032.",
        "We want to help families find childcare they can afford.",
    ]


def test_a_commitment_cut_off_mid_sentence_carries_on_into_the_next_passage() -> None:
    cut = _passage(1, "We will listen to residents in the", COMMITMENTS, PassageKind.COMMITMENT)
    rest = _passage(
        2,
        "spring survey and act on what they tell us about play. We would back the new "
        "youth plan when it is agreed.",
        COMMITMENTS,
        PassageKind.LIST,
    )
    assert _texts(cut, rest) == [
        "We will listen to residents in the",
        "spring survey and act on what they tell us about play.",
        "We would back the new youth plan when it is agreed.",
    ]


def test_a_short_end_of_a_cut_off_commitment_is_a_fragment_not_a_row() -> None:
    cut = _passage(
        1,
        "We will cut the days spent in hospital by people with Long",
        COMMITMENTS,
        PassageKind.COMMITMENT,
    )
    rest = _passage(2, "Term Conditions. ", COMMITMENTS, PassageKind.LIST)
    assert _texts(cut, rest) == ["We will cut the days spent in hospital by people with Long"]


def test_a_bare_instruction_under_a_heading_of_commitments_is_one() -> None:
    instruction = _passage(
        1, "Extend the holiday food scheme to every school.", COMMITMENTS, PassageKind.LIST
    )
    following = _passage(
        2,
        "Supporting them to stay in the scheme for as long as they choose.",
        COMMITMENTS,
        PassageKind.LIST,
    )
    elsewhere = _passage(
        3, "Extend the holiday food scheme to every school.", CHAPTER, PassageKind.LIST
    )
    preposition = _passage(
        4,
        "Within the life of this plan the number of schools will double.",
        COMMITMENTS,
        PassageKind.PARAGRAPH,
    )
    assert _texts(instruction, following, elsewhere, preposition) == [
        "Extend the holiday food scheme to every school."
    ]
