"""Composition rules on small hand-made hits (the real-corpus checks are in
test_extractive_real.py)."""

from __future__ import annotations

import pytest

from answer.extractive import compose
from answer.model import Answer
from answer.scoring import AnswerConfig
from ingest.fields import ActionFields, ContactFields
from question.model import AnswerType
from question.read import read_question
from retrieval.search import Hit
from tests.answer import made
from tests.answer.made import idf as _idf
from tests.answer.models import PLAIN_MODELS

_DOCUMENT = made.document()


def _hit(text: str, score: float, n: int = 1) -> Hit:
    return made.hit(
        made.passage(text, section="Rough sleeping", lines=(n, n + 1)), _DOCUMENT, score
    )


def _ask(question: str, hits: list[Hit], config: AnswerConfig | None = None) -> Answer:
    return compose(
        read_question(question, idf=_idf),
        question,
        hits,
        idf=_idf,
        models=PLAIN_MODELS,
        config=config,
    )


def test_a_sentence_holding_the_asked_for_figure_beats_a_better_worded_one() -> None:
    hits = [
        _hit(
            "Rough sleeping numbers in the county are counted every year by the partnership. "
            "The count found 14 rough sleepers in the county.",
            1.0,
        )
    ]
    answer = compose(
        read_question("how many rough sleepers were counted across the whole county?", idf=_idf),
        "how many rough sleepers were counted across the whole county?",
        hits,
        idf=_idf,
        models=PLAIN_MODELS,
    )
    assert not answer.refused
    assert answer.text.startswith("The count found 14 rough sleepers")


def test_evidence_about_another_year_is_refused() -> None:
    hits = [_hit("The count found 14 rough sleepers in the county.", 1.0)]
    question = "how many rough sleepers were counted across the whole county in 2024/25?"
    answer = _ask(question, hits)
    same_year = "how many rough sleepers were counted across the whole county in 2019?"
    kept = _ask(same_year, hits)
    assert answer.refused and answer.confidence < kept.confidence
    assert not kept.refused


def test_a_sentence_opening_with_this_is_quoted_with_the_sentence_before() -> None:
    text = (
        "Health varies across the county. The most disadvantaged are less likely to access "
        "services when they are unwell. This is known as the inverse care law."
    )
    answer = _ask("what is the inverse care law?", [_hit(text, 1.0)])
    assert answer.text.startswith("The most disadvantaged are less likely to access services")
    assert "This is known as the inverse care law. [1]" in answer.text
    assert answer.citations[0].quote in text


def test_a_commitment_is_quoted_with_the_sentence_saying_what_it_serves() -> None:
    text = (
        "We will extend the winter shelter scheme to every district and open it from October. "
        "This will contribute to halving rough sleeping, from 40 to 20 people, by 2030. "
        "The scheme began in 2019."
    )
    answer = _ask("what have we committed to on winter shelters?", [_hit(text, 1.0)])
    assert answer.text.startswith("We will extend the winter shelter scheme")
    assert "from 40 to 20 people, by 2030." in answer.citations[0].quote
    assert "The scheme began" not in answer.citations[0].quote


def test_a_resolution_part_opening_with_that_is_quoted_without_the_part_before() -> None:
    text = (
        "That it be noted that the new website will launch in January. "
        "That the walking plan be reviewed by June, to take account of the first year."
    )
    answer = _ask("when is the walking plan due to be reviewed?", [_hit(text, 1.0)])
    assert answer.text.startswith("That the walking plan be reviewed by June")
    assert "website" not in answer.citations[0].quote


def test_a_decision_question_is_answered_by_the_resolution_not_the_summary() -> None:
    summary = _hit(
        "The Board considered a report on active design in new housing developments. "
        "It was noted that planning authorities consider active design.",
        1.0,
    )
    resolution = _hit("RESOLVED: That the approach to active design be welcomed.", 0.8, 2)
    question = "where did the board land on the paper on active design in new homes?"
    answer = compose(
        read_question(question, idf=_idf),
        question,
        [summary, resolution],
        idf=_idf,
        models=PLAIN_MODELS,
    )
    assert answer.text.startswith("RESOLVED: That the approach to active design be welcomed.")


def test_a_reports_purpose_line_answers_only_a_question_about_its_purpose() -> None:
    text = (
        "The purpose of this report is to update the Board on housing in the county. "
        "Housing in the county is the statutory responsibility of the district councils."
    )
    hits = [_hit(text, 1.0)]
    who = "who has responsibility for housing in the county?"
    why = "why was the report on housing in the county written?"
    assert compose(
        read_question(who, idf=_idf), who, hits, idf=_idf, models=PLAIN_MODELS
    ).text.startswith("Housing in")
    assert compose(
        read_question(why, idf=_idf), why, hits, idf=_idf, models=PLAIN_MODELS
    ).text.startswith("The purpose")


def test_a_word_the_stemmer_splits_still_counts_as_the_questions_word() -> None:
    hits = [
        _hit(
            "Rates in the county decline after birth. "
            "Help will be prioritised for younger mothers.",
            1.0,
        )
    ]
    question = "who gets priority for infant feeding help?"
    answer = _ask(question, hits)
    assert answer.text.startswith("Help will be prioritised for younger mothers.")


def test_a_figure_answer_adds_the_passages_next_figure_not_its_next_wordy_sentence() -> None:
    hits = [
        _hit(
            "The count found 14 rough sleepers in the county this year. "
            "How many rough sleepers were counted in the county this year matters to partners. "
            "The target was 10 rough sleepers.",
            1.0,
        )
    ]
    question = "how many rough sleepers were counted in the county this year?"
    answer = _ask(question, hits)
    assert "14 rough sleepers" in answer.text
    assert "The target was 10 rough sleepers." in answer.text
    assert "matters to partners" not in answer.text


def test_a_phone_number_asked_of_an_officer_who_gives_none_is_refused() -> None:
    contacts = made.passage(
        "Jane Toman Chief Executive Email: jane.toman@blaby.gov.uk "
        "Grace Strong Strategic Director Telephone: 0116 305 0000",
        kind="contact",
        section="Officers to Contact",
        fields=ContactFields(names="Jane Toman; Grace Strong"),
    )
    hits = [made.hit(contacts, _DOCUMENT, 1.0, dense=0.8)]
    question = "phone number for Jane Toman?"

    def rare_names(term: str) -> float:
        return 6.0 if term in {"jane", "toman"} else 2.0

    answer = compose(
        read_question(question, idf=rare_names),
        question,
        hits,
        idf=rare_names,
        models=PLAIN_MODELS,
    )
    assert answer.refused


def test_from_whom_after_a_when_question_adds_the_actions_responsible_officer() -> None:
    action = made.passage(
        "Action 166: a further update on rough sleeping be considered at a future meeting. "
        "Responsible officer: District Councils. "
        "Comments: A report will be provided to the Board in November.",
        kind="action",
        section="Action log",
        fields=ActionFields(
            number="166",
            date="",
            action="",
            responsible_officer="District Councils",
            comments="A report will be provided to the Board in November.",
            status="",
        ),
    )
    hits = [made.hit(action, _DOCUMENT, 1.0)]
    question = "when is the rough sleeping update coming back to the board, and from whom?"
    answer = _ask(question, hits)
    assert answer.text.startswith("The responsible officer for action 166 is District Councils")
    assert "November" in answer.text


def test_a_sentence_passed_over_for_lacking_a_date_does_not_return_as_the_second() -> None:
    hits = [
        _hit("The rough sleeping annual report is a statutory report on rough sleeping.", 1.0),
        _hit("It will be considered by the County Council on the 4th December.", 0.9, n=5),
    ]
    question = "when will the council consider the rough sleeping annual report?"
    answer = _ask(question, hits)
    assert answer.text.startswith("It will be considered by the County Council")
    assert "statutory" not in answer.text


def test_a_sentence_leading_into_numbered_items_carries_them() -> None:
    hits = [
        _hit(
            "RESOLVED: That a further review of rough sleeping be carried out in 2020, once: "
            "I. the new rough sleeping coordinator is in post; II. There is clarity about the "
            "night shelter funding; III. The county housing policy is agreed.",
            1.0,
        )
    ]
    question = "what has to happen before the 2020 rough sleeping review?"
    answer = _ask(question, hits)
    assert "coordinator is in post" in answer.text
    assert "night shelter funding" in answer.text
    assert "housing policy is agreed" in answer.text


def test_a_quoted_lead_in_is_followed_by_the_list_it_announces() -> None:
    lead = made.passage(
        "The partnership met in March. It agreed to spotlight the following rough sleeping "
        "areas. These sit beside its wider remit across these services:",
        section="Rough sleeping",
        lines=(10, 12),
    )
    items = made.passage(
        "*Outreach* - more night-time street outreach. *Move-on housing* - more flats.",
        kind="list",
        section="Rough sleeping",
        lines=(14, 15),
    )
    hits = [made.hit(lead, _DOCUMENT, 1.0), made.hit(items, _DOCUMENT, 0.9)]
    answer = _ask("which rough sleeping areas did the partnership agree to spotlight?", hits)
    assert "spotlight the following" in answer.text
    assert answer.text.index("spotlight") < answer.text.index("night-time street outreach")
    assert [c.passage.id for c in answer.citations] == [lead.id, items.id]


def test_a_rougher_figure_is_not_quoted_beside_the_asked_for_sum() -> None:
    hits = [
        _hit("The council put £50,000 of funding into rough sleeping work.", 1.0),
        _hit(
            "How much the council put into rough sleeping work reaches people up to age 25.",
            0.98,
            n=5,
        ),
    ]
    answer = _ask("how much did the council put into rough sleeping work?", hits)
    assert answer.text.startswith("The council put £50,000")
    assert "age 25" not in answer.text


def test_a_given_kind_overrides_what_the_question_alone_says() -> None:
    hits = [
        _hit(
            "The rough sleeping strategy set out what rough sleeping partners would do. "
            "Partners signed it off in March 2013.",
            1.0,
        )
    ]
    question = "what about the rough sleeping strategy?"
    as_asked = _ask(question, hits)
    as_date = compose(
        read_question(question, idf=_idf, kind=AnswerType.DATE),
        question,
        hits,
        idf=_idf,
        models=PLAIN_MODELS,
    )
    assert as_asked.text.startswith("The rough sleeping strategy set out")
    assert as_date.text.startswith("Partners signed it off in March 2013.")


def test_a_refusal_with_no_passage_to_offer_does_not_point_to_passages() -> None:
    answer = _ask("how many rough sleepers were counted?", [])
    assert answer.refused and answer.citations == []
    assert "below" not in answer.text and "null" not in answer.text
    assert answer.text.startswith("The documents don't say")


def test_a_runner_up_saying_nothing_the_answer_does_not_is_left_out() -> None:
    resolution = (
        "RESOLVED: (a) That the rough sleeping plan be approved, with its outreach service; "
        "(b) That the plan be refreshed by April 2025 after the winter count."
    )
    hits = [
        _hit(resolution, 1.0, 1),
        # The same minute published again, cut shorter: the portal's copy of the resolution.
        _hit("RESOLVED: (a) That the rough sleeping plan be approved;", 0.95, 10),
        _hit("The rough sleeping plan will be refreshed every two years by the board.", 0.9, 20),
    ]
    answer = _ask("what did the board decide on the rough sleeping plan?", hits)
    assert answer.text.count("be approved") == 1
    assert "refreshed every two years" in answer.text


def test_a_third_sentence_may_come_from_the_best_passage_but_not_from_another() -> None:
    own = _hit(
        "The night shelter opened in May with 20 beds. Rough sleeping fell by a third in the "
        "county after the night shelter opened. Night shelter guests are helped into housing.",
        1.0,
        1,
    )
    other = _hit("Rough sleeping fell in the city after its night shelter opened.", 0.9, 10)
    question = "what happened to rough sleeping after the night shelter opened?"

    def answer(extra: int) -> str:
        return _ask(question, [own, other], AnswerConfig(same_passage_extra=extra)).text

    # Each quoted sentence of the first passage is followed by its citation mark "[1]".
    assert answer(1).count("[1]") == 3
    assert answer(0).count("[1]") == 2
    assert "in the city" not in answer(1)


def test_an_out_of_range_same_passage_extra_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="same_passage_extra"):
        AnswerConfig(same_passage_extra=4)


def test_a_lead_in_is_quoted_with_the_items_its_own_passage_holds() -> None:
    # Over sentences.MAX_WORDS words without a full stop, the resolution is cut at its
    # semicolons, and the lead-in is a sentence of its own.
    items = made.passage(
        "The board discussed the report. (i) The report and its appendices be noted; (ii) The "
        "following five rough sleeping actions be approved:-; Open a winter night shelter in "
        "the town centre before December; Fund two more street outreach workers for the "
        "evening rounds; Review the housing register and its priority bands for single people; "
        "Train hostel staff in trauma informed care and safeguarding; Publish a street count "
        "every autumn with the partner agencies",
        kind="list",
        section="Rough sleeping",
    )
    answer = _ask(
        "which five rough sleeping actions did the board approve?",
        [made.hit(items, _DOCUMENT, 1.0)],
    )
    assert "be approved:-" in answer.text
    for item in ("night shelter", "outreach", "housing register", "hostel", "street count"):
        assert item in answer.text, answer.text
