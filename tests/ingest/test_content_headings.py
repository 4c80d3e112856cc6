# Snippets are verbatim from the corpus, trailing spaces and long lines included.
# ruff: noqa: W291, W293, E501
"""Headings that carry content ('Outcome 1: ...', 'People – ...') are quotable passage text."""

from __future__ import annotations

import pytest

from ingest.chunk import Draft
from ingest.lines import clean_lines
from ingest.loaders import SourceLine
from ingest.sentences import sentences
from ingest.structure import content_heading, drafts_from_lines


def _drafts(text: str) -> list[Draft]:
    lines = [SourceLine(line, n) for n, line in enumerate(text.split("\n"), start=1)]
    return drafts_from_lines(clean_lines(lines))


# health-wellbeing-strategy-2013-2016.txt, lines 857-912
JHWS_OUTCOME = """and support robust evaluation of services and programmes. 
 • Focusing on prevention 

Where ever possible we will take action to support the prevention of poor health and 

wellbeing outcomes.  This may be by encouraging healthy communities and lifestyle in 

general while respecting people’s personal choices or by supporting people with long 

term conditions to prevent their health from worsening. 

 

• Sustainability 

We will ensure that our services are sustainable and adaptable to protect our 

environment and resources ensuring that changes are made which will create long term 

positive change, taking into account long term challenges. 

 

• Dignity 

We will ensure that, by working with partners and stakeholders, people using our 

services are treated fairly and with dignity and respect, are able to easily get the support 

and protection they need, are protected when they need to be and are kept safe and 

able to protect themselves from abuse and neglect. 

 

 

4.2 Outcome 1: Getting it right from childhood 

 

While the overall health of children in Northshire is generally similar to (or better 

than) the average for England, there is still room to improve both the overall outcomes 

and the outcomes for children in communities where health outcomes are poorer.  This 

may be achieved through universal programmes to improve health for all and through 

targeted programmes in areas of greatest risk.  Northshire needs to continue to give 

young people the best possible start to life. 

 

One of the most significant challenges to the health of the population is caused by the 
"""

# health-wellbeing-strategy-2013-2016.txt, lines 1560-1590
JHWS_PRIORITY_11 = """funded packages and self funders. 

 

Priority 11: Maximise independence in older people by improving stroke care and 

rehabilitation services, preventing falls and reducing preventable hospital 

admissions 

 

Supporting older people to live independently in their own homes, and to return to 

independent living following illness or injury, is important in reducing emergency hospital 

admissions and the need to move into long-term care.  Strokes and falls are leading 

cause of hospital admissions, significant morbidity and the need for long term care in 
 older people.  Effective prevention and rehabilitation services can reduce these 

demands and improve outcomes. 
"""

# health-wellbeing-strategy-2013-2016.txt, lines 940-958
JHWS_PRIORITY_1 = """The responsibility for delivering the identified outcomes within this strategy rests with the 

Children and Young People’s (CYPS) Commissioning Board.  We will work closely with 

the CYPS Board to ensure that Northshire delivers on this priority: 

 

Priority 1: We will support positive outcomes for children and families through: 

o  early years support 

o early intervention/prevention 

o continuing health programmes to develop well 

o early identification of families in need of support 
"""

# public-health-strategy-2022-2027.txt, lines 578-600
PH_PEOPLE = """Delivering good health and prevention services 2022-2027
 Our Priorities
People
People – Build on the strengths of people in our communities
Why is it important?
The people that live in our community are our greatest assets and we recognise that
to support those individuals in need and those that are most vulnerable, we should
be investing in our communities and supporting them to support others around them.
This is important now more than ever due to the Covid-19 pandemic and how this has
affected individuals and the communities they are a part of.
Asset-based approaches recognise and build on the existing strengths within
communities and start with what is valued most to those living in that community. This
is a unique way of working with citizens and has many proven benefits not only for
those in communities but also for the council and its commissioning decisions. There
is evidence that identifies this method of support results in sustainable outcomes for
citizens and communities in turn.
We aim to identify an individual’s strengths – personal, community and social networks –
and maximise those strengths to enable them to achieve their desired outcomes, thereby
meeting their needs and improving or maintaining their wellbeing.

Where are we now?
We employ one of the largest Local Area Co-ordination programmes in the United
Kingdom, the team use an Asset/Strength-based approach to work in collaboration with
people, places and partners to increase personal resilience and community cohesion and
capacity.
"""


def test_an_unpunctuated_outcome_heading_is_its_own_passage_without_its_number() -> None:
    drafts = _drafts(JHWS_OUTCOME)
    heading = next(d for d in drafts if d.kind == "heading")
    assert heading.text == "Outcome 1: Getting it right from childhood"
    assert heading.section == "4.2 Outcome 1: Getting it right from childhood"
    assert [ln.lineno for ln in heading.lines] == [38]
    after = drafts[drafts.index(heading) + 1]
    assert after.text.startswith("While the overall health of children")
    assert after.section == heading.section


def test_a_wrapped_priority_heading_is_quoted_whole() -> None:
    drafts = _drafts(JHWS_PRIORITY_11)
    heading = next(d for d in drafts if d.kind == "heading")
    assert heading.text == (
        "Priority 11: Maximise independence in older people by improving stroke care and "
        "rehabilitation services, preventing falls and reducing preventable hospital admissions"
    )
    # The heading is never glued to the sentence after it.
    assert not any(d.text.startswith("Priority 11") and d.kind != "heading" for d in drafts)


def test_a_lead_in_heading_opens_the_passage_of_its_items() -> None:
    drafts = _drafts(JHWS_PRIORITY_1)
    first = next(d for d in drafts if "early years support" in d.text)
    assert first.text.startswith(
        "Priority 1: We will support positive outcomes for children and families through: "
        "early years support"
    )
    assert not any(d.kind == "heading" for d in drafts)
    assert sum(d.text.count("Priority 1:") for d in drafts) == 1


def test_a_named_priority_heading_quotes_but_bare_subheads_do_not() -> None:
    drafts = _drafts(PH_PEOPLE)
    headings = [d for d in drafts if d.kind == "heading"]
    assert [d.text for d in headings] == [
        "People – Build on the strengths of people in our communities"
    ]
    texts = " ".join(d.text for d in drafts)
    assert "Why is it important?" not in texts
    assert "Where are we now?" not in texts
    # The sections still name both the priority and the subhead.
    assert any(
        d.section
        == "People – Build on the strengths of people in our communities > Why is it important?"
        for d in drafts
    )


def test_each_heading_passage_is_one_sentence_for_the_answer_splitter() -> None:
    for snippet in (JHWS_OUTCOME, JHWS_PRIORITY_11, PH_PEOPLE):
        for draft in _drafts(snippet):
            if draft.kind == "heading":
                assert sentences(draft.text) == [draft.text]


def test_a_heading_printed_twice_is_quoted_once() -> None:
    twice = JHWS_OUTCOME + "\n \n\n" + JHWS_OUTCOME.replace("4.2 ", "5.1 ")
    headings = [d for d in _drafts(twice) if d.kind == "heading"]
    assert [d.text for d in headings] == ["Outcome 1: Getting it right from childhood"]


@pytest.mark.parametrize(
    ("heading", "quoted"),
    [
        (
            "4.2 Outcome 1: Getting it right from childhood",
            "Outcome 1: Getting it right from childhood",
        ),
        (
            "Promote – Promote healthy living and healthy places",
            "Promote – Promote healthy living and healthy places",
        ),
        (
            "Priority 3: Ensure datasets are complete and timely",
            "Priority 3: Ensure datasets are complete and timely",
        ),
        ("Introduction", None),
        ("Where are we now?", None),
        ("2.1 Our Mission, vision and goals", None),
        ("Priority 5", None),
        ("Appendix A: List of background papers", None),
        # A numbered keyword names one of the document's items, however short its title;
        # a short title after any other label is a bare heading.
        ("Outcome 2: Prevention", "Outcome 2: Prevention"),
        ("Priority 4: Good Work", "Priority 4: Good Work"),
        ("Our aim: Prevention", None),
        # Minutes typed in a word processor often put the dash against the label.
        ("Priority 2- Healthy Homes", "Priority 2- Healthy Homes"),
        ("Lead- Jo Bloggs (Director of Housing)", "Lead- Jo Bloggs (Director of Housing)"),
        ("Well-being matters", None),
    ],
)
def test_which_headings_carry_content(heading: str, quoted: str | None) -> None:
    assert content_heading(heading) == quoted


def test_a_line_that_is_all_a_numbered_section_holds_is_text_not_a_heading() -> None:
    # Invented, in the layout of minutes listing priorities each with its lead.
    text = """The five priorities are:

Priority 1- Starting Well

Lead-Jo Bloggs (Director of Children's Services)

Priority 2- Living Well

Lead-Sam Smith (Director of Public Health)
"""
    quoted = " ".join(d.text for d in _drafts(text))
    assert "Lead-Jo Bloggs (Director of Children's Services)" in quoted
    assert "Lead-Sam Smith (Director of Public Health)" in quoted


# A committee portal's decision page: each field sits alone on a line between headings.
PORTAL_DECISION = """Decision details

Health and Wellbeing Strategy Refresh

Decision Maker: Cabinet

Decision status: Recommendations approved

Is Key decision?: No

Purpose

The Cabinet approved the refreshed strategy for consultation and asked for a report on the
responses in the new year.
"""


def test_a_field_between_two_headings_is_quoted_not_lost() -> None:
    drafts = _drafts(PORTAL_DECISION)
    texts = [d.text for d in drafts]
    for field in (
        "Decision Maker: Cabinet",
        "Decision status: Recommendations approved",
        "Is Key decision?: No",
    ):
        assert field in texts, texts
    # A heading with text under it stays in the section path only.
    assert "Purpose" not in texts
