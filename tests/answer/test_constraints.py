"""Dates and names a question names, and whether evidence is about them."""

from __future__ import annotations

from dataclasses import replace

from answer.constraints import (
    evidence_dates,
    names_other_reference,
    states_other_period,
    unmet_dates,
    unmet_names,
    unmet_phrases,
    unmet_year_periods,
)
from ingest.dates import periods_in
from ingest.model import Document, Passage
from question.named import named_dates, named_phrases, named_words
from tests.answer import made


def _periods(question: str) -> frozenset[tuple[str, str]]:
    return frozenset(periods_in(question))


def _document() -> Document:
    title = "Minutes of the Health and Wellbeing Board meeting of 26 September 2019"
    return made.document("doc", title, date="2019-09-26")


def _passage(text: str) -> Passage:
    return made.passage(text, doc_id="doc", section=None)


def test_evidence_dates_include_the_document_title_period_and_date() -> None:
    held = evidence_dates(_passage("Mr Breckon (in the Chair)"), _document())
    assert {"2019", "september"} <= held


def test_a_question_about_another_year_is_not_met_by_this_evidence() -> None:
    held = evidence_dates(_passage("Walk Well promoted messages across the year."), _document())
    assert unmet_dates(named_dates("how many joined Walk Well in 2024/25?"), held) == ["2024"]
    assert unmet_dates(named_dates("who spoke at the September 2019 forum?"), held) == []


def test_a_comparison_of_years_is_met_by_evidence_for_one_of_them() -> None:
    held = {"2019"}
    assert (
        unmet_dates(named_dates("how has activity moved between the 2019 report and 2025?"), held)
        == []
    )
    assert unmet_dates(named_dates("what happened in 2025?"), held) == ["2025"]


def test_a_financial_year_asked_is_met_only_by_evidence_naming_that_year() -> None:
    asked = _periods("what's the pooled budget for 2025/26?")
    document = made.document("doc", "Board minutes", date="2025-03-20")
    january = _passage("In January 2025 the group agreed £0.73m more for the winter.")
    assert unmet_year_periods(asked, january, document)
    assert not unmet_year_periods(asked, _passage("The 2025-26 budget is £70m."), document)
    plan = replace(made.document("plan", "Plan", date="2024-03"), period="2024-2034")
    assert not unmet_year_periods(asked, january, plan)
    assert not unmet_year_periods(_periods("what was set in 2021-23?"), january, document)


def test_a_comparison_of_financial_years_is_met_by_evidence_for_one_of_them() -> None:
    asked = _periods("did the vice chairs change between 2020/21 and 2023/24?")
    document = made.document("doc", "Board minutes", date="2023-06-15")
    assert not unmet_year_periods(asked, _passage("Vice-Chairs for 2023/24: A and B."), document)


def test_rare_capitalised_words_are_the_names_a_question_requires() -> None:
    idf = {"priya": 6.0, "okafor": 6.0, "board": 1.0}.get
    names = named_words("what's Priya Okafor's phone number at the Board?", lambda t: idf(t, 0.0))
    assert names == ["priya", "okafor"]
    document = _document()
    assert unmet_names(names, _passage("Mike Sandys Telephone: 0116 305 4239"), document) == names
    assert unmet_names(["north"], _passage("Northshire residents"), document) == []


def test_a_title_case_phrase_must_be_carried_word_for_word() -> None:
    phrases = named_phrases("who sits on the new Prevention Board?")
    assert phrases == [("prevent", "board")]
    about_it = made.passage("The Prevention Board is chaired by the Police and Crime Commissioner.")
    elsewhere = made.passage("The Board agreed the prevention priorities.")
    assert not unmet_phrases(phrases, about_it, made.document())
    assert unmet_phrases(phrases, elsewhere, made.document()) == phrases


def test_a_shortened_word_in_a_phrase_matches_its_full_form() -> None:
    phrases = named_phrases("how many jobs were filled in West Norths?")
    passage = made.passage("West Northshire received 48 applications for 9 posts.")
    assert not unmet_phrases(phrases, passage, made.document())


def test_a_phrases_initials_must_be_a_word_of_their_own() -> None:
    phrases = named_phrases("who was the contact for the old Healthy Towns plan?")
    web = made.passage("Details are at https://www.example.gov.uk/parks and the library.")
    assert unmet_phrases(phrases, web, made.document()) == phrases
    short = made.passage("The HT plan named a lead officer.")
    assert not unmet_phrases(phrases, short, made.document())


def test_a_phrase_written_as_its_acronym_is_carried() -> None:
    phrases = named_phrases("who chairs the Better Care Fund Board?")
    passage = made.passage("The BCF Board is chaired by the Director of Adults and Communities.")
    assert not unmet_phrases(phrases, passage, made.document())
    assert not unmet_phrases(
        named_phrases("who is in the Quiet Streets Partnership?"),
        made.passage("The QSP brings district councils together."),
        made.document(),
    )


def test_a_figure_for_another_financial_year_is_not_about_the_year_asked() -> None:
    asked = _periods("what is the grant for 2025/26?")
    assert asked == {("2025", "2026")}
    grant = "The grant for 2024/25 is £34.87m."
    assert states_other_period(asked, grant, _passage(grant), _document())
    assert states_other_period(
        _periods("what's our grant for 25/26?"), grant, _passage(grant), _document()
    )
    assert not states_other_period(asked, "The grant is £34.87m.", _passage(grant), _document())
    plan = made.document(
        "plan",
        "Spending plan 2025/26",
    )
    ambition = "The ambition represents a reduction on the 2023/24 outturn."
    assert not states_other_period(asked, ambition, _passage(ambition), plan)
    # A passage that mentions the asked year elsewhere does not date this sentence's figure.
    minutes = f"{grant} The 2025/26 plan is due in the spring."
    assert states_other_period(asked, grant, _passage(minutes), _document())


def test_a_line_quoting_another_reference_of_the_same_series_is_about_another_item() -> None:
    asked = ("abc/24/17",)
    assert names_other_reference(asked, "Action ABC/24/15: share the outline.")
    assert not names_other_reference(asked, "Action ABC/24/17: develop a plan.")
    assert not names_other_reference(asked, "Minute XYZ/24/15 refers.")
    assert not names_other_reference((), "Action ABC/24/15: share the outline.")
