"""Where a text defines or states the term a question asks about (question.defining)."""

from __future__ import annotations

from question.defining import Defining, defining_pattern


def _defining(term: str, idf: dict[str, float]) -> Defining:
    """The defining pattern of `term`, words missing from `idf` counting 0."""
    pattern = defining_pattern(term, lambda t: idf.get(t, 0.0))
    assert pattern is not None
    return pattern


def test_a_term_defined_only_inside_a_sentence_is_not_its_definition() -> None:
    pattern = _defining("health", {"health": 1.0, "mental": 2.0})
    assert pattern.found_in("Health can be defined as a state of wellbeing.")
    assert pattern.found_in("Terms: health - a state of wellbeing")
    assert not pattern.found_in("The WHO defines mental health as a state of wellbeing.")
    assert not pattern.found_in("Mental health is everyone's business.")


def test_a_definition_may_open_with_the_words_of_the_term_before_its_rarest() -> None:
    pattern = _defining("active travel", {"active": 1.0, "travel": 3.0})
    assert pattern.found_in("“Active travel is walking or cycling as a way of getting about.")
    assert pattern.found_in("Travel is a cost to every household.")
    assert not pattern.found_in("We value active travel as a way of getting about.")


def test_a_term_may_be_stated_with_its_words_after_the_rarest() -> None:
    pattern = _defining("overall vision", {"overall": 3.0, "vision": 1.0})
    assert pattern.found_in("Our overall vision is; everyone in the county thrives.")
    assert not pattern.found_in("We share an overall vision with our partners.")


def test_a_definition_may_follow_a_bracketed_acronym_or_name_its_description_first() -> None:
    pattern = _defining("street score", {"street": 1.0, "score": 3.0})
    assert pattern.found_in("Street score (SS) means the share of streets rated good.")
    assert pattern.found_in("We use a summary measure called the street score.")
    assert not pattern.found_in("The street score rose by 4 points.")


def test_a_term_is_found_in_text_whose_lower_case_is_longer() -> None:
    # "İ" lowers to two characters: positions found in the lowered text must still hold.
    pattern = _defining("reablement", {"reablement": 3.0})
    assert pattern.found_in("İstanbul visit. Reablement is short-term care at home.")
    assert not pattern.found_in("İstanbul offers reablement courses.")


def test_a_plural_term_is_defined_with_the_plural_verb() -> None:
    pattern = _defining("hub", {})
    assert pattern.found_in("5. Hubs refer to places where families can get help.")
    assert pattern.found_in("Hubs mean places where families can get help.")
    assert pattern.found_in("Hubs are defined as places where families can get help.")


def test_a_definition_may_name_the_term_after_describing_it() -> None:
    pattern = _defining("quiet street", {"quiet": 1.0, "street": 3.0})
    assert pattern.found_in("A road closed to through traffic is known as a quiet street.")
    assert pattern.found_in("Roads are scored by a measure called the quiet street test.")
    assert not pattern.found_in("We will open a quiet street in every ward.")
