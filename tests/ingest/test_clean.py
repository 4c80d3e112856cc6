"""Each paragraph-repair rule on a real snippet of the shipped corpus."""

from __future__ import annotations

from ingest.clean import (
    fix_ligature_gaps,
    fix_lost_hyphen,
    fix_spaced_hyphen,
    join_lines,
    strip_footnote_markers,
    strip_markdown,
)


def test_kept_hyphenation_across_lines_is_joined_without_a_space() -> None:
    assert join_lines(
        ["a) That the feedback on the development of a new place-", "based dashboard"]
    ) == ("a) That the feedback on the development of a new place-based dashboard")


def test_spaced_hyphen_is_closed_but_suspended_hyphen_kept() -> None:
    assert fix_spaced_hyphen("Developing a New Place- Based Health") == (
        "Developing a New Place-Based Health"
    )
    assert fix_spaced_hyphen("health and well- being") == "health and well-being"
    assert fix_spaced_hyphen("pre- and post-natal support") == "pre- and post-natal support"


def test_lost_hyphens_are_restored_where_unambiguous() -> None:
    assert fix_lost_hyphen("recovery from the Covid19 pandemic") == (
        "recovery from the Covid-19 pandemic"
    )
    assert fix_lost_hyphen("supporting selfmanagement of conditions") == (
        "supporting self-management of conditions"
    )
    assert fix_lost_hyphen("not selfish") == "not selfish"


def test_ligature_gaps_are_closed() -> None:
    assert fix_ligature_gaps("There are many benefi ts to leading an active lifestyle") == (
        "There are many benefits to leading an active lifestyle"
    )
    assert fix_ligature_gaps("health profi les or the JSNA") == "health profiles or the JSNA"
    assert fix_ligature_gaps("Improves health & fi tness.") == "Improves health & fitness."
    assert fix_ligature_gaps("staff members") == "staff members"


def test_glued_footnote_markers_are_removed() -> None:
    assert strip_footnote_markers("not simply the absence of illness\u201di (Marks, 2005)") == (
        "not simply the absence of illness\u201d (Marks, 2005)"
    )
    assert strip_footnote_markers("Dahlgren and Whitehead (2006)ii) and") == (
        "Dahlgren and Whitehead (2006)) and"
    )
    assert strip_footnote_markers("are likely to have ACEsviii.") == "are likely to have ACEs."
    assert strip_footnote_markers("outcomes for the childvvi[i].") == "outcomes for the child."


def test_markdown_leftovers_are_removed() -> None:
    assert strip_markdown(" - a. Note the progress being made") == "a. Note the progress being made"
    assert strip_markdown("**Healthy Workplaces Programme**") == "Healthy Workplaces Programme"
    assert strip_markdown("Smoking in pregnancy (#)") == "Smoking in pregnancy"
