"""Whether a sentence holds what the question asks for."""

from __future__ import annotations

import pytest

from answer.fit import fit, looks_like, satisfies
from question.kinds import answer_type
from question.model import AnswerType
from question.read import read_question
from tests.answer import made


def _satisfies(question: str, kind: AnswerType, sentence: str) -> bool:
    return satisfies(read_question(question, idf=made.idf, kind=kind), kind, sentence)


def _fit(question: str, kind: AnswerType, sentence: str) -> float:
    return fit(read_question(question, idf=made.idf, kind=kind), sentence)


def test_a_phone_question_needs_a_phone_number() -> None:
    q = "phone number for Priya Okafor?"
    assert not _satisfies(q, AnswerType.PERSON, "Priya Okafor Email: priya.okafor@example.gov.uk")
    assert _satisfies(q, AnswerType.PERSON, "Jane Toman Telephone: 0116 272 7576")


def test_how_often_asks_for_a_frequency() -> None:
    q = "how often is the sponsor list reviewed?"
    assert answer_type(q) is AnswerType.FREQUENCY
    assert _satisfies(q, AnswerType.FREQUENCY, "The list will be reviewed on an annual basis.")
    assert not _satisfies(q, AnswerType.FREQUENCY, "The list is owned by the board.")


def test_what_noun_is_answered_by_a_sentence_naming_that_kind_of_thing() -> None:
    question = read_question("what model did the parks forum agree to adopt?", idf=lambda _: 1.0)
    assert fit(question, "The forum agreed to adopt the Green Flag model for all parks.") == 1.0
    assert fit(question, "The forum met in May to review the parks.") == 0.0


def test_who_chaired_needs_a_named_person_not_a_body() -> None:
    q = "who chaired the parks forum in September 2019?"
    assert _satisfies(q, AnswerType.PERSON, "PRESENT Mr. L. Breckon JP CC (in the Chair)")
    assert not _satisfies(
        q, AnswerType.PERSON, "The Health and Wellbeing Board met at County Hall."
    )


def test_a_date_the_question_already_states_is_no_answer() -> None:
    q = "what date is the January 2020 parks forum?"
    assert not _satisfies(q, AnswerType.DATE, "Task groups meet before the January 2020 board.")
    assert _satisfies(q, AnswerType.DATE, "The board meets on 16 January 2020.")
    n = "how many people live with 5 or more long term conditions?"
    assert not _satisfies(n, AnswerType.NUMBER, "People who have 5 or more conditions need help.")
    assert _satisfies(n, AnswerType.NUMBER, "51,101 people have 5 or more conditions.")


@pytest.mark.parametrize(
    "question",
    [
        "where did the board land on the play streets paper?",
        "did members want anything more on the district councils' plans?",
        "after the parks report, what did the board ask for on litter?",
    ],
)
def test_what_a_board_made_of_an_item_is_a_decision(question: str) -> None:
    assert answer_type(question) is AnswerType.DECISION
    resolution = "RESOLVED: That the Council's approach to healthy communities be welcomed."
    assert _fit(question, AnswerType.DECISION, resolution) == 1.0
    assert _fit(question, AnswerType.DECISION, "It was noted that plans were in hand.") == 0.0


def test_from_when_asks_for_a_date_and_share_of_for_a_percentage() -> None:
    assert answer_type("from when will there be a single way of handling fly-tipping?") is (
        AnswerType.DATE
    )
    q = "what share of the YSN grant goes on interventions?"
    assert _satisfies(q, AnswerType.NUMBER, "At least 20% of the funding will go on interventions.")
    assert not _satisfies(q, AnswerType.NUMBER, "The YSN funding of £880,000 runs to March.")


def test_what_an_acronym_stands_for_needs_its_gloss_or_its_spelled_out_words() -> None:
    q = "what does ACD stand for in the practice action plan?"
    assert not _satisfies(q, AnswerType.DEFINITION, "Appoint an ACD Begin to appoint to new roles")
    assert _satisfies(q, AnswerType.DEFINITION, "ACD: Assistant Clinical Director")
    assert _satisfies(q, AnswerType.DEFINITION, "Appoint an Assistant Clinical Director")


def test_a_mixed_case_acronym_is_spelled_out_by_the_initials_of_its_capitals() -> None:
    q = "what does ReViVE stand for?"
    assert not _satisfies(q, AnswerType.DEFINITION, "Take-up of ReViVE plans rose this year.")
    assert _satisfies(q, AnswerType.DEFINITION, "the Rural Village Volunteer Exchange began")
    assert _satisfies(q, AnswerType.DEFINITION, "ReViVE: a volunteer exchange for villages")


def test_a_follow_up_opening_with_and_who_asks_for_a_person() -> None:
    assert answer_type("and whose paper was it?") is AnswerType.PERSON
    assert looks_like(AnswerType.PERSON, "a report of the Director of Health and Care Integration")
    assert not looks_like(AnswerType.PERSON, "That the Better Care Fund Plan be approved.")


def test_a_chair_named_without_a_title_still_answers_who_chaired() -> None:
    q = "who chaired the partnership?"
    assert _satisfies(q, AnswerType.PERSON, "The partnership was chaired by Jane Toman.")
    assert _satisfies(q, AnswerType.PERSON, "Chair: Ernie White")
    assert not _satisfies(q, AnswerType.PERSON, "The Chair of the Board welcomed members.")


@pytest.mark.parametrize(
    "sentence",
    [
        "ACEs refer to the most intensive sources of stress that children may suffer.",
        "This is known as the inverse care law.",
        "The WHO defines mental health as a state of wellbeing.",
        "One home in eight is in fuel poverty, meaning that it cannot afford to keep warm.",
        "The first 1001 days, i.e. from conception to the age of two.",
    ],
)
def test_definitional_phrasing_looks_like_a_definition(sentence: str) -> None:
    assert looks_like(AnswerType.DEFINITION, sentence)


def test_an_open_question_is_answered_where_the_asked_thing_is_stated() -> None:
    question = "what's the aim of the Walk Well scheme?"
    assert answer_type(question) is AnswerType.OTHER
    assert _fit(question, AnswerType.OTHER, "The aim is to get more people walking.") == 1.0
    assert _fit(question, AnswerType.OTHER, "Walk Well started in 2019.") == 0.0


def test_a_point_in_a_plan_answers_when() -> None:
    question = "when is the plan next up for a formal review?"
    kind = answer_type(question)
    assert _fit(question, kind, "It will be formally reviewed at the midway point.") == 1.0
    # A verb is no month.
    assert _fit(question, kind, "Partners may review it.") == 0.0


def test_what_date_of_a_named_month_asks_for_the_day() -> None:
    question = "what date is the January 2020 parks forum?"
    kind = answer_type(question)
    assert not _satisfies(question, kind, "A report goes to the Partnership Board in March 2020.")
    assert _satisfies(question, kind, "The Board meets on 16 January 2020.")
    loosely = "what date was the JHWS approved?"
    assert _satisfies(loosely, kind, "The JHWS was approved in February 2022.")


def test_ring_fenced_is_no_request_for_a_phone_number() -> None:
    question = "is the public health grant ring-fenced for the full span of the strategy?"
    kind = answer_type(question)
    assert _satisfies(question, kind, "The public health grant will be ring-fenced for 2021-22.")


def test_a_run_of_names_looks_like_people() -> None:
    assert looks_like(AnswerType.PERSON, "Apologies Karen English, DPCC Kirk Master, Jane Moore")
    assert not looks_like(AnswerType.PERSON, "Health Protection, Health Improvement")


def test_a_bare_year_fits_a_when_question_less_than_a_day() -> None:
    question = "when does the yearly review go before the cabinet?"
    kind = answer_type(question)
    assert _fit(question, kind, "Annual Report of the Director of Public Health 2019.") < 1.0
    assert _fit(question, kind, "It goes to the County Council on the 4th December.") == 1.0


def test_a_duty_held_by_a_body_in_lower_case_answers_who_is_responsible() -> None:
    sentence = "Housing in Northshire is the statutory responsibility of the district councils."
    assert looks_like(AnswerType.PERSON, sentence)
    assert looks_like(AnswerType.PERSON, "The programme is led by the public health team.")


def test_who_does_the_work_in_lower_case_answers_who_runs_it() -> None:
    assert looks_like(AnswerType.PERSON, "It is delivered by a local charity across the county.")
    assert looks_like(AnswerType.PERSON, "The helpline is run by volunteers from the parish.")
    assert not looks_like(AnswerType.PERSON, "The helpline is open from nine until five.")


def test_how_much_fits_a_sum_better_than_a_plain_figure() -> None:
    question = "how much has the Home Office given to the YSN?"
    kind = answer_type(question)
    assert _fit(question, kind, "The YSN funding of £880,000 came from the Home Office.") == 1.0
    assert _fit(question, kind, "The YSN will reduce youth violence (up to age 25).") < 1.0


def test_a_post_holder_who_chairs_a_body_answers_who_chairs_it() -> None:
    q = "who chairs the Staying Healthy Partnership?"
    kind = answer_type(q)
    held = "The Director of Public Health co-chairs the Staying Healthy Partnership."
    assert _satisfies(q, kind, held)
    assert not _satisfies(q, kind, "The Staying Healthy Partnership meets every quarter.")


def test_a_role_the_question_names_is_no_answer_to_who_holds_it() -> None:
    q = "Who is the Senior Responsible Officer for the Ageing Well priority?"
    assert not _satisfies(
        q, AnswerType.PERSON, "Each priority will have a named Senior Responsible Officer."
    )
    assert _satisfies(
        q, AnswerType.PERSON, "Priya Shah, Senior Responsible Officer, will report yearly."
    )


def test_a_name_under_a_role_label_answers_who() -> None:
    q = "who is the responsible officer for the action on falls?"
    assert _satisfies(q, AnswerType.PERSON, "Responsible officer: Priya Shah.")
    assert _satisfies(q, AnswerType.PERSON, "Lead-Priya Shah (Director of Public Health)")
    assert _satisfies(q, AnswerType.PERSON, "Lead – Priya Shah")
    assert not _satisfies(q, AnswerType.PERSON, "Comments: plan being prepared.")
    assert not _satisfies(q, AnswerType.PERSON, "The lead-in time is six weeks.")


def test_a_stated_cause_looks_like_a_reason() -> None:
    assert looks_like(AnswerType.REASON, "The launch was delayed because the supplier withdrew.")
    assert looks_like(AnswerType.REASON, "The town was chosen on the basis of its admissions.")
    assert not looks_like(AnswerType.REASON, "The launch is now planned for the autumn.")


def test_which_company_needs_an_organisation_named_not_a_post() -> None:
    q = "which company is building the cycle hire app?"
    assert answer_type(q) is AnswerType.PERSON
    assert _satisfies(q, AnswerType.PERSON, "The app is being built by Brackley Digital Ltd.")
    assert not _satisfies(q, AnswerType.PERSON, "Dr Jo Bloggs, Director of Transport, leads it.")
    assert not _satisfies(q, AnswerType.PERSON, "A local university will evaluate the app.")


def test_who_is_a_title_case_post_asks_for_its_holder_by_name() -> None:
    q = "Who is the Strategic Planning Manager who brought the housing report?"
    assert not _satisfies(
        q, AnswerType.PERSON, "The Board considered a report of the Strategic Planning Manager."
    )
    assert _satisfies(q, AnswerType.PERSON, "Mr Sam Oduya, Strategic Planning Manager, presented.")


@pytest.mark.parametrize(
    "sentence",
    [
        "No parish had yet formally adopted the plan.",
        "The Monitoring Officer advised that the interest did not preclude her taking part.",
        "A named substitute can attend in a member's place.",
    ],
)
def test_a_statement_with_any_finite_auxiliary_looks_like_a_yes_no_answer(sentence: str) -> None:
    assert looks_like(AnswerType.YES_NO, sentence)


def test_a_sentence_defining_the_asked_term_fits_a_definition_question_in_any_words() -> None:
    question = "what is the slope index of inequality?"
    naming = "It is measured by a summary figure called the slope index of inequality (SII)."
    assert _fit(question, AnswerType.DEFINITION, naming) == 1.0
    mention = "The slope index of inequality fell by 0.1 years for men."
    assert _fit(question, AnswerType.DEFINITION, mention) < 1.0


def test_a_date_asked_for_after_a_named_date_must_be_a_later_one() -> None:
    question = "when's the next parks forum meeting after the 3 June 2031 one?"
    earlier = "That the next meeting be held on Tuesday, 3 June 2031 at 6.00 pm."
    later = "That the next meeting be held on 9 September 2031."
    assert not _satisfies(question, AnswerType.DATE, earlier)
    assert _satisfies(question, AnswerType.DATE, later)
    assert _satisfies("when's the next meeting after May 2031?", AnswerType.DATE, "In June 2031.")
    assert not _satisfies("when's the next meeting after May 2031?", AnswerType.DATE, "May 2031.")


def test_a_sentence_that_undertakes_something_fits_a_commitment_question() -> None:
    question = "what have we committed to on cycling?"
    promise = "We will extend the cycle hire scheme to every market town."
    context = "The cycle hire scheme, run with the district councils, lends bikes for free."
    assert _fit(question, AnswerType.COMMITMENT, promise) == 1.0
    assert _fit(question, AnswerType.COMMITMENT, context) < 1.0


def test_who_presented_is_answered_by_the_speaker_minutes_name_by_what_they_did() -> None:
    q = "who presented the parks forum's year end report?"
    assert _satisfies(q, AnswerType.PERSON, "Jo Bloggs (Parks Service) presented the report.")
    assert _satisfies(q, AnswerType.PERSON, "Minutes: Sam Okafor introduced the item.")
    assert not _satisfies(q, AnswerType.PERSON, "The year end report was presented in May.")
    # A named person asked: the speaker names one, "The Chair said" does not.
    named = "which councillor presented the parks forum's report in May?"
    assert _satisfies(named, AnswerType.PERSON, "Minutes: Cllr Sam Okafor introduced the item.")
    assert not _satisfies(named, AnswerType.PERSON, "The Chair said the report was welcome.")
    chaired = "who chaired the parks forum in May?"
    assert _satisfies(chaired, AnswerType.PERSON, "Cllr Sam Okafor was in the Chair.")
    assert not _satisfies(chaired, AnswerType.PERSON, "The Chair said the report was welcome.")


def test_who_chairs_is_answered_only_by_a_sentence_naming_a_chair() -> None:
    asked = "who chairs the parks forum?"
    assert not _satisfies(asked, AnswerType.PERSON, "Officers to contact: Jo Bloggs; Sam Green.")
    assert _satisfies(asked, AnswerType.PERSON, "The forum is chaired by Cllr Jo Bloggs.")
    assert _satisfies(asked, AnswerType.PERSON, "Cllr Jo Bloggs (Chair) - Cabinet Member")
    # A row's column heading says which cell is the chair; the row does not repeat it.
    assert _satisfies(asked, AnswerType.PERSON, "| Parks Forum | Cllr Jo Bloggs, Leader |")


def test_a_things_name_is_asked_of_a_sentence_that_names_one() -> None:
    asked = "what's the stop smoking service called?"
    assert _fit(asked, AnswerType.OTHER, "The Quit Easy stop smoking service is free.") == 1.0
    assert _fit(asked, AnswerType.OTHER, "The service is known as Quit Easy.") == 1.0
    assert (
        _fit(asked, AnswerType.OTHER, "‘Quit Easy’ is the council's stop smoking service.") == 1.0
    )
    assert _fit(asked, AnswerType.OTHER, "Stop smoking services reduce smoking rates.") == 0.0


def test_only_the_figures_a_question_states_are_masked_not_their_parts() -> None:
    # "2019" is the question's; "20%" merely shares digits with it.
    assert _satisfies("what share smoked in 2019?", AnswerType.NUMBER, "In 2019, 20% smoked.")
