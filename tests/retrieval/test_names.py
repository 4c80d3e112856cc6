from __future__ import annotations

from ingest.model import DocType, Document
from retrieval.names import named_documents, names_document, title_acronyms, titles_of

ABBR = {
    "PH": "Public Health",
    "DPH": "Director of Public Health",
    "JHWS": "Joint Health and Wellbeing Strategy",
    "ACE": "Adverse Childhood Experiences",
    "VRN": "Violence Reduction Network",
}


def _doc(doc_id: str, title: str) -> Document:
    return Document(id=doc_id, title=title, doc_type=DocType.REPORT, source="x", sha256="0")


DOCS = {
    d.id: d
    for d in (
        _doc("ph", "Leicestershire's public health strategy"),
        _doc("dph", "Annual Report of the Director of Public Health"),
        _doc("jhws", "Joint Health and Wellbeing Strategy 2022-2032 (JHWS)"),
        _doc("aces", "Adverse Childhood Experiences"),
        _doc("vrn", "The Violence Reduction Network and Prevention Board"),
    )
}
ACRONYMS = {doc_id: title_acronyms(d, ABBR) for doc_id, d in DOCS.items()}


def _named(question: str) -> set[str]:
    return named_documents(question, titles_of(DOCS, ABBR), ABBR)


def test_a_title_has_the_acronyms_of_the_long_forms_it_holds() -> None:
    assert ACRONYMS["dph"] == {"PH", "DPH"}
    assert ACRONYMS["jhws"] == {"JHWS"}


def test_an_acronym_followed_by_a_document_noun_names_a_document() -> None:
    assert names_document(["the", "ACEs", "paper"], "ACE", ABBR["ACE"])
    assert not names_document(["what", "did", "the", "ACEs", "event", "cover"], "ACE", ABBR["ACE"])


def test_an_acronym_standing_for_a_document_names_it_alone() -> None:
    assert _named("how far have looked-after child numbers risen, per the JHWS?") == {"jhws"}


def test_other_question_words_pick_between_titles_sharing_an_acronym() -> None:
    assert _named("what share of adults exercise enough, going by the PH strategy?") == {"ph"}
    assert _named("what is the focus of this year's DPH annual report?") == {"dph"}


def test_a_long_form_followed_by_a_document_noun_names_the_document() -> None:
    assert _named("who wrote the Adverse Childhood Experiences report?") == {"aces"}


def test_a_topic_or_a_person_names_no_document() -> None:
    assert _named("how much has the Home Office given to the VRN?") == set()
    assert _named("which DPH is co-chair of the partnership?") == set()


def test_a_question_naming_two_documents_gets_each_by_its_own_title_words() -> None:
    # "PH" and "JHWS" are both named; "strategy" is in their titles, not in the DPH's report.
    assert _named("does the PH strategy agree with the JHWS on targets?") == {"ph", "jhws"}


def test_every_document_bearing_a_named_title_is_named() -> None:
    # Two councils publish a strategy under the same title: the question names both.
    copy = _doc("jhws-north", DOCS["jhws"].title)
    docs = {**DOCS, copy.id: copy}
    found = named_documents("what does the JHWS say on falls?", titles_of(docs, ABBR), ABBR)
    assert found == {"jhws", "jhws-north"}
