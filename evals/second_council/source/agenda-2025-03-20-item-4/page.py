PAGE = {
    "file": "agenda-2025-03-20-item-4.html",
    "text_file": "agenda-2025-03-20-item-4.txt",
    "meeting_date": "20/03/2025",
    "mid": 2263,
    "aid": 33105,
    "item": 4,
    "title": "Joint Health and Wellbeing Strategy 2024-2034: Year One Progress Report",
    "purpose": """To present the first annual progress report on the Joint Health and Wellbeing Strategy 2024-2034, covering April 2024 to February 2025, with a Red, Amber, Green (RAG) rating for each of the ten commitments; to seek approval of revised targets for adult smoking prevalence and for emergency admissions due to falls in people aged 65 and over; and to agree a revised timetable for the refresh of the JHWS Delivery Plan 2024-2026.

Report of the Director of Public Health, presented by the Health and Wellbeing Board Strategy Manager.""",
    "decision": """! RESOLVED:

> (a) That the progress made in the first year of the Joint Health and Wellbeing Strategy 2024-2034, with six commitments rated Green, three Amber and one Red, be noted;

> (b) That the revised targets be approved: adult smoking prevalence 8% by 2030 (previously 9%); emergency admissions due to falls, people aged 65 and over, 2,050 per 100,000 by 2030 (previously 1,950), against a baseline of 2,290 per 100,000 recalculated under the new OHID method;

> (c) That the refresh of the Joint Health and Wellbeing Strategy Delivery Plan 2024-2026 be completed by July 2025 (previously April 2025);

> (d) That it be noted that the launch of the Live Well Bracken digital hub is now planned for April 2025 (previously January 2025);

> (e) That the chairs of the Board's sub-groups be asked to reflect the key challenges identified in the report in the refreshed delivery plan.""",
    "supporting": [
        ("JHWS Year One Progress Report, item 4.", "538 KB", "43018", "JHWS Year One Progress Report.pdf"),
        ("Appendix A - Year One at a glance, item 4.", "214 KB", "43019", "Appendix A Year One at a glance.pdf"),
    ],
    "additional": [
        ("Presentation - JHWS Year One Progress Report, item 4.", "903 KB", "43077", "JHWS year one presentation.pdf"),
    ],
    "contact": "Tom Ashworth, Democratic Services Officer. Tel: 01632 960117. Email: tom.ashworth@brackenshire.gov.uk. Report author: Gareth Pryce, Health and Wellbeing Board Strategy Manager (01632 960562, gareth.pryce@brackenshire.gov.uk).",
}
