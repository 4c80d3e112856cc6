"""A superseded edition called by its own name: the title words its successor lacks."""

from __future__ import annotations

from ingest.model import DocType, Document
from retrieval.editions import edition_names, names_edition, own_names


def _document(doc_id: str, title: str, superseded_by: str | None = None) -> Document:
    return Document(
        id=doc_id,
        title=title,
        doc_type=DocType.STRATEGY,
        source=f"{doc_id}.txt",
        sha256="0",
        superseded_by=superseded_by,
    )


def test_an_editions_own_name_is_a_run_of_title_words_its_successor_lacks() -> None:
    old = 'Northshire Health and Wellbeing Strategy 2019-2023: "Better Lives"'
    new = "Northshire Health and Wellbeing Strategy 2024-2034"
    assert own_names(old, new) == (("better", "lives"),)


def test_a_lone_word_or_the_years_are_no_name() -> None:
    # One word of a title is as often a place; the years are read as years.
    assert own_names("Northshire Health Strategy 2013-2016", "Health Strategy 2022-2032") == ()
    assert own_names("Health Strategy 2013-2016", "Health Strategy 2022-2032") == ()


def test_only_superseded_documents_with_their_successor_present_have_own_names() -> None:
    documents = {
        "old": _document("old", "Plan 2019: Better Lives", superseded_by="new"),
        "new": _document("new", "Plan 2024"),
        "orphan": _document("orphan", "Plan 2009: Fair Shares Now", superseded_by="gone"),
    }
    assert edition_names(documents) == (("better", "lives"),)


def test_a_question_calls_an_edition_by_its_name_word_for_word() -> None:
    names = (("better", "lives"),)
    assert names_edition("what did Better Lives aim for on smoking?", names) == ("better", "lives")
    assert names_edition("what did better lives aim for?", names) == ("better", "lives")
    # The words alone cannot tell the name from the phrase it was made of.
    assert names_edition("how do we help people live better lives?", names) == ("better", "lives")
    assert names_edition("are lives better now?", names) == ()
