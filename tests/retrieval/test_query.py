from __future__ import annotations

from ingest.model import DocType, Document
from question.model import Question
from question.read import read_question
from retrieval.query import asks_for_older, expand_abbreviations, names_older_version, normalise


def _read(text: str) -> Question:
    return read_question(text, idf=lambda _: 0.0)


ABBR = {"BCF": "Better Care Fund", "JHWS": "Joint Health and Wellbeing Strategy", "ED": "Emergency"}


def test_an_acronym_gets_its_long_form_appended() -> None:
    assert expand_abbreviations("who signs off the BCF?", ABBR).endswith("Better Care Fund")


def test_a_lower_case_acronym_of_three_letters_or_more_counts() -> None:
    assert "Joint Health and Wellbeing Strategy" in expand_abbreviations(
        "when was the jhws ok'd", ABBR
    )


def test_short_lower_case_acronyms_are_words_not_acronyms() -> None:
    assert expand_abbreviations("what has been ed about", ABBR) == "what has been ed about"


def test_a_short_lower_case_acronym_before_a_document_noun_counts() -> None:
    art = {"PA": "Public Art"}
    assert expand_abbreviations("list the pa plan aims", art).endswith("Public Art")
    assert expand_abbreviations("what did pa say", art) == "what did pa say"


def test_a_long_form_gets_its_acronym_appended() -> None:
    assert expand_abbreviations("the better care fund plan", ABBR).endswith("BCF")


def _doc(period: str) -> Document:
    return Document(
        id="old", title="Old", doc_type=DocType.STRATEGY, source="x", sha256="0", period=period
    )


def test_a_year_inside_the_period_asks_for_the_older_document() -> None:
    assert asks_for_older(_read("what did the 2013 strategy prioritise?"), _doc("2013-2016"))
    assert not asks_for_older(_read("what does the strategy prioritise?"), _doc("2013-2016"))
    assert asks_for_older(_read("what did the previous strategy say?"), _doc("2013-2016"))


def test_asking_whom_to_contact_adds_the_words_reports_use_for_it() -> None:
    expanded = normalise(_read("who do I get in touch with about the HQP paper?"), {}).expanded
    assert "officer to contact" in expanded
    assert normalise(_read("what is the board asked to do?"), {}).expanded.endswith(
        "recommendation the board is requested to"
    )


def test_a_service_named_contact_is_not_a_request_for_a_contact() -> None:
    expanded = normalise(_read("what's the plan for Community Contact Point?"), {}).expanded
    assert "officer to contact" not in expanded
    assert "officer to contact" in normalise(_read("Contact for the HQP paper?"), {}).expanded


def test_naming_the_older_version_outright_is_recognised() -> None:
    old = _doc("2013-2016")
    assert names_older_version(_read("what were the three aims of the first JHWS?"), old)
    assert names_older_version(_read("what did the 2013 strategy prioritise?"), old)
    assert not names_older_version(_read("what is the first priority of the strategy?"), old)
    assert not names_older_version(_read("how did things change between 2013 and 2022?"), old)


def test_asking_who_owns_something_adds_the_words_plans_use_for_it() -> None:
    for question in ("who owns the falls priority?", "which board is accountable for smoking?"):
        assert normalise(_read(question), {}).expanded.endswith("responsible responsibility")
    assert "responsib" not in normalise(_read("do we run our own services?"), {}).expanded


def test_the_age_word_naming_an_older_edition_is_not_searched_for() -> None:
    searched = normalise(_read("what did the old strategy say we would do on loneliness?"), {})
    assert searched.text == "what did the strategy say we would do on loneliness?"
    # "Old" that names no document is a word of the question like any other.
    assert "old" in normalise(_read("support for old people living alone"), {}).text
