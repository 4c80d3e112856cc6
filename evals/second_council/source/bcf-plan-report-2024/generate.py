"""Regenerate corpus/bcf-plan-report-2024.pdf from bcf-plan-report-2024.md.

Run with: /work/main/.venv/bin/python generate.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "pdf-common"))
from councilpdf import CouncilPDF, render  # noqa: E402

OUT = os.path.join(HERE, "..", "..", "corpus", "bcf-plan-report-2024.pdf")

pdf = CouncilPDF(
    header_left="Brackenshire Health and Wellbeing Board – 19 September 2024",
    header_right="Agenda Item 5 – Better Care Fund Plan 2024/25",
    footer_left="Brackenshire County Council",
    stamp_start=23,  # page number stamp of the agenda pack
)
pdf.set_title(
    "Better Care Fund Plan 2024/25 – Report of the Director of Adults and "
    "Communities and the Director of Brackenshire Place"
)
pdf.set_author("Brackenshire County Council")
pdf.set_subject("Brackenshire Health and Wellbeing Board, 19 September 2024, agenda item 5")
pdf.set_creation_date(__import__("datetime").datetime(2024, 9, 11, 9, 30))
with open(os.path.join(HERE, "bcf-plan-report-2024.md"), encoding="utf-8") as fh:
    render(pdf, fh.read())
pdf.output(os.path.normpath(OUT))
print("written", os.path.normpath(OUT), pdf.page_no(), "pages")
