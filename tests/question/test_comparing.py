from __future__ import annotations

from question.comparing import comparing, edition


def test_an_age_word_before_a_document_noun_names_the_older_edition() -> None:
    assert edition("what were the three aims in the first parks plan?").names_older
    assert edition("what did the old strategy say about loneliness?").naming == ("old",)
    assert edition("what did the old strategy say about loneliness?").named == ("strategy",)
    assert edition("the previous Northtown ABC plan's aims?").named == ("ABC",)
    first_priority = edition("what is the first priority of the strategy?")
    assert first_priority.older and not first_priority.names_older
    assert edition("how did things change between 2013 and 2022-2032?").years == (2013, 2022, 2032)


def test_what_a_question_sets_side_by_side_is_read_with_it() -> None:
    assert comparing("has the chair changed since 2013?").times
    assert comparing("the plan promised X - where have we got to?").progress
    assert comparing("what's happened to the park visits target?").progress
    assert not comparing("what happened at the park visits event?").progress
    assert comparing("how far along is the tree planting pledge?").progress
    assert comparing("the plan said we'd open two lidos - how far have we got?").progress
    assert comparing("is the cycling target on track?").progress
    assert not comparing("how far is the hub from the station?").progress
    assert comparing("did we actually hit the cycling target in the old plan?").progress
    assert comparing("was the 40% target met?").progress
    assert not comparing("what is the cycling target?").progress
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
