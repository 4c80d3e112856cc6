from __future__ import annotations

from answer.people import PHONE, labelled_name, named_spans


def _named(sentence: str) -> list[str]:
    return [sentence[start:end] for start, end in named_spans(sentence)]


def test_a_name_under_a_role_label_is_labelled_and_a_bare_role_is_not() -> None:
    assert labelled_name("Responsible officer: Jo Bloggs")
    assert labelled_name("Lead - Dr Sam Green")
    assert not labelled_name("The lead officer will report back.")


def test_a_name_is_found_by_its_title_its_post_or_what_its_holder_did() -> None:
    assert _named("Cllr Sam Green welcomed the report.")
    assert _named("Jo Bloggs, Director of Parks, will lead.")
    assert _named("Jo Bloggs (Parks Service) presented the report.")
    assert _named("The forum was chaired by Sam Green.")


def test_a_member_s_substitute_is_named_by_standing_in() -> None:
    assert _named("Jo Bloggs acted as a substitute for Sam Green.")
    assert _named("Jo Bloggs attended in place of Sam Green.")
    assert _named("Jo Bloggs deputised for the Director.")
    assert _named("The Board attended to the agenda.") == []


def test_a_role_without_a_name_names_no_one() -> None:
    assert _named("The Chair thanked members for their support.") == []
    assert _named("This Board agreed the plan.") == []


def test_a_phone_number_inside_a_longer_figure_is_not_a_phone_number() -> None:
    assert PHONE.search("Call 01234 567890 for help.")
    assert not PHONE.search("Budget line 9012345678901 was closed.")
