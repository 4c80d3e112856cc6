PAGE = {
    "file": "agenda-2024-09-19-item-6.html",
    "meeting_date": "19/09/2024",
    "mid": 2187,
    "aid": 31865,
    "item": 6,
    "title": "Joint Health and Wellbeing Strategy: Delivery Plan 2024-2026",
    "purpose": """To seek the Board's approval of the delivery plan for the Joint Health and Wellbeing Strategy 2024-2034, "Healthy Lives, Fairer Futures", for the period 2024-2026, setting out for each of the ten "we will" commitments the lead officer, partner organisations, key milestones to March 2026 and the measures to be used to track progress.

Report of the Director of Public Health, presented by the Health and Wellbeing Board Strategy Manager.""",
    "decision": """! RESOLVED:

> (a) That the Joint Health and Wellbeing Strategy Delivery Plan 2024-2026 be approved;

> (b) That it be noted that the Live Well Bracken digital hub is scheduled to launch in January 2025;

> (c) That the delivery plan be refreshed by April 2025.""",
    "supporting": [
        ("JHWS Delivery Plan 2024-2026 report, item 6.", "366 KB", "41210", "JHWS Delivery Plan report.pdf"),
        ("Appendix 1 - JHWS Delivery Plan 2024-2026, item 6.", "894 KB", "41211", "Appendix 1 JHWS Delivery Plan 2024-2026.pdf"),
    ],
    "additional": [
        ("Appendix 2 - JHWS outcomes framework and baselines, item 6.", "241 KB", "41212", "Appendix 2 JHWS outcomes framework.pdf"),
    ],
    "contact": "Tom Ashworth, Democratic Services Officer. Tel: 01632 960117. Email: tom.ashworth@brackenshire.gov.uk. Report author: Gareth Pryce, Health and Wellbeing Board Strategy Manager (01632 960562, gareth.pryce@brackenshire.gov.uk).",
}
