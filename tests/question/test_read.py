from __future__ import annotations

import pytest

from question.model import AnswerType
from question.read import (
    answer_type,
    asked_part,
    asks_for_contact,
    comparing,
    defined_term,
    edition,
    read_question,
    search_terms,
    second_ask,
    wants,
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who owns the falls commitment?", AnswerType.PERSON),
        ("who's down as responsible for the BCF action?", AnswerType.PERSON),
        ("when was the JHWS approved?", AnswerType.DATE),
        ("when is the next meeting?", AnswerType.DATE),
        ("how many people are physically active?", AnswerType.NUMBER),
        ("what did the board resolve on the BCF plan?", AnswerType.DECISION),
        ("what does ABC stand for?", AnswerType.DEFINITION),
        ("which district councils are expected to sign the pledge?", AnswerType.PERSON),
        ("which local authority will host it?", AnswerType.PERSON),
        ("which council values does the plan sign up to?", AnswerType.LIST),
        ("what counts as a quiet street under the plan?", AnswerType.DEFINITION),
        ("what actually is the Green Streets Pledge?", AnswerType.DEFINITION),
        ("is smoking a priority?", AnswerType.YES_NO),
        ("what have we committed to on loneliness?", AnswerType.COMMITMENT),
        ("any pledge on warm homes in the strategy?", AnswerType.COMMITMENT),
        ("how have cyclist numbers moved since the old plan?", AnswerType.NUMBER),
        ("on what date did cabinet agree the parks plan?", AnswerType.DATE),
        ("what's the current smoking prevalence in the borough?", AnswerType.NUMBER),
        ("what is MMR uptake at age five?", AnswerType.NUMBER),
        ("which schools are in the parks pilot?", AnswerType.LIST),
        ("which additions to the forum's rota were in the draft?", AnswerType.LIST),
        ("which ones are due to sign up first?", AnswerType.LIST),
        ("which charity has run the most sessions?", AnswerType.PERSON),
    ],
)
def test_answer_type_of_typical_staff_questions(question: str, expected: AnswerType) -> None:
    assert answer_type(question) is expected


def test_who_gets_a_service_asks_which_residents_not_which_officer() -> None:
    assert answer_type("who gets priority for infant feeding help?") is AnswerType.OTHER
    assert answer_type("who is eligible for a free health check?") is AnswerType.OTHER
    assert answer_type("who leads the falls programme?") is AnswerType.PERSON
    # "who ... for?": the question ends on the preposition whose object it asks about.
    assert answer_type("who will the new grants be targeted for?") is AnswerType.OTHER
    assert answer_type("who is the cycling scheme aimed at?") is AnswerType.OTHER
    assert answer_type("who is responsible for the cycling scheme?") is AnswerType.PERSON
    # "who's most affected?": which group of residents.
    assert answer_type("who's most affected?") is AnswerType.OTHER
    assert answer_type("who is at greatest risk of falls?") is AnswerType.OTHER


def test_who_signed_is_a_person_but_signed_up_is_not() -> None:
    assert answer_type("which councillor signed the foreword?") is AnswerType.PERSON
    assert answer_type("how many organisations are signed up to the scheme?") is (AnswerType.NUMBER)


def test_a_service_named_in_title_case_does_not_set_the_answer_type() -> None:
    # "Contact" inside "Community Contact Point" is a name, not a request for a contact.
    assert answer_type("what's the plan for Community Contact Point?") is AnswerType.OTHER
    assert answer_type("who leads on Community Contact Point?") is AnswerType.PERSON


def test_who_after_a_leading_phrase_still_asks_for_a_person() -> None:
    question = "in the 2013 parks plan, who led the play area priorities?"
    assert answer_type(question) is AnswerType.PERSON


def test_what_something_is_going_to_do_is_not_a_definition() -> None:
    assert answer_type("what is the youth hub going to work on first?") is not AnswerType.DEFINITION
    assert answer_type("what is the Better Care Fund?") is AnswerType.DEFINITION


def test_a_second_question_joined_by_and_is_recognised_with_its_kind() -> None:
    question = "when is the update due back to the board, and from whom?"
    assert second_ask(question) == ("from whom?", AnswerType.PERSON)
    assert second_ask("who owns that and who chairs it?") is None
    assert second_ask("what are the aims and objectives?") is None


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


def test_ring_fenced_money_is_not_a_request_to_ring_someone() -> None:
    assert not asks_for_contact("is the public health grant ring-fenced for the entire strategy?")
    assert asks_for_contact("who do I ring about the parks partnership plan?")


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


def test_an_age_word_before_a_document_noun_names_the_older_edition() -> None:
    assert edition("what were the three aims in the first parks plan?").names_older
    assert edition("what did the old strategy say about loneliness?").naming == ("old",)
    first_priority = edition("what is the first priority of the strategy?")
    assert first_priority.older and not first_priority.names_older
    assert edition("how did things change between 2013 and 2022-2032?").years == (2013, 2022, 2032)


def test_what_a_question_sets_side_by_side_is_read_with_it() -> None:
    assert comparing("has the chair changed since 2013?").times
    assert comparing("the plan promised X - where have we got to?").progress
    assert comparing("what was the old target and what is it now?").editions
    assert not comparing("what was the old target?").editions
    # An ordinal naming a document is an edition; an ordinal naming a priority is not.
    assert comparing("who ran the first parks plan compared with the current one?").editions
    assert not comparing("what is the first priority now?").editions
    assert comparing("how has the cycling target shifted over the strategies?").editions
    assert comparing("who has led it over the life of these plans?").editions
    assert not comparing("what do the strategies say about cycling?").editions
    assert comparing("what did the 2013-16 plan say, compared with 2024/25?").years == (2013, 2024)
    # Whom to contact about a progress update is one report's contact block.
    assert comparing("who do I contact about the latest progress update?") == comparing("")


def test_a_commitment_asked_how_it_went_is_set_against_its_progress_reports() -> None:
    def read(question: str) -> bool:
        return read_question(question, idf=lambda _: 1.0).compares.progress

    assert read("has the pledge on cycling lanes led to anything?")
    assert read("has anything come of the commitment on damp homes?")
    assert not read("what did the strategy commit to on damp homes?")
    assert not read("has the damp homes survey led to anything?")


def test_a_definition_question_names_the_term_it_asks_about() -> None:
    assert defined_term("what do we mean by social prescribing?") == "social prescribing"
    assert defined_term("what does amber mean in the traffic-light scores?") == "amber"
    assert defined_term("what is the Green Streets Pledge exactly?") == "Green Streets Pledge"
    assert defined_term("who chairs the board?") is None
    # Where the term is used is not part of it.
    assert defined_term("what counts as a quiet street under the plan?") == "quiet street"
    assert defined_term("what exactly is the Green Streets Pledge?") == "Green Streets Pledge"
    # A pronoun stands for the term an opening clause quotes.
    assert defined_term("when the plan says rewilding what does it mean?") == "rewilding"
    assert defined_term("if a paper talks about 'quiet streets', what does that mean?") == (
        "quiet streets"
    )


def test_a_when_that_opens_a_clause_does_not_ask_for_a_date() -> None:
    assert answer_type("when the plan says rewilding what does it mean?") is AnswerType.DEFINITION
    assert answer_type("when the board met in May, who chaired?") is AnswerType.PERSON
    assert answer_type("when is the parks plan due?") is AnswerType.DATE
    assert answer_type("when's the next meeting?") is AnswerType.DATE
    # The question follows the clause, after its comma.
    assert answer_type("when officers met in May, how many residents came?") is AnswerType.NUMBER


def test_what_is_a_sum_of_money_asks_for_a_figure() -> None:
    assert answer_type("what's the parks grant for 2026/27?") is AnswerType.NUMBER
    assert answer_type("what was the falls budget?") is AnswerType.NUMBER
    assert answer_type("what's the combined budget for the parks fund?") is AnswerType.NUMBER
    assert answer_type("what's the plan for the grant?") is AnswerType.OTHER
    assert answer_type("is the grant ring-fenced?") is AnswerType.YES_NO


def test_the_number_of_items_a_list_question_asks_for_is_read_in_words_or_digits() -> None:
    assert wants("what are the seven parts?").items == 7
    assert wants("name the 5 priorities").items == 5
    assert wants("what are the priorities?").items is None


def test_a_quoted_reference_number_is_read_as_one_reference() -> None:
    question = read_question("who owns action ABC/24/17 on falls?", idf=lambda _: 1.0)
    assert question.references == ("abc/24/17",)
    assert read_question("who owns the falls action?", idf=lambda _: 1.0).references == ()


def test_what_a_document_said_it_would_do_is_a_commitment_asked_after() -> None:
    asked = "The walking plan said it would open two hubs - has that happened?"
    assert answer_type(asked) is AnswerType.COMMITMENT
    assert wants(asked).outcome
    for follow_through in (
        "has the plan's pledge on cycling led to anything?",
        "the plan promised bike loans - anything happening on that?",
        "is the cycling hub still running?",
    ):
        assert wants(follow_through).outcome, follow_through


def test_an_open_question_about_a_thing_of_something_is_stated_under_the_thing() -> None:
    idf = {"vision": 2.0, "northtown": 5.0, "plan": 1.0}
    question = read_question(
        "what's the overall vision of the Northtown plan?", idf=lambda t: idf.get(t, 0.0)
    )
    assert question.kind is AnswerType.OTHER and question.defines is not None
    assert question.defines.found_in("Our overall vision is that everyone thrives.")
    assert not question.defines.found_in("The Northtown plan is a partnership of six bodies.")


def test_why_asks_for_a_reason_whatever_else_it_names() -> None:
    assert answer_type("why was the cycle hub launch delayed?") is AnswerType.REASON
    assert answer_type("why did the chair of the forum step down?") is AnswerType.REASON
    assert answer_type("what led to the overspend?") is AnswerType.REASON


def test_someone_to_call_is_a_contact_asked_for_and_a_name_called_is_not() -> None:
    assert asks_for_contact("is there someone I can call about the parks plan?")
    assert not asks_for_contact("what is the parks scheme called?")


def test_the_dates_and_figures_a_question_states_are_read_with_it() -> None:
    def stated(question: str) -> tuple[str, ...]:
        return read_question(question, idf=lambda _: 1.0).stated

    assert stated("what date is the January 2020 meeting?") == ("january 2020",)
    assert stated("how many visits were there in 2019/20, of the 400 planned?") == (
        "2019/20",
        "400",
    )
    assert stated("who is the mayor?") == ()


def test_a_quorum_is_a_figure() -> None:
    assert answer_type("what quorum was proposed for the parks forum?") is AnswerType.NUMBER
    assert answer_type("what did the forum cut its quorum to?") is AnswerType.NUMBER


def test_the_name_of_a_post_asks_for_a_named_person() -> None:
    assert wants("what's the name of the clinical lead running the parks group?").named_person
    assert wants("who is the named officer for the cycling priority?").named_person
    assert not wants("what is the name of the parks strategy?").named_person


def test_a_framework_named_by_its_items_initial_is_read_with_its_size() -> None:
    asked = wants("what are the five Ps in the parks strategy?")
    assert (asked.initial, asked.items) == ("p", 5)
    assert wants("remind me of the 3 C's?").initial == "c"
    assert wants("how many GPs are there?").initial is None
    assert wants("what are the five priorities?").initial is None


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


def test_has_anyone_signed_asks_whether_not_who() -> None:
    assert answer_type("has any parish council signed the parks charter yet?") is (
        AnswerType.YES_NO
    )
    assert not wants("has any parish council signed the parks charter yet?").named_person
    assert answer_type("who signed the foreword?") is AnswerType.PERSON
    assert wants("who signed the foreword?").named_person


def test_who_was_chairing_asks_for_a_named_person() -> None:
    assert answer_type("who was chairing the forum in 2013?") is AnswerType.PERSON
    assert wants("who was chairing the forum in 2013?").named_person


def test_a_plan_stated_before_an_outcome_question_is_set_against_its_progress_reports() -> None:
    def progress(question: str) -> bool:
        return read_question(question, idf=lambda _: 1.0).compares.progress

    assert progress("back in 2019 the board asked for a cycling plan - did it ever get adopted?")
    assert progress("the plan said partners would open two hubs - what's going on with those now?")
    assert progress("both plans go on about bike loans - what's actually been delivered on it?")
    # An outcome asked without a plan stated before it is not a comparison.
    assert not progress("what has been delivered on bike loans?")


def test_a_measure_always_named_with_its_figure_is_read_from_the_question() -> None:
    assert wants("what's the quorum for the board?").measure == "quor"
    assert wants("how many members make the board quorate?").measure == "quor"
    assert wants("what was flu jab uptake in care homes?").measure == "uptak"
    assert wants("what is smoking prevalence in the borough?").measure == "prevalen"
    assert wants("what is the parks budget for 2025/26?").measure == "budget"
    assert wants("what is the falls rate?").measure is None


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
