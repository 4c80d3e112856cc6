"""Lists introduced by a lead-in that promises them, read from made-up flattened text."""

from __future__ import annotations

import pytest

from index.registers.lead_in import ListStyle, is_label, lead_ins, list_items, list_style


def _items(text: str, start: int = 0) -> list[str]:
    found = list_items(text, start, list_style(text, start))
    return [text[a:b] for a, b in found.spans]


@pytest.mark.parametrize(
    "text",
    [
        "In the first year the council will:",
        "Over the decade we will put the following values into practice;",
        "Parks matter. WE WILL:",
    ],
)
def test_a_sentence_that_leaves_its_promise_to_its_items_leads_in(text: str) -> None:
    [lead] = lead_ins(text)
    assert lead.end == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "Success will mean:",
        "We will support families through: play schemes; holiday clubs.",
        "The plan has three parts:",
        "We will put the following values into practice; and report on them.",
    ],
)
def test_a_sentence_that_states_its_own_promise_or_none_does_not(text: str) -> None:
    assert lead_ins(text) == []


def test_semicolon_items_end_with_the_item_that_ends_in_a_full_stop() -> None:
    text = (
        "open two libraries in the north; extend opening hours to 8pm; publish a yearly "
        "report on use. Delivering the plan; Governance"
    )
    assert list_style(text, 0) is ListStyle.SEMICOLONS
    found = list_items(text, 0, ListStyle.SEMICOLONS)
    assert found.ended
    assert [text[a:b] for a, b in found.spans] == [
        "open two libraries in the north",
        "extend opening hours to 8pm",
        "publish a yearly report on use",
    ]


def test_labelled_items_hold_their_label_and_the_sentences_up_to_the_next() -> None:
    text = (
        "Listening to residents. We will hold a forum each spring. Nobody is left out. "
        "Acting early. Help given early costs far less than help given when a crisis comes. "
        "Sharing data safely across partners."
    )
    assert _items(text) == [
        "Listening to residents. We will hold a forum each spring. Nobody is left out.",
        "Acting early. Help given early costs far less than help given when a crisis comes.",
        "Sharing data safely across partners.",
    ]


def test_sentences_before_the_first_label_continue_an_item_of_the_passage_before() -> None:
    text = "It costs the least in the long run. Acting early. We will fund early help first."
    assert _items(text) == [
        "It costs the least in the long run.",
        "Acting early. We will fund early help first.",
    ]


def test_plain_sentences_without_labels_are_one_item_each() -> None:
    text = "Open the new hub by May. Train forty volunteers to run it."
    assert _items(text) == ["Open the new hub by May.", "Train forty volunteers to run it."]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Acting early.", True),
        ("Fair access to green space for all.", True),
        ("Building confidence in every school so that children can learn well.", True),
        ("We will hold a forum.", False),
        ("Housing is a key part of health.", False),
        ("The plan is short.", False),
        ("During the winter months.", False),
        ("Early help costs less than late help and works better too.", False),
    ],
)
def test_a_label_is_a_short_phrase_without_a_verb_or_opens_with_a_gerund(
    sentence: str, label: bool
) -> None:
    assert is_label(sentence) is label
