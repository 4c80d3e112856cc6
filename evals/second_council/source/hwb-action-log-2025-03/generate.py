"""Regenerate corpus/hwb-action-log-2025-03.pdf from hwb-action-log-2025-03.md.

Run with: /work/main/.venv/bin/python generate.py
"""
import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "pdf-common"))
from councilpdf import CouncilPDF, render  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "corpus", "hwb-action-log-2025-03.pdf"))

pdf = CouncilPDF(
    header_left="Brackenshire Health and Wellbeing Board – Action Log (as at 10 March 2025)",
    header_right="Health and Wellbeing Board, 20 March 2025 – Agenda Item 8",
    footer_left="Brackenshire County Council – Democratic Services",
    stamp_start=97,  # page number stamp of the 20 March 2025 agenda pack
    orientation="L",
)
pdf.set_margins(12, 22, 12)
pdf.set_title("Health and Wellbeing Board Action Log (as at 10 March 2025)")
pdf.set_author("Brackenshire County Council")
pdf.set_creation_date(datetime.datetime(2025, 3, 10, 16, 5))
with open(os.path.join(HERE, "hwb-action-log-2025-03.md"), encoding="utf-8") as fh:
    render(pdf, fh.read(), body_size=9.5, line_h=5, table_size=8)
pdf.output(OUT)
print("written", OUT, pdf.page_no(), "pages")
