from __future__ import annotations

from question.counts import how_many, initial_asked, items_asked


def test_how_many_gives_the_things_counted_none_named_or_no_count_asked() -> None:
    assert how_many("how many park rangers are there?") == frozenset({"park", "range"})
    assert how_many("park surveys - how many done so far?") == frozenset()
    assert how_many("what is the park budget?") is None


def test_a_list_question_says_how_many_items_or_which_initial_they_share() -> None:
    assert items_asked("what are the five priorities?") == 5
    assert items_asked("what are the priorities?") is None
    assert initial_asked("what are the three Cs?") == "c"
