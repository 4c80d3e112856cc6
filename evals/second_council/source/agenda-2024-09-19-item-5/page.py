PAGE = {
    "file": "agenda-2024-09-19-item-5.html",
    "text_file": "agenda-2024-09-19-item-5.txt",
    "meeting_date": "19/09/2024",
    "mid": 2187,
    "aid": 31864,
    "item": 5,
    "title": "Better Care Fund Plan 2024/25",
    "purpose": """To seek the Board's retrospective approval of the Brackenshire Better Care Fund (BCF) Plan 2024/25, submitted to NHS England on 10 June 2024, with a total pooled budget of £68.42m.

Joint report of the Director of Adults and Communities and the Director of Brackenshire Place, NHS Bracken and Tamsey Integrated Care Board.""",
    "decision": """! RESOLVED:

> (a) That the Brackenshire Better Care Fund Plan 2024/25, as submitted to NHS England on 10 June 2024, with a total pooled budget of £68.42m, be approved retrospectively;

> (b) That quarterly monitoring of the plan be undertaken by the Better Care Fund Integration Group, with a quarter 3 update presented to the Board on 20 March 2025.""",
    "supporting": [
        ("Better Care Fund Plan 2024-25 report, item 5.", "412 KB", "41207", "BCF Plan 2024-25 report.pdf"),
        ("Appendix A - BCF Plan 2024-25 narrative plan and planning template, item 5.", "1 MB", "41208", "Appendix A BCF narrative plan and template.pdf"),
        ("Appendix B - Intermediate care capacity and demand plan 2024-25, item 5.", "286 KB", "41209", "Appendix B capacity and demand plan.pdf"),
    ],
    "additional": [
        ("Presentation - Better Care Fund Plan 2024-25, item 5.", "755 KB", "41263", "BCF presentation HWB 19 Sept 2024.pdf"),
    ],
    "contact": "Tom Ashworth, Democratic Services Officer. Tel: 01632 960117. Email: tom.ashworth@brackenshire.gov.uk. Report authors: Carl Whitcombe, Director of Adults and Communities (01632 960214, carl.whitcombe@brackenshire.gov.uk); Sarah Penhaligon, Head of Integration and BCF Lead (01632 960378, sarah.penhaligon@brackenshire.gov.uk).",
}
