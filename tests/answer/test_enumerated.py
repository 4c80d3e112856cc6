"""A numbered list split over neighbouring passages, answered whole."""

from __future__ import annotations

from dataclasses import replace

from answer.enumerated import enumerated_list, labels, runs
from answer.terms import question_terms
from ingest.model import Passage
from question.counts import items_asked
from tests.answer import made

_PLAN = made.document("plan", "Fenwick Food Plan 2024-2029", date="2024-07-01")


def _at(n: int, text: str) -> Passage:
    passage = made.passage(text, doc_id="plan", kind="list", lines=(n, n + 4))
    return replace(passage, id=f"plan:{n}")


OPENING = _at(
    10,
    "1. Food in schools was our first topic. The review names five building blocks of a good "
    "local food system: i. Growing spaces; ii. Markets and shops",
)
CLOSING = _at(
    16,
    "iii. School meals; iv. Cooking skills; v. Food waste; 2. The plan then sets out who acts.",
)
LATER = _at(
    30,
    "The plan follows three stages: a. Listen to residents; b. Agree actions; c. Report back",
)


def _lookup(document_id: str) -> list[Passage]:
    return [OPENING, CLOSING, LATER] if document_id == "plan" else []


def _terms(*words: str) -> tuple[tuple[float, tuple[frozenset[str], ...]], ...]:
    return question_terms(dict.fromkeys(words, 1.0), ())


def _quotes(question: str, hit: Passage, *words: str) -> list[str] | None:
    hits = [made.hit(hit, _PLAN)]
    answer = enumerated_list(items_asked(question), hits, _terms(*words), _lookup, 0.7)
    return None if answer is None else [c.quote for c in answer.citations]


def test_a_list_split_over_two_passages_is_answered_whole() -> None:
    quotes = _quotes("what are the five building blocks?", OPENING, "build", "block")
    assert quotes == [
        "The review names five building blocks of a good local food system: i. Growing spaces; "
        "ii. Markets and shops",
        "iii. School meals; iv. Cooking skills; v. Food waste",
    ]


def test_a_passage_opening_mid_list_is_followed_back_to_the_first_item() -> None:
    quotes = _quotes("what are the five building blocks?", CLOSING, "build", "block")
    assert quotes is not None and quotes[0].startswith("The review names five")
    assert quotes[-1].endswith("v. Food waste")


def test_every_quote_is_verbatim_from_its_passage() -> None:
    hits = [made.hit(OPENING, _PLAN)]
    answer = enumerated_list(None, hits, _terms("build"), _lookup, 0.7)
    assert answer is not None
    assert all(c.quote in c.passage.text for c in answer.citations)


def test_a_list_of_another_length_than_asked_is_not_the_answer() -> None:
    assert _quotes("what are the four building blocks?", OPENING, "build", "block") is None


def test_a_lead_in_sharing_only_the_title_words_is_not_the_answer() -> None:
    # "The plan follows three stages" names the document, not the phases asked about.
    assert _quotes("what phases does the food plan name?", LATER, "phase", "food", "plan") is None
    assert _quotes("what stages does the food plan follow?", LATER, "stage", "food") is not None


def test_item_labels_are_read_as_roman_numbers_letters_and_digits() -> None:
    styles = {(label.style, label.ordinal) for label in labels("i. one; iv. two; b) three; 12. x")}
    assert {("roman", 1), ("letter", 9), ("roman", 4), ("letter", 2), ("digit", 12)} <= styles
    assert [len(run) for run in runs("i. a; ii. b; iii. c; 7. d")] == [3]


_GUIDE = made.document("guide", "Fenwick Parks Guide 2025", date="2025-03-01")
LONE_FIRST = replace(
    made.passage(
        "4. The guide is organised around four themes: (a) Open spaces. We will keep every park "
        "open from dawn to dusk.",
        doc_id="guide",
        kind="list",
        lines=(40, 42),
    ),
    id="guide:40",
)
DESCRIBED = replace(
    made.passage(
        "(b) Play. We will renew ten playgrounds. (c) Trees. We will plant a tree for every "
        "child born in the district. (d) Water. We will reopen the paddling pools.",
        doc_id="guide",
        kind="list",
        lines=(43, 46),
    ),
    id="guide:43",
)


def test_a_lone_first_item_is_followed_through_the_passages_that_open_with_the_next() -> None:
    # Each item has a description, so the first stops short of its passage's end.
    answer = enumerated_list(
        None,
        [made.hit(LONE_FIRST, _GUIDE)],
        _terms("theme"),
        lambda d: [LONE_FIRST, DESCRIBED] if d == "guide" else [],
        0.7,
    )
    assert answer is not None
    quotes = [c.quote for c in answer.citations]
    assert quotes[0] == "The guide is organised around four themes: (a) Open spaces"
    # "(b)" is quoted with its bracket, and the last item ends with its title's sentence.
    assert quotes[1].startswith("(b) Play.") and quotes[1].endswith("(d) Water")
