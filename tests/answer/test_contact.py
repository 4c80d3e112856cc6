"""Contact questions are answered from the asked report's own contact block."""

from __future__ import annotations

from answer.extractive import compose
from ingest.model import Document, Passage
from retrieval.search import Hit


def _document(doc_id: str, title: str) -> Document:
    return Document(
        id=doc_id,
        title=title,
        doc_type="report",
        source="pack.txt",
        sha256="0" * 64,
        date="2019-11-28",
        period="2019",
        publisher="Leicestershire Health and Wellbeing Board",
    )


def _passage(doc_id: str, text: str, kind: str, fields: dict[str, str] | None = None) -> Passage:
    return Passage(
        id=f"{doc_id}:{kind}",
        document_id=doc_id,
        text=text,
        section="Officer to contact" if kind == "contact" else "Background",
        page=None,
        lines=(1, 2),
        kind=kind,
        fields=fields or {},
        context="",
    )


HOUSING = _document(
    "housing", "Update on the Work of the Leicestershire Housing Services Partnership"
)
VRN = _document("vrn", "The Violence Reduction Network and Prevention Board")
HOUSING_CONTACT = _passage(
    "housing",
    "Jane Toman Chief Executive, Blaby District Council Telephone: 0116 272 7576",
    "contact",
    {"names": "Jane Toman"},
)
VRN_CONTACT = _passage(
    "vrn",
    "Paul Hindson CEO, Office of the Police and Crime Commissioner Telephone: 0116 229 8980",
    "contact",
    {"names": "Paul Hindson"},
)
HOUSING_BACKGROUND = _passage(
    "housing",
    "The Housing Services Partnership brings district housing teams together.",
    "paragraph",
)


def _ask(question: str) -> str:
    hits = [
        Hit(VRN_CONTACT, VRN, 1.0, {"dense": 0.6}),
        Hit(HOUSING_BACKGROUND, HOUSING, 0.9, {"dense": 0.6}),
    ]
    lookup = {"housing": HOUSING_CONTACT, "vrn": VRN_CONTACT}
    answer = compose(
        question,
        question,
        hits,
        idf=lambda term: 3.0,
        documents={"housing": HOUSING, "vrn": VRN},
        contacts=lookup.get,
    )
    assert not answer.refused, answer
    assert all(c.quote in c.passage.text for c in answer.citations)
    return answer.text


def test_the_asked_reports_contacts_beat_a_better_ranked_block_of_another_report() -> None:
    text = _ask("who do I contact about the Housing Services Partnership update?")
    assert text.startswith("Officers to contact about Update on the Work of the Leicestershire")
    assert "Jane Toman" in text and "Paul Hindson" not in text
