from __future__ import annotations

from question.kinds import answer_type
from question.model import AnswerType
from question.wants import asks_for_contact, defined_term, wants


def test_ring_fenced_money_is_not_a_request_to_ring_someone() -> None:
    assert not asks_for_contact("is the public health grant ring-fenced for the entire strategy?")
    assert asks_for_contact("who do I ring about the parks partnership plan?")


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


def test_the_number_of_items_a_list_question_asks_for_is_read_in_words_or_digits() -> None:
    assert wants("what are the seven parts?").items == 7
    assert wants("name the 5 priorities").items == 5
    assert wants("what are the priorities?").items is None


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


def test_someone_to_call_is_a_contact_asked_for_and_a_name_called_is_not() -> None:
    assert asks_for_contact("is there someone I can call about the parks plan?")
    assert not asks_for_contact("what is the parks scheme called?")


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


def test_a_measure_always_named_with_its_figure_is_read_from_the_question() -> None:
    assert wants("what's the quorum for the board?").measure == "quor"
    assert wants("how many members make the board quorate?").measure == "quor"
    assert wants("what was flu jab uptake in care homes?").measure == "uptak"
    assert wants("what is smoking prevalence in the borough?").measure == "prevalen"
    assert wants("what's the parks grant for 2026/27?").measure == "grant"
    # An allocation may be given in a table under a caption the passage does not hold.
    assert wants("how much is our play allocation?").measure is None
    assert wants("what is the parks budget for 2025/26?").measure == "budget"
    assert wants("what is the falls rate?").measure is None


def test_who_is_the_supplier_asks_for_an_organisation_as_which_supplier_does() -> None:
    assert wants("which supplier runs the parks app?").organisation
    assert wants("who's the supplier that built the parks app?").organisation
    assert wants("who was the preferred bidder for the cafe?").organisation
    # A person asked about a body is still a person.
    assert not wants("who is the lead for the parks trust?").organisation
    assert not wants("who chairs the parks trust?").organisation


def test_the_next_of_something_is_asked_as_upcoming() -> None:
    assert wants("when's the next parks forum?").upcoming
    assert wants("when is the upcoming review of the parks plan?").upcoming
    assert not wants("when was the parks forum set up?").upcoming


def test_a_date_still_to_come_asked_in_the_present_is_planned() -> None:
    assert wants("when's the parks plan refresh due?").planned
    assert wants("when will the new website launch?").planned
    # Asked in the past, or not about a date, it is what was said then.
    assert not wants("when was the refresh due?").planned
    assert not wants("who is due to chair the forum?").planned
    # Whether a date set earlier still stands: a later paper may have moved it too.
    assert wants("the refresh was due in April - is that still the date?").planned
    assert wants("is the launch still planned for June?").planned
    assert not wants("is the forum still meeting?").planned


def test_a_how_many_question_counts_its_noun_phrase_up_to_the_verb() -> None:
    # A compound puts its head noun last: "park sports pitches" counts pitches.
    assert {"pitch"} <= wants("how many park sports pitches are there?").counted
    assert "marke" not in wants("how many stalls are in the market?").counted
    # A participle says what was done to the things, which the question named before.
    assert wants("park surveys - how many done so far?").counted == frozenset()
    assert wants("how many trained wardens are there?").counted == {"warde"}


def test_a_count_as_it_stands_is_asked_by_so_far_or_now() -> None:
    assert wants("how many wardens have been recruited so far?").actual
    assert wants("how many wardens are there now?").actual
    assert wants("how many wardens are in post at the moment?").actual
    assert not wants("how many wardens will the scheme recruit?").actual
    assert not wants("when were the wardens recruited so far?").actual


def test_what_noun_names_the_kind_of_thing_asked_for() -> None:
    assert wants("what model did the parks forum agree to adopt?").head == "model"
    assert wants("and what format was it done in?").head == "forma"
    assert wants("what else did the forum say?").head is None
    assert wants("what exactly did the forum decide?").head is None
    assert wants("what is the plan?").head is None


def test_a_target_asked_on_its_own_wants_a_figure_aimed_for() -> None:
    assert wants("what target for cycling did the 2014 parks plan set?").target
    assert wants("what did the plan aim for on tree cover?").target
    # Whether it was hit, how it moved, or a target beside something more asks for more.
    assert not wants("did we hit the cycling target?").target
    assert not wants("how has the cycling target changed?").target
    assert not wants("what was the cycling target, and what is the latest figure?").target


def test_a_question_saying_what_is_not_the_case_is_negated() -> None:
    assert wants("which officers attend but aren't members?").negated
    assert wants("which projects are not rated red?").negated
    assert not wants("which projects are rated red?").negated


def test_who_chairs_or_chaired_asks_for_the_chair_as_such() -> None:
    for asked in ("who chairs it?", "who's the vice-chair of the forum?", "who was in the chair?"):
        assert wants(asked).chair, asked
    assert not wants("who leads the forum?").chair
    assert not wants("what did the chair say about parks?").chair


def test_what_a_thing_is_called_asks_its_name() -> None:
    assert wants("whats the council's stop smoking service called").called == "servi"
    assert wants("what's the name of the hub for carers?").called == "hub"
    assert wants("the name of the chair of the parks board?").called == "chair"
    assert wants("who called the meeting?").called is None
    assert answer_type("what is the new falls service called?") is not AnswerType.DEFINITION


def test_a_follow_ups_opening_word_does_not_hide_the_detail_asked() -> None:
    assert wants("and when's the parks plan refresh due?").planned
    assert wants("so what model did they adopt?").head == "model"


def test_which_papers_are_asked_for() -> None:
    assert wants("which reports is jo bloggs the contact for?").papers
    assert not wants("who is the contact for the parks report?").papers
