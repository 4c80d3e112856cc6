"""Who chaired a meeting the question dates, read from its minutes' list of those present."""

from __future__ import annotations

from dataclasses import replace

from answer.model import Answer, Citation
from ingest.model import DocType, Document, Passage
from pipeline.meeting_chair import meeting_chair_answer
from question.read import read_question
from tests.answer import made


def _minutes(doc_id: str, date: str) -> Document:
    return replace(
        made.document(doc_id, f"Parks forum minutes {date}", date), doc_type=DocType.MINUTES
    )


JUNE = _minutes("june", "2024-06-12")
MARCH = _minutes("march", "2025-03-19")
PLAN = made.document("plan", "Parks plan", "2024-03-01")
PASSAGES = {
    "june": [
        made.passage("Present: Cllr Jo Bloggs (Chair) - Cabinet Member for Parks; Dr Sam Green"
                     " (Vice-Chair) - Ranger", doc_id="june"),
        made.passage("The Chair welcomed Dr Sam Green, who presented the lakes report.",
                     doc_id="june", lines=(5, 6)),
    ],
    "march": [made.passage("Present: Cllr Ann Lee (Chair) - Cabinet Member", doc_id="march")],
    "plan": [made.passage("The forum is chaired by the Cabinet Member.", doc_id="plan")],
}  # fmt: skip
DOCUMENTS = {d.id: d for d in (JUNE, MARCH, PLAN)}


def _composed(passage: Passage, document: Document) -> Answer:
    quote = passage.text
    return Answer(f"{quote} [1]", [Citation(1, passage, document, quote)], 0.6, refused=False)


def _ask(question: str, composed: Answer) -> Answer | None:
    return meeting_chair_answer(
        read_question(question, idf=made.idf),
        composed,
        DOCUMENTS,
        lambda doc_id: PASSAGES[doc_id],
        lambda document: document.date,
    )


WELCOMED = _composed(PASSAGES["june"][1], JUNE)


def test_the_chair_of_a_dated_meeting_is_read_from_its_minutes() -> None:
    found = _ask("who was chairing the parks forum in June 2024?", WELCOMED)
    assert found is not None
    assert found.text == "At the meeting of 12 June 2024: Cllr Jo Bloggs (Chair) [1]"
    assert [c.document.id for c in found.citations] == ["june"]
    assert all(c.quote in c.passage.text for c in found.citations)


def test_a_year_names_the_meetings_in_it() -> None:
    found = _ask("who chaired the parks forum in 2025?", WELCOMED)
    assert found is not None and found.text.startswith("At the meeting of 19 March 2025: Cllr Ann")


def test_an_answer_naming_the_chair_or_an_undated_question_is_left_alone() -> None:
    named = _composed(PASSAGES["june"][0], JUNE)
    assert _ask("who was chairing the parks forum in June 2024?", named) is None
    assert _ask("who chairs the parks forum?", WELCOMED) is None
