# Snippets are verbatim from the corpus, trailing spaces and long lines included.
# ruff: noqa: W291, W293, E501
"""Structure rules for flattened council documents, each on a real snippet of the shipped corpus."""

from __future__ import annotations

from ingest.chunk import Draft
from ingest.fields import ApologiesFields, ContactFields, DefinitionFields
from ingest.glossary import spells
from ingest.lines import clean_lines
from ingest.loaders import SourceLine
from ingest.minutes import parse_minutes
from ingest.profile import load_profile
from ingest.signatures import is_signature
from ingest.structure import drafts_from_lines


def _source(text: str) -> list[SourceLine]:
    return [SourceLine(line, n) for n, line in enumerate(text.split("\n"), start=1)]


def _drafts(text: str) -> list[Draft]:
    return drafts_from_lines(clean_lines(_source(text)))


GLOSSARY = """ Glossary
Abbreviation
FSM
HWB
ICS
NSR
NEET
SEND
PCN\u2019s

Definition
Free School Meals
Health & Wellbeing Board
Integrated Care System (Leicester, Northshire and Rutland)
Leicester, Northshire and Rutland
Not in Education, Employment or Training
Special Educational Needs and Disability
Primary Care Networks
 Foreword
As chair of the Northshire Health and Wellbeing Board, I am honoured to be part of an ambitious
and motivated forum of health and care system leaders."""


def test_a_flattened_glossary_is_paired_row_by_row() -> None:
    drafts = _drafts(GLOSSARY)
    definitions = [d for d in drafts if d.kind == "definition"]
    text = " ".join(d.text for d in definitions)
    assert "NEET: Not in Education, Employment or Training" in text
    assert "FSM: Free School Meals" in text
    assert "PCN\u2019s: Primary Care Networks" in text
    assert all(d.section == "Glossary" for d in definitions)
    assert "NEET" in " ".join(
        d.fields.terms for d in definitions if isinstance(d.fields, DefinitionFields)
    )
    assert "Abbreviation" not in text and "Definition" not in text
    foreword = [d for d in drafts if d.section == "Foreword"]
    assert foreword and foreword[0].text.startswith("As chair")


def test_glossary_needs_matching_initials_and_equal_columns() -> None:
    assert spells("NEET", "Not in Education, Employment or Training")
    assert spells("HWB", "Health & Wellbeing Board")
    assert not spells("NEET", "Free School Meals")
    # A column of acronyms followed by prose is not a glossary.
    drafts = _drafts("Partners\nNHS\nNSR\nICS\n\nThe partners meet every quarter to agree plans.")
    assert not any(d.kind == "definition" for d in drafts)


MINUTES_181 = """ Minutes of a meeting of the Health and Wellbeing Board held at County Hall, Glenfield on 
Thursday, 26 September 2019.  
 

PRESENT 
 
 
Northshire County Council 
 
Mr. L. Breckon JP CC (in the Chair)            Mike Sandys 
Mr R. Blunt CC                                            John Sinnott 
 
In attendance 
 
Mark Wightman                             University Hospital of Leicester 
 

 
Apologies 
 
Karen English, DPCC Kirk Master, Jane Moore, Micheal Smith, Caroline Trevithick, 
Rachel Bilsborough and Jon Wilson 
 

178. Minutes of the previous meeting.  
 
The minutes of the meeting held on 11 July 2019 were taken as read, confirmed and 
signed.  
 

181. Position Statement by the Chairman.  
 
The Chairman presented a position statement on the following matters:- 
 

 Suicide Prevention Campaign 

 Violence Reduction Network 

 5 Ways to Wellbeing \u2013 Mental Health Self Care Campaign Update 

 Preparation for Stoptober 

 Professor Cheryl Davenport  
 
A copy of the position statement is filed with these minutes. 
 

182. Northshire and Rutland Safeguarding Adults Board Annual Report.  
 
RESOLVED: That the Annual Report for 2018/19 be noted."""


def test_bullets_lost_as_leading_spaces_stay_with_their_lead_in() -> None:
    drafts = [
        d
        for d in parse_minutes(_source(MINUTES_181))
        if d.section == "181. Position Statement by the Chairman"
    ]
    assert len(drafts) == 1
    text = drafts[0].text
    assert text.startswith("The Chairman presented a position statement on the following matters:-")
    assert "5 Ways to Wellbeing \u2013 Mental Health Self Care Campaign Update" in text
    assert "Preparation for Stoptober" in text
    assert text.endswith("A copy of the position statement is filed with these minutes.")


def test_minutes_attendance_is_split_into_present_and_apologies() -> None:
    drafts = parse_minutes(_source(MINUTES_181))
    present = [d for d in drafts if d.section == "Present"]
    apologies = [d for d in drafts if d.section == "Apologies"]
    assert len(present) == 1 and len(apologies) == 1
    assert "Mr. L. Breckon JP CC (in the Chair)" in present[0].text
    assert "Mark Wightman" in present[0].text  # in attendance goes with those present
    assert "Karen English" not in present[0].text
    assert "Karen English, DPCC Kirk Master, Jane Moore" in apologies[0].text
    fields = apologies[0].fields
    assert isinstance(fields, ApologiesFields)
    names = fields.names.split("; ")
    assert names[0] == "Karen English" and names[-1] == "Jon Wilson" and len(names) == 7


FOREWORD_000 = """ Foreword
Public health is about improving and
protecting the health and wellbeing of people.
Delivering this strategy will require significant partnership
working with the NHS and other health colleagues to
improve the health and quality of life to those living in
Northshire. I look forward to supporting this collective
effort to meet the strategic objectives.

Mrs Louise Richardson
Lead Member for Health and Wellbeing
 Introduction
Vision for Northshire
Northshire\u2019s Public Health team is integral to the Council\u2019s
efforts to improve the health and wellbeing of our residents."""

FOREWORD_001 = """ Foreword
Creating the conditions for good health and wellbeing cannot be achieved overnight and this
strategy recognises that to truly see an improvement and notice a difference, a more longer-term
vision is required.

Mrs Richardson
Lead Member for Health
Chair of the Health and Wellbeing Board
Northshire County Council
 1. Introduction
1.1. Background
Health can be defined as: \u201ca state of wellbeing with physical, cultural, psychosocial, economic and
spiritual attributes, not simply the absence of illness\u201d (Marks, 2005)."""


def test_a_signature_block_stays_in_the_foreword() -> None:
    for snippet, signature in (
        (FOREWORD_000, "Mrs Louise Richardson Lead Member for Health and Wellbeing"),
        (
            FOREWORD_001,
            "Mrs Richardson Lead Member for Health Chair of the Health and Wellbeing Board "
            "Northshire County Council",
        ),
    ):
        drafts = _drafts(snippet)
        foreword = [d for d in drafts if d.section == "Foreword"]
        assert len(foreword) == 1
        assert foreword[0].text.endswith(signature)
        assert foreword[0].kind == "paragraph"
        assert not any("Richardson" in (d.section or "") for d in drafts)


def test_signature_needs_a_name_and_a_role() -> None:
    assert is_signature(["Mrs Louise Richardson", "Lead Member for Health and Wellbeing"])
    assert is_signature(["Councillor Jane Smith", "Cabinet Member for Adult Social Care"])
    assert not is_signature(["Health inequalities", "Reducing the gap"])
    assert not is_signature(["Mike Sandys", "He said the report was noted."])
    role = "Cabinet Member for Health and Adult Social Care, Example County Council"
    assert is_signature(["Cllr Jane Example", role])


LIFE_COURSE = """5.1. Industrialising Prevention and Self Care
As people age, develop chronic illnesses or require additional support to remain independent, we
want to help them to feel more in control of their condition.

Where are we now?
Northshire performs significantly worse than the benchmark (<66.7%) for estimated dementia
diagnosis rate at 61.2% (2021).

What does success look like?






Slowing the number of people who progress from living with 1 or 2 LTC\u2019s to 5 or more
An asset-based approach is taken to recognise and build on the strengths of individuals,
families and communities

Our commitments to Northshire





We will empower patients to self-manage their long-term condition(s) through a variety of
routes for different needs.
We will reduce the number of falls that people over 65 experience, including people in
residential and nursing care homes

5.2. Effective management of frailty and complex care
Frailty is not an inevitable part of ageing.

Where are we now?
Around 10% of people aged over 65 are living with frailty.

What does success look like?





Fewer emergency admissions for people living with frailty

Our commitments to Northshire





We will develop a frailty pathway across the county.

3.1.1. First 1001 Critical days
We know the building blocks for lifelong emotional health are developed in the first 1001 days.

Where are we now?
Northshire performs similarly or better than the England average.

What does success look like?


Increase in breastfeeding initiation and continuation rates.

Our commitments to Northshire






We will invest in evidenced based breastfeeding support for mothers across Northshire."""


def test_recurring_subheads_head_their_sections_even_after_a_list() -> None:
    sections = {d.section for d in _drafts(LIFE_COURSE)}
    for area in (
        "5.1 Industrialising Prevention and Self Care",
        "5.2 Effective management of frailty and complex care",
        "3.1.1 First 1001 Critical days",
    ):
        for subhead in (
            "Where are we now?",
            "What does success look like?",
            "Our commitments to Northshire",
        ):
            assert any(s is not None and s.endswith(f"{area} > {subhead}") for s in sections), (
                area,
                subhead,
            )
    falls = next(d for d in _drafts(LIFE_COURSE) if "falls that people over 65" in d.text)
    assert falls.kind == "commitment"
    assert falls.section is not None and falls.section.endswith("Our commitments to Northshire")


INDICATOR_TABLE = """1.3. Northshire's Current Health and Wellbeing
The total resident population of Northshire in 2020 was 713,085. The highest proportion of
residents were in the 40-59 age group (26.9%), followed by the 60+ age group (26.6%), 20-39 age
group (24.0%) and 0-19 age group (22.5%).

Indicator
General Fertility Rate
Year 6: Prevalence of overweight (including obesity)

England value

2019
53.5

Lower

57.7
2019/20
30.6

Better

35.2
407.0
% per 100,000
2019/20"""


def test_table_cells_do_not_become_sections_and_no_passage_is_only_figures() -> None:
    drafts = _drafts(INDICATOR_TABLE)
    sections = {d.section or "" for d in drafts}
    assert not any(s.endswith(("> Lower", "> Better", "> England value")) for s in sections)
    for d in drafts:
        assert sum(t[:1].isalpha() for t in d.text.split()) * 2 >= len(d.text.split()), d.text
    joined = " ".join(d.text for d in drafts)
    for cell in ("57.7 2019/20 30.6", "407.0", "General Fertility Rate", "713,085"):
        assert cell in joined  # nothing dropped


REPORT_004 = """HEALTH AND WELLBEING BOARD: 29 MAY 2025
REPORT OF THE STAYING HEALTHY PARTNERSHIP

Purpose of report

1. The purpose of the report is to provide an update to the Health and Wellbeing Board (HWB) on progress in relation to the Staying Healthy, Safe & Well priority of the Joint Health and Wellbeing Strategy (JHWS) 2022-32.

Recommendation

2. The Board is requested to:
 - a. Note the progress being made in relation to delivering against the Staying Healthy, Safe & Well priority.
 - b. Note the progress being made in relation to delivering against the cross-cutting priorities.

Background

3. One of the statutory requirements of the HWB is to produce and deliver a JHWS. A Joint Strategic Needs assessment (JSNA) was carried out to provide the evidence base.

Officer to contact

Mike Sandys, Director for Public Health

Email: mike.sandys@leics.gov.uk

Edd de Coverly, Chief Executive Officer Melton Borough Council

Email: edecoverly@melton.gov.uk

Relevant Impact Assessments**Risk Assessment**

14. Risk log managed as part of Staying Healthy Partnership governance."""


def test_report_purpose_recommendation_and_contacts_are_their_own_passages() -> None:
    drafts = _drafts(REPORT_004)
    by_section: dict[str, list[Draft]] = {}
    for d in drafts:
        by_section.setdefault(d.section or "", []).append(d)
    assert by_section["Purpose of report"][0].text.startswith("1. The purpose of the report")
    recommendation = by_section["Recommendation"]
    assert len(recommendation) == 1
    assert recommendation[0].text.startswith("2. The Board is requested to: a. Note the progress")
    assert "Background" not in recommendation[0].text
    assert by_section["Background"][0].text.startswith("3. One of the statutory")
    contact = by_section["Officer to contact"][0]
    assert contact.kind == "contact"
    assert isinstance(contact.fields, ContactFields)
    assert contact.fields.names == "Mike Sandys; Edd de Coverly"
    assert "Relevant Impact Assessments Risk Assessment" in by_section


TABLED_CONTACTS = """Background papers

• Parks Strategy 2020-2025
• Equality Impact Assessment: Parks Review 2024/25
Officers to contact
Officer Contact details
Jo Bloggs Director of Environment, Northtown Council. Tel: 01234 567890. Email: jo.bloggs@northtown.gov.uk
Sam Smith Head of Parks and Open Spaces, Northtown Council. Tel: 01234 567891. Email: sam.smith@northtown.gov.uk"""


def test_a_contact_table_straight_after_a_list_is_the_reports_contact_block() -> None:
    drafts = _drafts(TABLED_CONTACTS)
    contact = next(d for d in drafts if d.kind == "contact")
    assert contact.section == "Officers to contact"
    assert isinstance(contact.fields, ContactFields)
    assert contact.fields.names == "Jo Bloggs; Sam Smith"
    assert contact.fields.phones == "01234 567890; 01234 567891"
    items = " ".join(d.text for d in drafts if d.kind != "contact")
    assert "Officers to contact" not in items and "Jo Bloggs" not in items


def test_a_table_of_officers_to_contact_read_by_rows_is_the_contact_block() -> None:
    """A PDF's contact table reaches ingest as rows (ingest/pdf_tables.py); its header row
    heads the contact block."""
    drafts = _drafts(
        "Background papers\n\nNone.\n\n"
        "| Officer | Contact details |\n"
        "| Jo Bloggs | Director of Adults, Northshire County Council. Tel: 01234 567890."
        " Email: jo.bloggs@example.gov.uk |\n"
        "| Sam Smith | Head of Integration, Northshire County Council. Tel: 01234 567891."
        " Email: sam.smith@example.gov.uk |"
    )
    contact = next(d for d in drafts if d.kind == "contact")
    assert contact.section == "Officer Contact details"
    assert isinstance(contact.fields, ContactFields)
    assert contact.fields.names == "Jo Bloggs; Sam Smith"


PORTAL_ITEM = """## 7. Parks Forum Annual Report

Purpose of item:

To present the parks forum's annual report for 2024/25.

Decision:

RESOLVED:

(a) That the annual report be noted;

(b) That the forum report again in March 2026.

Minutes:

The Board considered the report of the Head of Parks, who said that visits had risen by a tenth.

Supporting documents:

- Parks Forum Annual Report, item 7."""


def test_a_portal_items_decision_is_one_resolution_passage_under_its_label() -> None:
    lines = load_profile().clean(_source(PORTAL_ITEM))
    drafts = drafts_from_lines(clean_lines(lines))
    by_section = {d.section: d for d in drafts}
    decision = by_section["7. Parks Forum Annual Report > Decision"]
    assert decision.kind == "resolution"
    assert decision.text == (
        "RESOLVED: (a) That the annual report be noted; (b) That the forum report again in "
        "March 2026."
    )
    assert by_section["7. Parks Forum Annual Report > Minutes"].text.startswith("The Board")
    assert by_section["7. Parks Forum Annual Report > Supporting documents"].kind != "resolution"
    assert by_section["7. Parks Forum Annual Report > Purpose of item"].text.startswith("To ")
