"""Which papers name a person as an officer to contact: every contact block listing them."""

from __future__ import annotations

from dataclasses import replace

from ingest.fields import ContactFields
from ingest.model import Passage
from pipeline.contact_papers import contact_papers_answer
from question.read import read_question
from tests.answer import made

PARKS = made.document("parks", "Parks update")
LIBRARIES = made.document("libraries", "Libraries review")
ROADS = made.document("roads", "Roads report")
DOCUMENTS = {d.id: d for d in (PARKS, LIBRARIES, ROADS)}


def _contact(doc_id: str, text: str, names: str) -> Passage:
    passage = made.passage(text, doc_id=doc_id, kind="contact")
    return replace(passage, fields=ContactFields(names=names))


PASSAGES = [
    _contact("parks", "Jo Bloggs Head of Parks Email: jo.bloggs@northtown.gov.uk", "Jo Bloggs"),
    _contact("libraries", "Sam Green, Librarian. Jo Bloggs, Head of Parks", "Sam Green; Jo Bloggs"),
    _contact("roads", "Ann Lee Head of Roads Email: ann.lee@northtown.gov.uk", "Ann Lee"),
    made.passage("Jo Bloggs presented the roads report.", doc_id="roads"),
]


def _ask(question: str, known: list[tuple[str, ...]]) -> str | None:
    asked = read_question(question, idf=made.idf, known_names=known)
    found = contact_papers_answer(asked, PASSAGES, DOCUMENTS)
    if found is not None:
        assert all(c.quote in c.passage.text for c in found.citations)
    return None if found is None else found.text


def test_every_paper_naming_the_person_as_a_contact_is_listed() -> None:
    text = _ask("which reports is jo bloggs down as contact for?", [("jo", "blogg")])
    assert text == (
        "Parks update: Jo Bloggs Head of Parks Email: jo.bloggs@northtown.gov.uk [1]"
        " Libraries review: Jo Bloggs [2]"
    )


def test_only_a_question_asking_which_papers_gets_the_list() -> None:
    assert _ask("who is the contact for the parks update?", [("jo", "blogg")]) is None
    assert _ask("which reports is ann lee the contact for?", []) is None


def test_the_next_persons_email_is_not_quoted_as_theirs() -> None:
    block = _contact(
        "parks", "Jo Bloggs Head of Parks Sam Green Email: sam@x.gov.uk", "Jo Bloggs; Sam Green"
    )
    asked = read_question("which papers is jo bloggs the contact for?", idf=made.idf,
                          known_names=[("jo", "blogg")])  # fmt: skip
    found = contact_papers_answer(asked, [block], DOCUMENTS)
    assert found is not None and found.citations[0].quote == "Jo Bloggs"
