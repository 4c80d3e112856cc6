from __future__ import annotations

from collections.abc import Sequence

from question.followup import (
    answered_subject,
    asked,
    first_quote,
    frame_words,
    read_turn,
    rewrite,
    title_words,
)
from question.leaning import is_follow_up
from question.model import AnswerType


def test_a_self_standing_question_is_not_rewritten() -> None:
    question = "what did the board resolve on the Better Care Fund plan?"
    assert rewrite(question, ["when was the JHWS approved?"]) == question


def test_a_pronoun_follow_up_carries_the_previous_topic() -> None:
    rewritten = rewrite("and who leads it?", ["what is the Unified Prevention Board for?"])
    assert "unified" in rewritten and "prevention" in rewritten
    assert rewritten.startswith("and who leads it?")


def test_what_about_carries_the_topic_and_keeps_the_new_year() -> None:
    rewritten = rewrite("what about the 2013 one?", ["what are the priorities of the JHWS?"])
    assert "2013" in rewritten and "priorities" in rewritten


def test_no_previous_turns_means_no_rewrite() -> None:
    assert rewrite("and for alcohol?", []) == "and for alcohol?"
    assert is_follow_up("and for alcohol?")


def test_a_follow_up_that_swaps_the_subject_asks_the_previous_question_again() -> None:
    previous = ["when was the JHWS approved?"]
    assert asked("what about the 2013 one?", previous) == (
        "when was the JHWS approved? what about the 2013 one?"
    )
    assert asked("and for alcohol?", ["who leads on smoking?"]).startswith("who leads on smoking?")


def test_a_follow_up_of_a_place_or_time_alone_asks_the_previous_question_again() -> None:
    previous = ["who sent apologies to the January meeting?"]
    for follow_up in ("and at the June one?", "and in the 2019 plan?", "and for the old one?"):
        assert asked(follow_up, previous).startswith(previous[0]), follow_up
    turn = read_turn("and at the June one?", previous)
    assert turn.kind is read_turn(previous[0], []).kind
    assert turn.asks == f"{previous[0]} and at the June one?"


def test_a_follow_up_with_its_own_question_asks_itself() -> None:
    previous = ["what have we committed to on loneliness?"]
    own = "and the 2013 strategy before it, did that promise anything on loneliness?"
    assert asked(own, previous) == own
    assert asked("and who leads it?", previous) == "and who leads it?"
    assert asked("what about the 2013 one?", []) == "what about the 2013 one?"


def test_a_follow_up_about_now_leaves_the_earlier_questions_dates_behind() -> None:
    earlier = ["who held the chair of the board in September 2024?"]
    rewritten = rewrite("and who is the chair today?", earlier)
    assert "held" in rewritten and "board" in rewritten
    assert "2024" not in rewritten and "september" not in rewritten.lower()
    # Without a word about the present, the dates are the topic still.
    assert "2024" in rewrite("and who was vice-chair?", earlier)


def test_a_follow_ups_own_dates_replace_the_earlier_ones() -> None:
    rewritten = rewrite(
        "and at the June 2025 one?", ["who gave apologies at the October 2024 board?"]
    )
    assert "apologies" in rewritten and "board" in rewritten
    assert "october" not in rewritten.lower() and "2024" not in rewritten


def test_a_new_subject_replaces_the_old_one_but_keeps_the_document() -> None:
    frame = frame_words(title_words(("Joint Strategy for Wellbeing 2013-2016",)))
    earlier = ["in the 2013 joint strategy, which board was responsible for smoking and cancer?"]
    rewritten = rewrite("and the housing and homelessness one?", earlier, frame)
    assert "smoking" not in rewritten and "cancer" not in rewritten
    assert all(w in rewritten for w in ("2013", "joint", "strategy", "board", "responsible"))


def test_a_follow_up_naming_another_edition_keeps_the_subject() -> None:
    frame = frame_words(title_words(("Joint Strategy for Wellbeing 2022-2032",)))
    rewritten = rewrite(
        "what about the old 2013 one?", ["what did the strategy say on falls?"], frame
    )
    assert "falls" in rewritten


def test_an_acronym_for_a_title_is_part_of_the_frame() -> None:
    titles = title_words(["Joint Strategy for Wellbeing"])
    frame = frame_words(titles, (("JSW", "Joint Strategy for Wellbeing"),))
    assert "jsw" in frame
    rewritten = rewrite("and for smoking?", ["what was the target on falls in the JSW?"], frame)
    assert "jsw" in rewritten and "target" in rewritten and "falls" not in rewritten


def test_a_turn_is_read_once_with_its_kind_and_resolved_subject() -> None:
    earlier = ["who led the falls work in the joint strategy?"]
    swapped = read_turn("what about the 2013 one?", earlier)
    assert swapped.kind is AnswerType.PERSON and swapped.follows
    assert "2013" in swapped.searched and "falls" in swapped.searched
    alone = read_turn("how many members make a quorum of the board?", earlier)
    assert alone.searched == alone.text and not alone.follows
    assert alone.kind is AnswerType.NUMBER


def test_and_with_a_bare_new_subject_swaps_the_subject() -> None:
    earlier = "what support did the plan promise for people leaving hospital?"
    rewritten = rewrite("and reablement after discharge?", [earlier])
    assert "reablement" in rewritten and "promise" in rewritten
    assert "leaving" not in rewritten
    # With an ask of its own it asks itself, about the same subject.
    assert "leaving" in rewrite("and who pays for it?", [earlier])


def test_a_pronoun_after_a_which_question_stands_for_the_one_body_its_answer_named() -> None:
    earlier = "which group recommended the new walking target?"
    quote = "The Active Travel Working Group had recommended a revised target of 40%."
    assert answered_subject("and who chairs it?", earlier, quote) == "Active Travel Working Group"
    several = "The Cycling Forum and the Runners Club both recommended it."
    assert answered_subject("and who chairs it?", earlier, several) is None
    assert answered_subject("and when?", earlier, quote) is None
    assert answered_subject("and who chairs it?", "what is the walking target?", quote) is None


def test_a_personal_pronoun_after_a_who_question_stands_for_the_person_its_answer_named() -> None:
    earlier = "who was elected chair of the parks forum in May?"
    quote = "Cllr Jo Bloggs was elected Chair of the forum for the year."
    assert answered_subject("what was his role before that?", earlier, quote) == "Cllr Jo Bloggs"
    assert answered_subject("and what does she lead on?", earlier, quote) == "Cllr Jo Bloggs"
    # The first person named is the one the answer is about; one the question named is not.
    chair = "Ms Rowe, chair of the forum, presented the report in the absence of Mr Akers."
    assert answered_subject("what's her number?", "who chairs the forum?", chair) == "Ms Rowe"
    named = "who stood in for Ms Rowe?"
    assert answered_subject("what's his number?", named, chair) == "Mr Akers"
    assert answered_subject("what's her number?", named, "The forum did not meet.") is None


def test_an_answers_first_quote_ends_at_its_first_citation_marker() -> None:
    assert first_quote("The Walking Forum recommended it. [1] It meets monthly. [2]") == (
        "The Walking Forum recommended it."
    )
    assert first_quote("The documents don't say.") == "The documents don't say."


def test_asking_for_more_of_the_same_leans_on_the_earlier_question() -> None:
    earlier = ["who do I ring about the parks report?"]
    for question in ("is there anyone on the housing side as well?", "anyone else?"):
        assert is_follow_up(question)
        assert "parks" in rewrite(question, earlier)
    # "As well as" joins two subjects of a question that stands on its own.
    assert not is_follow_up("what does the plan say about cycling as well as walking routes?")


def test_is_there_anyone_asks_for_a_person() -> None:
    assert read_turn("is there anyone on the housing side as well?", []).kind is AnswerType.PERSON
    assert read_turn("does anybody look after the parks?", []).kind is AnswerType.PERSON
    yes_no = read_turn("can a member send someone else along in their place?", [])
    assert yes_no.kind is AnswerType.YES_NO


def test_the_described_one_stands_for_an_earlier_noun() -> None:
    # "The tree planting one" picks one of the priorities asked about before.
    assert is_follow_up("who was responsible for delivering the tree planting one?")
    earlier = ["what were the five priorities in the 2014 parks plan?"]
    assert "parks" in rewrite("who was responsible for delivering the tree planting one?", earlier)
    assert not is_follow_up("one of the priorities is tree planting - who leads it?")


def test_which_ones_leans_on_the_earlier_question() -> None:
    assert is_follow_up("which ones are likely to go first?")
    assert "charter" in rewrite("which ones are likely to go first?", ["who signed the charter?"])


def test_a_place_named_in_a_swap_replaces_the_place_named_before() -> None:
    earlier = ["how much did NTDC get from the Warm Homes Fund this round?"]
    rewritten = rewrite("what about Southvale & Eastmoor?", earlier)
    assert "ntdc" not in rewritten
    assert "warm" in rewritten and "fund" in rewritten


def test_a_question_that_points_within_itself_or_names_its_subject_stands_alone() -> None:
    for question in (
        "what was the cycling target in the old plan and what is it now?",
        "did the 2031 parks plan set hard targets for its priorities?",
        "what's ABC?",
    ):
        assert not is_follow_up(question), question
        assert rewrite(question, ["who chairs the housing forum?"]) == question
    for question in ("who chairs it?", "do subs count towards that?", "what does it cost?"):
        assert is_follow_up(question), question


def test_a_question_that_sets_out_its_own_subject_stands_alone() -> None:
    earlier = ["how much did the housing forum spend?"]
    for question in (
        "ABC - what does that stand for in the glossary?",
        "XYZ: what does it mean?",
        "what is the Green Streets Fund? the parks report cites it twice",
        "when did the district board first approve its cycling strategy?",
        "who leads the parks review and how do I get hold of them?",
        "from when will there be one standard way of reporting outcomes?",
        "can a councillor on the board send someone else along in their place?",
        "WXYZ?",
        "what do we mean by social prescribing?",
    ):
        assert not is_follow_up(question), question
        assert rewrite(question, earlier) == question


def test_a_short_question_pointing_back_still_leans_on_the_earlier_turns() -> None:
    for question in (
        "so who took over its budget?",
        "who holds that on the risk register and when's it due back?",
        "is there anyone from the parks and leisure side as well?",
        "who chairs it? and when does it meet?",
        "what about the 2013 one?",
        "anyone else?",
        "what does that stand for?",
    ):
        assert is_follow_up(question), question


def test_a_swapped_subject_replaces_the_earlier_words_it_stands_for() -> None:
    def replaces(subject: str, earlier: Sequence[str]) -> frozenset[str]:
        assert subject == "kids"
        return frozenset(w for w in earlier if w == "adults")

    previous = ["how many adults are obese in the county?"]
    searched = rewrite("what about kids?", previous, replaces=replaces)
    assert searched == "what about kids? (obese county)"
    # Without a judge of meaning, the earlier words are all carried.
    assert rewrite("what about kids?", previous) == "what about kids? (adults obese county)"


def test_her_is_the_person_named_later_in_the_answer_when_its_first_quote_names_none() -> None:
    first = "The board approved the plan on 14 March 2024."
    answer = f"{first} [1] Cllr Jo Bloggs Chair, Parks Board [1]"
    asked = "who wrote the foreword?"
    assert answered_subject("is she still chair?", asked, first) is None
    assert answered_subject("is she still chair?", asked, first, answer) == "Cllr Jo Bloggs Chair"
