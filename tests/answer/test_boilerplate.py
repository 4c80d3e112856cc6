from __future__ import annotations

from answer.boilerplate import boilerplate
from question.read import read_question
from tests.answer import made


def test_a_portals_link_to_a_paper_is_boilerplate() -> None:
    question = read_question("what did the parks audit find?", idf=made.idf)
    assert boilerplate(question, "Parks audit and action plan update, item 56.")
    assert boilerplate(question, "Appendix 1 - Parks audit 2031, item 6")
    assert not boilerplate(question, "The parks audit found 12 sites in poor repair.")


def test_a_line_of_web_addresses_is_boilerplate_unless_a_link_or_contact_is_asked() -> None:
    papers = (
        "Background papers; Report to the Parks Board 3 May 2031; "
        "https://democracy.example.gov.uk/documents/s1234/Parks%20Update%20FINAL.pdf; "
        "Parks Strategy 2030-2040; <https://www.example.gov.uk/parks/parks-strategy>; None"
    )
    asked = read_question("what did the parks audit find?", idf=made.idf)
    assert boilerplate(asked, papers)
    for wants_it in ("what's the link to the parks strategy?", "who do I contact about parks?"):
        assert not boilerplate(read_question(wants_it, idf=made.idf), papers)
    # A web address inside a sentence that says something is not a reference list.
    said = "The audit, published at https://www.example.gov.uk/audit, found 12 poor sites."
    assert not boilerplate(asked, said)
