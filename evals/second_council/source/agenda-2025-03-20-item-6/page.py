PAGE = {
    "file": "agenda-2025-03-20-item-6.html",
    "meeting_date": "20/03/2025",
    "mid": 2263,
    "aid": 33107,
    "item": 6,
    "title": "Suicide Prevention Update and Draft Strategy 2025-2030",
    "purpose": """To update the Board on suicide prevention activity in Brackenshire, including the real-time surveillance system run with Brackenshire Constabulary and progress with suicide awareness training, and to seek the Board's endorsement of the Draft Suicide Prevention Strategy 2025-2030 for an eight-week public consultation.

Report of the Director of Public Health.""",
    "decision": """! RESOLVED:

> (a) That the update on suicide prevention be noted;

> (b) That the Draft Suicide Prevention Strategy 2025-2030 be endorsed for an eight-week public consultation from 1 April 2025.""",
    "supporting": [
        ("Suicide Prevention Update and Draft Strategy report, item 6.", "389 KB", "43021", "Suicide Prevention Update report.pdf"),
        ("Appendix A - Draft Suicide Prevention Strategy 2025-2030, item 6.", "1 MB", "43022", "Appendix A Draft Suicide Prevention Strategy 2025-2030.pdf"),
    ],
    "additional": [
        ("Appendix B - Consultation plan, item 6.", "176 KB", "43023", "Appendix B consultation plan.pdf"),
    ],
    "contact": "Tom Ashworth, Democratic Services Officer. Tel: 01632 960117. Email: tom.ashworth@brackenshire.gov.uk. Report authors: Dr Fiona Lockwood, Director of Public Health (01632 960101, fiona.lockwood@brackenshire.gov.uk); Lucy Brennan, Consultant in Public Health (01632 960455, lucy.brennan@brackenshire.gov.uk).",
}
