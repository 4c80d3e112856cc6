"""Candidate spans: which one is chosen as the answer, and which lines never are."""

from __future__ import annotations

from dataclasses import replace

import pytest

from answer.boilerplate import masthead
from answer.scoring import AnswerConfig, after_paper, best_candidate, candidates, span
from question.model import AnswerType
from question.read import read_question
from retrieval.search import Hit
from tests.answer import made


def test_the_best_span_is_about_what_the_question_names_when_one_is_close() -> None:
    hits = [
        _hit("We will join up community and hospital support for families.", 1.0, "a"),
        _hit("We will expand Oak Lane Pantry to every family hub.", 0.9, "b"),
    ]
    question = read_question("what have we promised on Oak Lane Pantry?", idf=made.idf)
    assert question.kind is AnswerType.COMMITMENT
    cfg = AnswerConfig()
    weights = {"promis": 1.0, "oak": 3.0, "lane": 1.0, "pantri": 1.0}
    ranked = candidates(question, hits, weights, cfg, lambda features: 0.5 * features[3])
    assert not ranked[0].on_target  # the retrieval share alone ranks the other span first
    best, _ = best_candidate(question, hits, ranked, cfg)
    assert best is not None and best.on_target
    assert "Oak Lane Pantry" in span(hits, best)


def test_a_measures_figure_comes_from_the_sentence_naming_the_measure() -> None:
    hits = [
        _hit(
            "The forum reviewed its quorum. Under Standing Order 40 the meeting ran on. "
            "The forum agreed to cut the quorum to four.",
            1.0,
            "a",
        )
    ]
    question = read_question("what did the parks forum cut its quorum to?", idf=made.idf)
    assert question.wants.measure == "quor"
    cfg = AnswerConfig()
    weights = {"park": 1.0, "forum": 1.0, "cut": 1.0, "quorum": 2.0}
    # The sentence with the other figure is ranked above the one that names the quorum.
    ranked = sorted(
        candidates(question, hits, weights, cfg, lambda features: 0.5),
        key=lambda c: "Standing Order" not in span(hits, c),
    )
    best, satisfied = best_candidate(question, hits, ranked, cfg)
    assert best is not None and satisfied
    assert span(hits, best) == "The forum agreed to cut the quorum to four."


def test_the_next_of_something_is_dated_after_the_paper_that_mentions_it() -> None:
    minutes = made.passage(
        "The forum noted the workshop held on 23 May 2031. "
        "Members will attend a further workshop on 19 July 2031.",
        doc_id="mins",
        section=None,
    )
    hits = [made.hit(minutes, made.document("mins", "Parks forum minutes", "2031-06-12"), 1.0)]
    question = read_question("when's the next parks workshop?", idf=made.idf)
    assert question.wants.upcoming and question.after is None
    cfg = AnswerConfig()
    weights = {"park": 1.0, "workshop": 2.0}
    # The sentence with the earlier date is ranked above the one with the later.
    ranked = sorted(
        candidates(question, hits, weights, cfg, lambda features: 0.5),
        key=lambda c: "23 May" not in span(hits, c),
    )
    best, satisfied = best_candidate(question, hits, ranked, cfg)
    assert best is not None and satisfied
    assert "19 July 2031" in span(hits, best)
    # A paper dated only to its year may come from the year's start.
    assert after_paper(question, made.document(date="2031")).after == (2031, 0, 0)
    unasked = read_question("when was the workshop?", idf=made.idf)
    assert after_paper(unasked, made.document()).after is None
    assert (
        after_paper(read_question("when was the workshop?", idf=made.idf), made.document()).after
        is None
    )


def test_a_span_about_what_is_named_comes_before_one_that_only_holds_the_asked_kind() -> None:
    hits = [
        _hit("RESOLVED: That the annual accounts be approved.", 1.0, "a"),
        _hit("The Riverside Garden Group report sets out the year's work.", 0.9, "b"),
    ]
    question = read_question(
        "what did the board decide about the Riverside Garden Group?", idf=made.idf
    )
    assert question.kind is AnswerType.DECISION
    cfg = AnswerConfig()
    weights = {"decid": 1.0, "riversid": 3.0, "garden": 1.0, "group": 1.0}
    ranked = candidates(question, hits, weights, cfg, lambda features: 0.5 * features[3])
    assert not ranked[0].on_target  # the resolution ranks first and holds a decision
    best, _ = best_candidate(question, hits, ranked, cfg)
    assert best is not None and best.on_target
    assert "Riverside Garden Group" in span(hits, best)


def _hit(text: str, score: float, passage_id: str) -> Hit:
    passage = made.passage(text, section="Our commitments", lines=(1, 2))
    return made.hit(replace(passage, id=passage_id), made.document(), score)


def test_a_masthead_in_capitals_is_never_a_candidate() -> None:
    masthead_line = "EXAMPLE BOARD: 29 MAY 2025 REPORT OF THE FOOD PARTNERSHIP PROGRESS UPDATE"
    hits = [_hit(f"{masthead_line}. A report on progress went to the board in May 2024.", 1.0, "a")]
    question = read_question("when did the board last get a progress report?", idf=made.idf)
    weights = {"board": 1.0, "progress": 1.0, "report": 1.0}
    ranked = candidates(question, hits, weights, AnswerConfig(), lambda features: 0.5)
    assert [span(hits, c) for c in ranked] == [
        "A report on progress went to the board in May 2024."
    ]
    assert masthead(masthead_line)
    assert not masthead("The HWB and the ICB agreed the BCF plan.")
    assert not masthead("PURPOSE OF REPORT")


def _heading(text: str, passage_id: str) -> Hit:
    passage = made.passage(text, kind="heading", section=None, lines=(1, 1))
    return made.hit(replace(passage, id=passage_id), made.document(), 1.0)


def test_a_short_heading_is_never_an_answer_but_a_stating_one_or_a_list_item_is() -> None:
    label = "Priority 4: Safer Streets and Parks"
    stating = "Priority 3: Halve the number of falls among people over 65 by improving home safety"
    hits = [_heading(label, "a"), _heading(stating, "b")]
    weights = {"prioriti": 1.0, "street": 1.0, "fall": 1.0}

    def spans(question: str) -> list[str]:
        read = read_question(question, idf=made.idf)
        ranked = candidates(read, hits, weights, AnswerConfig(), lambda features: 0.5)
        return [span(hits, c) for c in ranked]

    assert spans("what does the plan promise on safer streets?") == [stating]
    assert spans("what are the plan's priorities?") == [label, stating]


def test_a_short_heading_naming_someone_under_a_role_label_is_a_candidate() -> None:
    hits = [_heading("Contact: Jo Bloggs Democratic Services", "a")]
    read = read_question("who was the contact for the March meeting?", idf=made.idf)
    ranked = candidates(read, hits, {"contact": 1.0}, AnswerConfig(), lambda features: 0.5)
    assert [span(hits, c) for c in ranked] == ["Contact: Jo Bloggs Democratic Services"]


def test_a_figure_in_a_passage_not_naming_the_measure_asked_does_not_answer() -> None:
    question = read_question("what is the quorum of the parks board?", idf=made.idf)
    cfg = AnswerConfig()
    weights = {"quorum": 3.0, "park": 1.0, "board": 1.0}
    for text, answers in [
        ("The parks board has six members from the council and partners.", False),
        ("The parks board has six members. Its quorum is three members.", True),
    ]:
        hits = [_hit(text, 1.0, "a")]
        ranked = candidates(question, hits, weights, cfg, lambda features: 0.5)
        _, satisfied = best_candidate(question, hits, ranked, cfg)
        assert satisfied is answers, text


def test_the_heading_length_is_validated() -> None:
    with pytest.raises(ValueError, match="heading_min_words is 0; allowed: 1 to 100"):
        AnswerConfig(heading_min_words=0)


def test_a_figure_asked_of_a_place_is_not_answered_by_a_figure_for_elsewhere() -> None:
    county = made.document(title="Northshire warm homes update")
    hits = [
        made.hit(replace(made.passage(text), id=n), county, score)
        for n, text, score in (
            (
                "a",
                "An estimated 9.1% of homes are hard to heat, rising well above that "
                "in parts of Oakvale and the Eastmoor uplands.",
                1.0,
            ),
            ("b", "In Eastmoor, 12.4% of homes were hard to heat in 2030.", 0.6),
        )
    ]
    question = read_question("what's the hard-to-heat rate in Eastmoor?", idf=made.idf)
    cfg = AnswerConfig()
    weights = {"heat": 1.0, "rate": 1.0, "eastmoor": 3.0}
    ranked = candidates(question, hits, weights, cfg, lambda features: 0.5 * features[3])
    assert [c.on_target for c in ranked] == [False, True]
    best, satisfied = best_candidate(question, hits, ranked, cfg)
    assert best is not None and "12.4%" in span(hits, best) and satisfied
    alone, satisfied = best_candidate(question, hits[:1], ranked[:1], cfg)
    assert alone is not None and not satisfied
    # The place the document itself is about goes without saying.
    home = read_question("what's the hard-to-heat rate in Northshire?", idf=made.idf)
    assert candidates(home, hits[:1], weights, cfg, lambda features: 0.5)[0].on_target


def test_a_place_near_a_figure_for_something_else_is_no_figure_for_the_place() -> None:
    county = made.document(title="Northshire health profile")
    texts = (
        "Raise flu vaccine uptake in adults from 71.2% to 80% by 2028, with outreach in Eastmoor.",
        "Flu vaccine uptake in adults was 74.5% in Eastmoor, against 71.2% in the county.",
        "In Eastmoor, there are 12,480 adults with two or more conditions.",
    )
    hits = [made.hit(replace(made.passage(t), id=str(n)), county) for n, t in enumerate(texts)]
    cfg = AnswerConfig()
    weights = {"uptak": 1.0, "eastmoor": 3.0}
    uptake = read_question("what's flu vaccine uptake in adults in Eastmoor?", idf=made.idf)
    ranked = candidates(uptake, hits[:2], weights, cfg, lambda features: 0.5)
    assert [c.on_target for c in ranked] == [False, True]
    adults = read_question("how many adults in Eastmoor have 2+ conditions?", idf=made.idf)
    assert candidates(adults, hits[2:], weights, cfg, lambda features: 0.5)[0].on_target


def test_a_paper_saying_the_asked_thing_is_still_to_be_settled_holds_no_answer() -> None:
    settling = (
        "RESOLVED: That the date of the next forum be confirmed after the May 2026 elections."
    )
    hits = [_hit(settling, 1.0, "a"), _hit("The parks survey closed in June 2026.", 0.5, "b")]
    question = read_question("when's the next parks forum?", idf=made.idf)
    weights = {"next": 1.0, "forum": 2.0}
    cfg = AnswerConfig()
    scores = iter((0.6, 0.5))
    ranked = candidates(question, hits, weights, cfg, lambda features: next(scores))
    best, satisfied = best_candidate(question, hits, ranked, cfg)
    assert best is not None and not satisfied
    listing = "Circulate the list of schools in the pilot once finalised."
    which = read_question("which schools are in the pilot?", idf=made.idf)
    ranked = candidates(which, [_hit(listing, 1.0, "c")], {"school": 1.0}, cfg, lambda f: 0.5)
    assert not best_candidate(which, [_hit(listing, 1.0, "c")], ranked, cfg)[1]
    # A date with nothing left to settle answers.
    held = "RESOLVED: That the next forum be held on 3 June 2026."
    ranked = candidates(question, [_hit(held, 1.0, "d")], weights, cfg, lambda features: 0.5)
    assert best_candidate(question, [_hit(held, 1.0, "d")], ranked, cfg)[1]


def test_a_figure_stated_for_another_year_holds_no_figure_for_the_year_asked() -> None:
    plan = made.document(title="Northshire parks plan")
    text = "The parks maintenance grant for Northshire in 2024/25 is £3.2m."
    hits = [made.hit(replace(made.passage(text), id="a"), plan, 1.0)]
    question = read_question("how much is the parks maintenance grant in 2025/26?", idf=made.idf)
    cfg = AnswerConfig()
    ranked = candidates(question, hits, {"grant": 1.0}, cfg, lambda features: 0.5)
    best, satisfied = best_candidate(question, hits, ranked, cfg)
    assert best is not None and not best.on_target and not satisfied
    asked = read_question("how much is the parks maintenance grant in 2024/25?", idf=made.idf)
    assert best_candidate(asked, hits, candidates(asked, hits, {}, cfg, lambda _: 0.5), cfg)[1]


def test_a_question_naming_a_publisher_is_off_target_in_another_publishers_papers() -> None:
    own = replace(made.document("own"), publisher="Northvale Borough Council")
    other = replace(made.document("other"), publisher="Southmere City Council")
    hits = [
        made.hit(
            replace(made.passage("The quorum is five members.", doc_id="other"), id="o"), other
        ),
        made.hit(replace(made.passage("The quorum is seven members.", doc_id="own"), id="n"), own),
        made.hit(
            replace(made.passage("Southmere City Council's quorum is four.", doc_id="own"), id="m"),
            own,
        ),
    ]
    question = replace(
        read_question("what quorum does southmere keep?", idf=made.idf),
        publishers=("Southmere City Council",),
    )
    weights = {"quorum": 1.0, "southmer": 3.0, "keep": 1.0}
    ranked = candidates(question, hits, weights, AnswerConfig(), lambda features: 0.5)
    on_target = {hits[c.hit_index].passage.id: c.on_target for c in ranked}
    assert on_target == {"o": True, "n": False, "m": True}


def test_a_table_row_is_read_with_the_names_of_its_columns() -> None:
    table = "| Measure | Target for 2028 | | Park visits | 50,000 | | Street trees | 1,200 |"
    hits = [_hit(table, 1.0, "t")]
    question = read_question("what's the target for street trees?", idf=made.idf)
    weights = {"target": 1.0, "street": 1.0, "tree": 1.0}
    ranked = candidates(question, hits, weights, AnswerConfig(), lambda features: 0.5)
    coverage = {span(hits, c): c.coverage for c in ranked}
    assert coverage["| Street trees | 1,200 |"] == 1.0
    first_row = "| Measure | Target for 2028 | | Park visits | 50,000 |"
    assert coverage[first_row] == pytest.approx(1 / 3)
