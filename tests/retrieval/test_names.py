from __future__ import annotations

from dataclasses import replace

from ingest.model import DocType, Document
from retrieval.names import (
    document_names,
    named_by_age,
    named_by_name,
    named_documents,
    names_document,
    names_in_text,
    title_acronyms,
    titles_of,
)

ABBR = {
    "PA": "Public Art",
    "DPA": "Director of Public Art",
    "CTS": "City Transport Strategy",
    "YVE": "Youth Volunteering Experiences",
    "RCN": "River Cleanup Network",
}


def _doc(doc_id: str, title: str) -> Document:
    return Document(id=doc_id, title=title, doc_type=DocType.REPORT, source="x", sha256="0")


DOCS = {
    d.id: d
    for d in (
        _doc("pa", "Fenwick's public art strategy"),
        _doc("dpa", "Annual Report of the Director of Public Art"),
        _doc("cts", "City Transport Strategy 2022-2032 (CTS)"),
        _doc("yves", "Youth Volunteering Experiences"),
        _doc("rcn", "The River Cleanup Network and Outreach Board"),
    )
}
ACRONYMS = {doc_id: title_acronyms(d, ABBR) for doc_id, d in DOCS.items()}


def _named(question: str) -> set[str]:
    return named_documents(question, titles_of(DOCS, ABBR), ABBR)


def test_a_title_has_the_acronyms_of_the_long_forms_it_holds() -> None:
    assert ACRONYMS["dpa"] == {"PA", "DPA"}
    assert ACRONYMS["cts"] == {"CTS"}


def test_an_acronym_followed_by_a_document_noun_names_a_document() -> None:
    assert names_document(["the", "YVEs", "paper"], "YVE", ABBR["YVE"])
    assert not names_document(["what", "did", "the", "YVEs", "event", "cover"], "YVE", ABBR["YVE"])


def test_an_acronym_standing_for_a_document_names_it_alone() -> None:
    assert _named("how far have bus journey numbers risen, per the CTS?") == {"cts"}


def test_other_question_words_pick_between_titles_sharing_an_acronym() -> None:
    assert _named("what share of murals are restored, going by the PA strategy?") == {"pa"}
    assert _named("what is the focus of this year's DPA annual report?") == {"dpa"}


def test_a_long_form_followed_by_a_document_noun_names_the_document() -> None:
    assert _named("who wrote the Youth Volunteering Experiences report?") == {"yves"}


def test_a_two_letter_acronym_typed_in_lower_case_names_a_document_before_its_noun() -> None:
    assert _named("what are the pa strategy priorities?") == {"pa"}
    assert _named("did the pa say anything on murals?") == set()


def test_a_topic_or_a_person_names_no_document() -> None:
    assert _named("how much has the Environment Agency given to the RCN?") == set()
    assert _named("which DPA is co-chair of the partnership?") == set()


def test_a_question_naming_two_documents_gets_each_by_its_own_title_words() -> None:
    # "PA" and "CTS" are both named; "strategy" is in their titles, not in the DPA's report.
    assert _named("does the PA strategy agree with the CTS on targets?") == {"pa", "cts"}


def test_every_document_bearing_a_named_title_is_named() -> None:
    # Two councils publish a strategy under the same title: the question names both.
    copy = _doc("cts-north", DOCS["cts"].title)
    docs = {**DOCS, copy.id: copy}
    found = named_documents("what does the CTS say on cycling?", titles_of(docs, ABBR), ABBR)
    assert found == {"cts", "cts-north"}


def test_a_title_gives_its_document_a_quoted_name_or_a_name_before_a_colon() -> None:
    assert document_names('Parks Strategy 2019-2023: "Greener Together"') == ("greener together",)
    assert document_names("Greener Fenwick: Parks Strategy 2024-2029") == ("greener fenwick",)
    # A colon not followed by a document noun, and apostrophes, give no name.
    assert document_names("Parks update: Trees, Paths and Ponds") == ()
    assert document_names("Children's and Young People's Plan") == ()


def test_a_question_names_a_document_by_a_name_one_document_alone_bears() -> None:
    docs = {
        "old": _doc("old", 'Fenwick Parks Strategy 2019-2023: "Greener Together"'),
        "new": _doc("new", "Greener Fenwick: Parks Strategy 2024-2034"),
        "tree": _doc("tree", "Greener Fenwick: Parks Strategy 2024-2034 - tree annex"),
    }
    names = titles_of(docs, {}).names
    assert named_by_name("what did Greener Together promise on ponds?", names) == {
        "old": "greener together"
    }
    # A name two documents bear names neither.
    assert named_by_name("what does Greener Fenwick say?", names) == {}


def test_a_name_quoted_right_after_a_documents_title_and_period_names_it() -> None:
    plan = replace(_doc("plan", "Northtown Parks Strategy 2024-2030"), period="2024-2030")
    old = replace(_doc("old", "Northtown Parks Strategy 2018-2023"), period="2018-2023")
    docs = {d.id: d for d in (plan, old)}
    texts = [
        "The board adopted the Northtown Parks Strategy 2024–2030, \u201cGreener Together\u201d.",
        "The Northtown Parks Strategy 2018-2023 was reviewed in report \u201cItem 4\u201d.",
    ]
    assert names_in_text(texts, docs) == {"greener together": "plan"}
    assert titles_of(docs, {}, texts).names["greener together"] == "plan"


def test_an_age_word_names_the_one_superseded_document_its_noun_fits() -> None:
    docs = {
        "old": replace(_doc("old", "City Transport Strategy 2012-2022"), superseded_by="cts"),
        "cts": DOCS["cts"],
        "walk": replace(_doc("walk", "Walking Plan 2015"), superseded_by="walk2"),
        "walk2": _doc("walk2", "Walking Plan 2025"),
    }
    titles = titles_of(docs, ABBR)
    assert named_by_age([("old", "strategy")], titles) == {"old": "old"}
    assert named_by_age([("previous", "plans")], titles) == {"walk": "previous"}
    assert named_by_age([("first", "CTS")], titles) == {"old": "first"}
    # "The old one" fits both superseded documents, so names neither; nothing fits a report.
    assert named_by_age([("old", "one")], titles) == {}
    assert named_by_age([("old", "report")], titles) == {}
