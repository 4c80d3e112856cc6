from __future__ import annotations

from question.model import AnswerType
from question.read import asked_part, read_question, search_terms
from question.wants import wants


def test_a_list_question_names_the_word_that_numbers_the_sections_it_asks_for() -> None:
    def series(question: str) -> str | None:
        return read_question(question, idf=lambda term: 1.0).wants.series

    assert series("what are the priorities in the plan?") == "Priority"
    assert series("what were the four outcomes?") == "Outcome"
    assert series("what is priority 3 about?") is None
    assert series("who chairs the board?") is None


def test_a_question_is_read_into_its_kind_detail_and_constraints_once() -> None:
    question = read_question(
        "how many people stopped smoking with Breathe Easy in 2024/25?", idf=lambda term: 5.0
    )
    assert question.kind is AnswerType.NUMBER
    assert "peopl" in question.wants.counted
    assert question.dates == ("2024",)
    assert question.periods == {("2024", "2025")}
    assert question.phrases == (("breath", "easi"),)


def test_asking_where_a_paper_is_online_wants_a_link() -> None:
    for asked in (
        "what's the link to the parks strategy?",
        "where can I read the parks strategy?",
        "is the parks strategy online anywhere?",
    ):
        assert read_question(asked, idf=lambda term: 1.0).wants.link, asked
    plain = read_question("what does the parks plan say about play?", idf=lambda term: 1.0)
    assert not plain.wants.link


def test_asking_for_a_strategy_headline_aim_adds_the_words_strategies_use_for_it() -> None:
    for question in ("what's the department's mission?", "what was the headline aim?"):
        assert "mission vision aim objective" in search_terms(question)
    # A specific ambition ("the ambition for activity levels") is not the headline aim.
    assert search_terms("what is the ambition for activity levels by 2025?") == []


def test_asking_for_a_definition_adds_the_words_documents_define_with() -> None:
    for question in ("what definition of mental health is used?", "how does it define health?"):
        assert "defines defined definition means" in search_terms(question)


def test_a_sub_or_standing_in_adds_the_words_minutes_record_substitutes_with() -> None:
    for question in (
        "who subbed for the parks lead at the June meeting?",
        "can a trustee send someone else in their place?",
        "who has stood in for the chair?",
    ):
        assert "substitute attended in place of" in search_terms(question)
    assert search_terms("what did the sub-group decide about the parks plan?") == ["RESOLVED"]


def test_a_commitment_asked_how_it_went_is_set_against_its_progress_reports() -> None:
    def read(question: str) -> bool:
        return read_question(question, idf=lambda _: 1.0).compares.progress

    assert read("has the pledge on cycling lanes led to anything?")
    assert read("has anything come of the commitment on damp homes?")
    assert not read("what did the strategy commit to on damp homes?")
    assert not read("has the damp homes survey led to anything?")


def test_a_quoted_reference_number_is_read_as_one_reference() -> None:
    question = read_question("who owns action ABC/24/17 on falls?", idf=lambda _: 1.0)
    assert question.references == ("abc/24/17",)
    assert read_question("who owns the falls action?", idf=lambda _: 1.0).references == ()


def test_an_open_question_about_a_thing_of_something_is_stated_under_the_thing() -> None:
    idf = {"vision": 2.0, "northtown": 5.0, "plan": 1.0}
    question = read_question(
        "what's the overall vision of the Northtown plan?", idf=lambda t: idf.get(t, 0.0)
    )
    assert question.kind is AnswerType.OTHER and question.defines is not None
    assert question.defines.found_in("Our overall vision is that everyone thrives.")
    assert not question.defines.found_in("The Northtown plan is a partnership of six bodies.")


def test_the_dates_and_figures_a_question_states_are_read_with_it() -> None:
    def stated(question: str) -> tuple[str, ...]:
        return read_question(question, idf=lambda _: 1.0).stated

    assert stated("what date is the January 2020 meeting?") == ("january 2020",)
    assert stated("how many visits were there in 2019/20, of the 400 planned?") == (
        "2019/20",
        "400",
    )
    assert stated("who is the mayor?") == ()


def test_the_place_a_figure_is_asked_of_is_read_as_one_capitalised_name() -> None:
    def places(question: str) -> tuple[str, ...]:
        return read_question(question, idf=lambda _: 1.0).places

    assert places("what's the fuel poverty rate in Eastmoor?") == ("eastmoor",)
    assert places("how many smokers in May 2024?") == ()
    # A title-case phrase after "in" names a document or programme, not a place.
    assert places("what are the priorities in Healthy Lives, Fairer Futures?") == ()


def test_a_statement_set_before_the_question_by_a_dash_does_not_date_its_answer() -> None:
    question = "the 2013 plan leaned on the parks forum - who chairs it and how often does it meet?"
    assert asked_part(question) == "who chairs it and how often does it meet?"
    assert read_question(question, idf=lambda _: 1.0).dates == ()
    # A dash inside the question proper, or no question after it, leaves it whole.
    assert asked_part("what did the 2013-16 plan say?") == "what did the 2013-16 plan say?"
    assert read_question("parks - the 2019 figures?", idf=lambda _: 1.0).dates == ("2019",)


def test_a_named_person_asked_by_the_second_ask_is_not_asked_by_the_first() -> None:
    question = read_question(
        "which group looks after the parks plan, and who chairs it?", idf=lambda _: 1.0
    )
    assert question.second is not None and question.second[1] is AnswerType.PERSON
    assert not question.wants.named_person
    assert wants("who chairs the parks group?").named_person


def test_a_plan_stated_before_an_outcome_question_is_set_against_its_progress_reports() -> None:
    def progress(question: str) -> bool:
        return read_question(question, idf=lambda _: 1.0).compares.progress

    assert progress("back in 2019 the board asked for a cycling plan - did it ever get adopted?")
    assert progress("the plan said partners would open two hubs - what's going on with those now?")
    assert progress("both plans go on about bike loans - what's actually been delivered on it?")
    # An outcome asked without a plan stated before it is not a comparison.
    assert not progress("what has been delivered on bike loans?")


def test_a_question_whose_words_do_not_say_what_it_wants_takes_that_from_others() -> None:
    own = read_question("what about Southvale?", idf=lambda _: 1.0)
    assert not own.wants.how_much
    carried = read_question(
        "what about Southvale?",
        idf=lambda _: 1.0,
        asking="how much did Northtown get from the fund? what about Southvale?",
    )
    assert carried.wants.how_much
    assert carried.text == "what about Southvale?"


def test_a_sign_off_is_searched_as_the_approval_papers_record() -> None:
    for asked in ("when did the board sign off the parks plan?", "who gave it the green light?"):
        assert "approved adopted agreed" in search_terms(asked), asked
    assert search_terms("who signed the foreword?") == []


def test_a_corpus_name_binds_the_evidence_but_is_not_read_as_a_typed_phrase() -> None:
    lead = ("lead", "child", "safeti")
    asked = read_question(
        "who is the lead for child safety?", idf=lambda t: 1.0, known_names=[lead]
    )
    assert asked.corpus_names == (lead,)
    # A role typed in lower case is no title-case phrase: "Jo Bloggs, Lead for Child Safety"
    # still names someone for it.
    assert asked.phrases == ()


def test_progress_words_in_one_ask_of_two_set_no_comparison() -> None:
    joined = "how much do we spend on parks a year and how many rangers are trained so far?"
    assert not read_question(joined, idf=lambda t: 1.0).compares.progress
    assert read_question(
        "how many rangers are trained so far?", idf=lambda t: 1.0
    ).compares.progress


def test_a_plan_asked_beside_its_progress_is_still_a_comparison() -> None:
    joined = "what did the parks plan aim for, and what is the latest figure?"
    assert read_question(joined, idf=lambda t: 1.0).compares.progress
