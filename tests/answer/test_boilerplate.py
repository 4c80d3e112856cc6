from __future__ import annotations

import pytest

from answer.boilerplate import (
    boilerplate,
    conventions,
    default_conventions,
    sealed_conventions,
)
from index.errors import IndexCorrupt
from question.read import read_question
from tests.answer import made

RULES = default_conventions()


def test_a_portals_link_to_a_paper_is_boilerplate() -> None:
    question = read_question("what did the parks audit find?", idf=made.idf)
    assert boilerplate(question, "Parks audit and action plan update, item 56.", RULES)
    assert boilerplate(question, "Appendix 1 - Parks audit 2031, item 6", RULES)
    assert not boilerplate(question, "The parks audit found 12 sites in poor repair.", RULES)


def test_a_line_of_web_addresses_is_boilerplate_unless_a_link_or_contact_is_asked() -> None:
    papers = (
        "Background papers; Report to the Parks Board 3 May 2031; "
        "https://democracy.example.gov.uk/documents/s1234/Parks%20Update%20FINAL.pdf; "
        "Parks Strategy 2030-2040; <https://www.example.gov.uk/parks/parks-strategy>; None"
    )
    asked = read_question("what did the parks audit find?", idf=made.idf)
    assert boilerplate(asked, papers, RULES)
    for wants_it in ("what's the link to the parks strategy?", "who do I contact about parks?"):
        assert not boilerplate(read_question(wants_it, idf=made.idf), papers, RULES)
    # A web address inside a sentence that says something is not a reference list.
    said = "The audit, published at https://www.example.gov.uk/audit, found 12 poor sites."
    assert not boilerplate(asked, said, RULES)


def test_a_reports_stock_line_answers_only_a_question_about_its_purpose() -> None:
    stock = "The purpose of this report is to update the board on the parks plan."
    about_parks = read_question("what is happening with the parks plan?", idf=made.idf)
    about_paper = read_question("what is the purpose of the parks report?", idf=made.idf)
    assert boilerplate(about_parks, stock, RULES)
    assert not boilerplate(about_paper, stock, RULES)


def test_a_corpus_states_its_own_stock_lines_and_paper_links() -> None:
    own = conventions((r"This paper sets out\b",), (r"\(paper \d+\)$",))
    question = read_question("what did the parks audit find?", idf=made.idf)
    assert boilerplate(question, "This paper sets out the audit.", own)
    assert boilerplate(question, "Parks audit (paper 4)", own)
    assert not boilerplate(question, "This paper sets out the audit.", RULES)


def test_an_index_generation_carries_the_conventions_it_was_built_with() -> None:
    sealed = {"generation": "g1", "conventions": {"stock_lines": ["Foo\\b"], "paper_links": []}}
    assert sealed_conventions(sealed).stock_lines[0].pattern == "Foo\\b"
    with pytest.raises(IndexCorrupt, match=r"g0.*rebuild it"):
        sealed_conventions({"generation": "g0"})
