from __future__ import annotations

from retrieval.followup import asked, is_follow_up, rewrite


def test_a_self_standing_question_is_not_rewritten() -> None:
    question = "what did the board resolve on the Better Care Fund plan?"
    assert rewrite(question, ["when was the JHWS approved?"]) == question


def test_a_pronoun_follow_up_carries_the_previous_topic() -> None:
    rewritten = rewrite("and who chairs it?", ["what is the Unified Prevention Board for?"])
    assert "unified" in rewritten and "prevention" in rewritten
    assert rewritten.startswith("and who chairs it?")


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


def test_a_follow_up_with_its_own_question_asks_itself() -> None:
    previous = ["what have we committed to on falls?"]
    own = "what about the old 2013 strategy, did that do anything on falls?"
    assert asked(own, previous) == own
    assert asked("and who chairs it?", previous) == "and who chairs it?"
    assert asked("what about the 2013 one?", []) == "what about the 2013 one?"


def test_a_follow_up_about_now_leaves_the_earlier_questions_dates_behind() -> None:
    earlier = ["who was chairing the board back in September 2024?"]
    rewritten = rewrite("and who chairs it now?", earlier)
    assert "chairing" in rewritten and "board" in rewritten
    assert "2024" not in rewritten and "september" not in rewritten.lower()
    # Without a word about the present, the dates are the topic still.
    assert "2024" in rewrite("and who was vice-chair?", earlier)
