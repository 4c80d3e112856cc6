from __future__ import annotations

from answer.fields import contact_part, field_fact
from ingest.fields import ActionFields, ContactFields
from ingest.model import Passage, PassageKind
from question.model import AnswerType, Question
from question.read import read_question

_CONTACTS = (
    "Louise Young Programme Management Lead Louise.Young@westleicestershireccg.nhs.uk "
    "07785530047 Sarah Willis Head of Workforce Sarah.Willis@leicspart.nhs.uk"
)


def _contact_passage() -> Passage:
    return Passage(
        id="doc:1",
        document_id="doc",
        text=_CONTACTS,
        section="Officers to contact",
        page=None,
        lines=(1, 3),
        kind=PassageKind.CONTACT,
        fields=ContactFields(names="Louise Young; Sarah Willis", phones="07785530047"),
        context="",
    )


def test_a_contact_block_is_cut_at_the_next_listed_name() -> None:
    louise = contact_part(_contact_passage(), ["louis"])
    sarah = contact_part(_contact_passage(), ["sarah", "willi"])
    assert louise is not None and "07785530047" in louise and "Sarah" not in louise
    assert sarah is not None and sarah.startswith("Sarah Willis") and "0778" not in sarah


def test_no_part_when_the_question_names_nobody_listed() -> None:
    assert contact_part(_contact_passage(), ["paul"]) is None
    assert contact_part(_contact_passage(), []) is None


def test_an_action_lead_adds_its_comments_when_asked_when_or_how_far() -> None:
    action = Passage(
        id="log:1",
        document_id="log",
        text="Action 188: a further report. Responsible officer: CCGs. Comments: In January.",
        section="Action log",
        page=None,
        lines=(1, 2),
        kind=PassageKind.ACTION,
        fields=ActionFields(
            number="188",
            date="",
            action="",
            responsible_officer="CCGs",
            comments="In January",
            status="",
        ),
        context="",
    )
    due = field_fact(_read("who owns that and when will it be done?"), AnswerType.PERSON, action)
    owner = field_fact(_read("who owns that?"), AnswerType.PERSON, action)
    assert due == "The responsible officer for action 188 is CCGs. Comments: In January"
    assert owner == "The responsible officer for action 188 is CCGs."


def _read(question: str) -> Question:
    return read_question(question, idf=lambda term: 2.0)
