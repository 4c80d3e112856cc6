"""Contact questions are answered from the asked report's own contact block."""

from __future__ import annotations

from answer.contact import contact_answer
from answer.extractive import compose
from index.tokenize import tokenize
from ingest.fields import ContactFields, PassageFields
from ingest.model import Passage
from question.read import read_question
from tests.answer import made
from tests.answer.models import PLAIN_MODELS


def _passage(doc_id: str, text: str, kind: str, fields: PassageFields | None = None) -> Passage:
    section = "Officer to contact" if kind == "contact" else "Background"
    return made.passage(text, doc_id=doc_id, kind=kind, section=section, fields=fields)


HOUSING = made.document(
    "housing", "Update on the Work of the Northshire Housing Services Partnership"
)
VRN = made.document("vrn", "The Violence Reduction Network and Prevention Board")
HOUSING_CONTACT = _passage(
    "housing",
    "Jane Toman Chief Executive, Blaby District Council Telephone: 0116 272 7576",
    "contact",
    ContactFields(names="Jane Toman"),
)
VRN_CONTACT = _passage(
    "vrn",
    "Paul Hindson CEO, Office of the Police and Crime Commissioner Telephone: 0116 229 8980",
    "contact",
    ContactFields(names="Paul Hindson"),
)
HOUSING_BACKGROUND = _passage(
    "housing",
    "The Housing Services Partnership is led by the district housing teams.",
    "paragraph",
)


def _ask(question: str) -> str:
    hits = [
        made.hit(VRN_CONTACT, VRN, 1.0, dense=0.6),
        made.hit(HOUSING_BACKGROUND, HOUSING, 0.9, dense=0.6),
    ]
    lookup = {"housing": HOUSING_CONTACT, "vrn": VRN_CONTACT}
    answer = compose(
        read_question(question, idf=lambda term: 3.0),
        question,
        hits,
        idf=lambda term: 3.0,
        contacts=lookup.get,
        models=PLAIN_MODELS,
    )
    assert not answer.refused, answer
    assert all(c.quote in c.passage.text for c in answer.citations)
    return answer.text


def test_the_asked_reports_contacts_beat_a_better_ranked_block_of_another_report() -> None:
    text = _ask("who do I contact about the Housing Services Partnership update?")
    assert text.startswith("Officers to contact about Update on the Work of the Northshire")
    assert "Jane Toman" in text and "Paul Hindson" not in text


def test_a_report_whose_block_never_names_the_asked_post_is_not_the_answer() -> None:
    hits = [made.hit(HOUSING_BACKGROUND, HOUSING, 1.0)]
    lookup = {"housing": HOUSING_CONTACT}.get

    def block(question: str) -> object:
        terms = dict.fromkeys(tokenize(question), 3.0)
        return contact_answer(read_question(question, idf=lambda _: 3.0), terms, hits, lookup)

    assert block("who do I contact about the Housing Services Partnership update?") is not None
    assert (
        block("who is the contact at the Crime Commissioner's office for the Housing update?")
        is None
    )
