"""Whether a sentence gives the figure a question asks for (answer/figures.py), as the answer
layer asks it (answer.fit.satisfies)."""

from __future__ import annotations

import pytest

from answer.fit import satisfies
from question.kinds import answer_type
from question.model import AnswerType
from question.read import read_question
from tests.answer import made


def _satisfies(question: str, kind: AnswerType, sentence: str) -> bool:
    return satisfies(read_question(question, idf=made.idf, kind=kind), kind, sentence)


def test_a_count_of_people_is_not_answered_by_a_duration() -> None:
    q = "how many people went to the event?"
    assert not _satisfies(q, AnswerType.NUMBER, "Work over the past six months included an event.")
    assert not _satisfies(q, AnswerType.NUMBER, "It is a 24 week programme.")
    assert _satisfies(q, AnswerType.NUMBER, "Over 120 people attended the event.")
    assert _satisfies(q, AnswerType.NUMBER, "Two hundred people attended the event.")
    assert _satisfies("how many weeks does it run?", AnswerType.NUMBER, "It runs for 24 weeks.")


def test_a_count_is_of_the_thing_the_question_counts() -> None:
    rate = "The suicide rate in the county is 11.4 per 100,000 people."
    assert not _satisfies("how many people died by suicide?", AnswerType.NUMBER, rate)
    pilot = "Action 5: circulate the list of schools in the pilot by 2025."
    assert not _satisfies("how many schools are in the pilot?", AnswerType.NUMBER, pilot)
    assert _satisfies("how many schools?", AnswerType.NUMBER, "Twelve schools joined in 2024.")
    done = "So far 41 workplaces have completed the assessment."
    assert _satisfies("how many workplace assessments are done?", AnswerType.NUMBER, done)


def test_a_counted_word_typed_short_is_the_word_it_begins() -> None:
    joined = "By March, 125 registered organisations had joined the scheme."
    assert _satisfies("how many orgs have joined?", AnswerType.NUMBER, joined)
    assert not _satisfies("how many reps have joined?", AnswerType.NUMBER, joined)


def test_a_count_asked_as_it_stands_is_not_answered_by_the_figure_a_plan_aims_for() -> None:
    aim = "The scheme aims to have 300 wardens working across the district by 2027."
    assert not _satisfies("how many wardens have we got now?", AnswerType.NUMBER, aim)
    assert _satisfies("how many wardens will the scheme have?", AnswerType.NUMBER, aim)
    both = "To date 120 wardens have been trained, and the plan is to reach 300 wardens."
    assert _satisfies("how many wardens have been trained so far?", AnswerType.NUMBER, both)


@pytest.mark.parametrize(
    "sentence",
    [
        "The snapshot will be taken on 19th November 2019.",
        "High uptake of the Covid-19 vaccination.",
        "Priority 3 of the 2019/20 plan covers housing.",
        "Bids raised £277,000 this year.",
        "Action ABC/24/13 (19/09/2024): agree the monitoring report.",
        "Men make up around three quarters of rough sleepers.",
        "One in five rough sleepers had a dog; 1 in 4 were women.",
    ],
)
def test_dates_labels_money_and_shares_are_not_a_count(sentence: str) -> None:
    assert not _satisfies("how many rough sleepers were counted?", AnswerType.NUMBER, sentence)


def test_a_target_asked_for_is_not_answered_by_a_figure_as_it_stands() -> None:
    q = "what target for cycling did the 2014 parks plan set?"
    assert not _satisfies(q, AnswerType.NUMBER, "Some 4,100 residents cycle to work each week.")
    assert _satisfies(q, AnswerType.NUMBER, "We will raise cycling to work to 6,000 by 2020.")
    assert _satisfies(q, AnswerType.NUMBER, "| Cycling to work | 4,100 | 6,000 |")


def test_a_numbered_clause_is_no_figure_but_a_share_answers_a_figure_question() -> None:
    q = "what's the quorum for the parks forum?"
    assert not _satisfies(q, AnswerType.NUMBER, "4.2 A substitute counts towards the quorum.")
    assert _satisfies(q, AnswerType.NUMBER, "4.1 The quorum is one third of its members.")
    # A share still counts nothing: "how many" wants a count.
    assert not _satisfies(
        "how many members must attend?", AnswerType.NUMBER, "One third of members must attend."
    )


def test_a_code_of_letters_then_digits_is_not_a_figure() -> None:
    q = "what is the suicide rate?"
    for code in ("Rates follow deprivation, as the Move4Life approach says.", "P2 covers it."):
        assert not _satisfies(q, AnswerType.NUMBER, code)
    assert _satisfies(q, AnswerType.NUMBER, "Under the Move4Life approach the rate is 11.4.")
    assert _satisfies(q, AnswerType.NUMBER, "Phase2b cut the rate by 15%.")


def test_a_percentage_question_needs_a_percentage_and_a_cost_question_money() -> None:
    pct = "what % of adults are physically active?"
    assert answer_type(pct) is AnswerType.NUMBER
    assert _satisfies(pct, AnswerType.NUMBER, "67.6% of adults are physically active.")
    assert not _satisfies(pct, AnswerType.NUMBER, "4,127 adults were referred in 2018-19.")
    cost = "how much does the Walk Well scheme cost the county annually?"
    assert _satisfies(cost, AnswerType.NUMBER, "The programme costs £45,000 a year.")
    assert not _satisfies(cost, AnswerType.NUMBER, "It cut falls by 18% in 24 weeks.")
    # "How many" counts its thing, whatever money words the question also holds.
    beds = "how many respite beds does the winter grant pay for?"
    assert _satisfies(beds, AnswerType.NUMBER, "The grant buys 18 respite beds.")
    assert not _satisfies(beds, AnswerType.NUMBER, "The winter grant is £3.13m.")


def test_how_much_without_a_money_word_is_answered_by_a_sum_or_a_share() -> None:
    question = "how much has the Home Office given to the YSN?"
    kind = answer_type(question)
    assert _satisfies(question, kind, "The YSN funding of £880,000 was provided in 2019.")
    cut = "how much has Walk Well reduced falls?"
    assert _satisfies(cut, kind, "Pilot data shows an 18% reduction in falls.")
    assert not _satisfies(cut, kind, "For people over 65, Walk Well is a 24 week programme.")
    risk = "how much higher is the risk of self-harm?"
    assert _satisfies(risk, kind, "It raises the risk of self-harm (over 12x).")


def test_how_much_of_a_thing_is_answered_by_a_quantity() -> None:
    question = "how much new housing is planned in the county?"
    kind = answer_type(question)
    assert _satisfies(question, kind, "Around 4,000 new homes are planned by 2031.")


def test_a_benchmark_asked_for_needs_the_benchmarks_own_figure() -> None:
    q = "what is the Wessex average walking rate for 2023?"
    assert not _satisfies(
        q, AnswerType.NUMBER, "Our rate of 41% (2023) is above the Wessex average."
    )
    assert _satisfies(q, AnswerType.NUMBER, "Our rate of 41% is above the Wessex average (38%).")
    assert _satisfies(q, AnswerType.NUMBER, "Nationally, 38% of adults walk for travel.")


def test_an_items_number_in_a_list_run_into_one_line_is_no_figure() -> None:
    q = "what rate did the parks audit report?"
    run_on = "Note the progress on the action plan 3. Support the review of the audit."
    assert not _satisfies(q, AnswerType.NUMBER, run_on)
    assert not _satisfies(q, AnswerType.NUMBER, "Members agreed to –; 1. Note the audit report")
    assert _satisfies(q, AnswerType.NUMBER, "The audit reported a rate of 3.5 per cent.")


def test_a_count_may_name_the_thing_before_its_figures() -> None:
    asked = "how many children in care were there in 2020?"
    rose = "The number of children in care rose between 2015 and 2020 (from 471 to 654)."
    assert _satisfies(asked, AnswerType.NUMBER, rose)
    other = "The number of foster carers rose between 2015 and 2020 (from 80 to 95)."
    assert not _satisfies(asked, AnswerType.NUMBER, other)


def test_a_flattened_charts_axis_and_labels_are_no_figure() -> None:
    asked = "what % of adults are active?"
    chart = "Active adults by age; Source: survey (2019); 0%; 10%; 20%; 30%; 40%; 19. 9%; .8%;"
    assert not _satisfies(asked, AnswerType.NUMBER, chart)
    assert _satisfies(asked, AnswerType.NUMBER, "In 2019, 63% of adults were active.")


def test_a_comparators_figure_answers_only_a_question_asking_for_it() -> None:
    asked = "what % of adults in the borough are active?"
    assert not _satisfies(asked, AnswerType.NUMBER, "Nationally, 63.2% of adults were active.")
    both = "In the borough 70.1% are active, better than the England average (67.1%)."
    assert _satisfies(asked, AnswerType.NUMBER, both)
    national = "what's the national average for active adults?"
    assert _satisfies(national, AnswerType.NUMBER, "The national average is 63.2%.")
