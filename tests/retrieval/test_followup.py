from __future__ import annotations

from retrieval.followup import is_follow_up, rewrite


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
