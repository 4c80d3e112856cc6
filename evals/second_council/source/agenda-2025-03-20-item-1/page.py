PAGE = {
    "file": "agenda-2025-03-20-item-1.html",
    "meeting_date": "20/03/2025",
    "mid": 2263,
    "aid": 33102,
    "item": 1,
    "title": "Election of Chair",
    "purpose": """To elect a Chair of the Health and Wellbeing Board for the remainder of the 2024/25 municipal year.

As a result of the February 2025 Cabinet changes, Cllr Margaret Ellery is no longer a member of the County Council's Cabinet and has consequently left the Board, and the office of Chair is vacant. Under paragraphs 6.1 and 6.4 of the Board's terms of reference, adopted on 23 May 2024, the Chair is appointed from among the members of the County Council's Cabinet who are members of the Board, and the Vice-Chair from among the representatives of NHS Bracken and Tamsey Integrated Care Board. The election of a Chair is taken as the first item of business, with the Democratic Services Officer presiding for this item only. A Chair elected at this meeting will hold office until the appointment of the Chair for 2025/26. The Vice-Chair, Dr Amelia Thorne, is not affected by the vacancy.""",
    "decision": """! RESOLVED:

> (a) That Cllr David Okonjo be elected Chair of the Health and Wellbeing Board for the remainder of the 2024/25 municipal year;

> (b) That the Board's thanks to Cllr Margaret Ellery for her service as Chair be recorded;

> (c) That it be noted that Dr Amelia Thorne continues as Vice-Chair of the Board.""",
    "supporting": [
        ("Election of Chair - note of the Democratic Services Officer, item 1.", "148 KB", "43011", "Election of Chair note.pdf"),
    ],
    "additional": [
        ("Health and Wellbeing Board terms of reference (adopted 23 May 2024), item 1.", "302 KB", "43012", "HWB terms of reference May 2024.pdf"),
    ],
    "contact": "Tom Ashworth, Democratic Services Officer. Tel: 01632 960117. Email: tom.ashworth@brackenshire.gov.uk.",
}
