"""Regenerate corpus/ph-strategy-2024-2029.pdf from ph-strategy-2024-2029.md.

Run: /work/main/.venv/bin/python generate.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "pdf-common"))
from fpdf.enums import XPos, YPos  # noqa: E402
from render import NAVY, Renderer, StrategyPDF, check_latin1, render_toc  # noqa: E402

OUT = os.path.join(HERE, "..", "..", "corpus", "ph-strategy-2024-2029.pdf")
SRC = os.path.join(HERE, "ph-strategy-2024-2029.md")
GREEN = (46, 125, 50)


def cover(pdf):
    pdf.add_page()
    pdf.set_fill_color(*GREEN)
    pdf.rect(0, 30, 210, 96, style="F")
    pdf.set_fill_color(*NAVY)
    pdf.rect(0, 126, 210, 5, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(20, 42)
    pdf.set_font("Helvetica", "", 13)
    pdf.cell(
        0, 8, "Brackenshire County Council - Public Health", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.ln(6)
    pdf.set_font("Helvetica", "B", 32)
    pdf.cell(0, 14, "Healthier Brackenshire", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 18)
    pdf.cell(0, 9, "Public Health Strategy 2024-2029", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    pdf.set_font("Helvetica", "I", 11)
    pdf.multi_cell(
        170,
        6,
        "Preventing ill health, protecting our communities and narrowing the gap, "
        "2024/25 to 2028/29",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(20, 145)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(
        0,
        6,
        "Approved by Cabinet on 25 June 2024  |  Published 1 July 2024",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(
        0,
        5.2,
        "This strategy sets out how Brackenshire County Council will use its public health "
        "responsibilities and the ring-fenced Public Health Grant over the five financial years "
        "from 2024/25 to 2028/29. It is the council's contribution to \"Healthy Lives, Fairer "
        'Futures", the Brackenshire Joint Health and Wellbeing Strategy 2024-2034.',
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(8)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 5.5, "Our five priorities", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 10)
    for i, t in enumerate(
        [
            "A tobacco-free Brackenshire",
            "Healthy weight and activity",
            "Substance misuse and sexual health",
            "Mental wellbeing and suicide prevention",
            "Health protection",
        ],
        1,
    ):
        pdf.cell(0, 5.5, f"    {i}.  {t}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(20, 258)
    pdf.set_font("Helvetica", "", 8)
    pdf.set_text_color(90, 90, 90)
    pdf.multi_cell(
        0,
        4,
        "Public Health, Brackenshire County Council, County Hall, Castle Street, Wardenbury WB1 2CH\n"
        "Telephone 01632 960101  |  https://democracy.brackenshire.gov.uk/\n"
        "This document is available in large print and other formats on request.",
    )
    pdf.set_text_color(0, 0, 0)


def main():
    src = open(SRC, encoding="utf-8").read()
    check_latin1(src, SRC)
    pdf = StrategyPDF(
        "Healthier Brackenshire: Public Health Strategy 2024-2029",
        "Brackenshire County Council Public Health  |  July 2024",
        accent=GREEN,
    )
    pdf.set_author("Brackenshire County Council Public Health")
    pdf.set_subject("Healthier Brackenshire: Public Health Strategy 2024-2029")
    cover(pdf)
    pdf.add_page()
    pdf.insert_toc_placeholder(render_toc, pages=int(os.environ.get("TOC_PAGES", "2")))
    r = Renderer(pdf, body_size=10)
    lines = src.splitlines()
    if lines and lines[0].startswith("# "):
        lines[0] = "#! " + lines[0][2:]
    r.render_markdown("\n".join(lines))
    pdf.output(OUT)
    print("wrote", os.path.normpath(OUT), "pages:", pdf.page_no())


if __name__ == "__main__":
    main()
