"""Regenerate corpus/jhws-2024-2034.pdf from jhws-2024-2034.md.

Run: /work/main/.venv/bin/python generate.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "pdf-common"))
from fpdf.enums import XPos, YPos  # noqa: E402
from render import NAVY, TEAL, Renderer, StrategyPDF, check_latin1, render_toc  # noqa: E402

OUT = os.path.join(HERE, "..", "..", "corpus", "jhws-2024-2034.pdf")
SRC = os.path.join(HERE, "jhws-2024-2034.md")


def cover(pdf):
    pdf.add_page()
    pdf.set_fill_color(*NAVY)
    pdf.rect(0, 30, 210, 118, style="F")
    pdf.set_fill_color(*TEAL)
    pdf.rect(0, 148, 210, 6, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(20, 42)
    pdf.set_font("Helvetica", "", 13)
    pdf.cell(0, 8, "Brackenshire Health and Wellbeing Board", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    pdf.set_font("Helvetica", "B", 30)
    pdf.multi_cell(0, 13, "Healthy Lives,\nFairer Futures", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 16)
    pdf.multi_cell(
        0,
        8,
        "Brackenshire Joint Health and Wellbeing Strategy\n2024-2034",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(6)
    pdf.set_font("Helvetica", "I", 11)
    pdf.multi_cell(
        170,
        6,
        "Everyone in Brackenshire lives a healthier, longer life, and the gap "
        "between our healthiest and least healthy communities narrows",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(20, 166)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(
        0,
        6,
        "Approved by the Brackenshire Health and Wellbeing Board on 14 March 2024",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(
        0,
        5.2,
        "Published by Brackenshire County Council on behalf of the Brackenshire Health "
        "and Wellbeing Board. This strategy replaces the Joint Health and Wellbeing "
        'Strategy 2019-2023, "Healthier Together", which was extended to 31 March 2024.',
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(6)
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.cell(0, 5, "Produced in partnership by:", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 9.5)
    partners = [
        "Brackenshire County Council",
        "NHS Bracken and Tamsey Integrated Care Board",
        "Wardenbury and Fellhampton Hospitals NHS Trust",
        "Brackenshire Community and Mental Health Partnership NHS Foundation Trust",
        "Healthwatch Brackenshire",
        "Brackenshire Constabulary",
        "The seven Brackenshire district and borough councils",
        "Brackenshire Community Action Network",
    ]
    for p_ in partners:
        pdf.cell(0, 5, "    " + p_, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(20, 262)
    pdf.set_font("Helvetica", "", 8)
    pdf.set_text_color(90, 90, 90)
    pdf.multi_cell(
        0,
        4,
        "County Hall, Castle Street, Wardenbury WB1 2CH  |  https://democracy.brackenshire.gov.uk/\n"
        "This document is available in large print and other formats on request: 01632 960117.",
    )
    pdf.set_text_color(0, 0, 0)


def main():
    src = open(SRC, encoding="utf-8").read()
    check_latin1(src, SRC)
    pdf = StrategyPDF(
        "Brackenshire Joint Health and Wellbeing Strategy 2024-2034",
        "Brackenshire Health and Wellbeing Board  |  Healthy Lives, Fairer Futures  |  March 2024",
    )
    pdf.set_author("Brackenshire Health and Wellbeing Board")
    pdf.set_subject("Joint Health and Wellbeing Strategy 2024-2034: Healthy Lives, Fairer Futures")
    cover(pdf)
    pdf.add_page()
    pdf.insert_toc_placeholder(render_toc, pages=2)
    # The placeholder already broke to a fresh page; the first chapter must not add another.
    r = Renderer(pdf, body_size=10)
    lines = src.splitlines()
    if lines and lines[0].startswith("# "):
        lines[0] = "#! " + lines[0][2:]
    r.render_markdown("\n".join(lines))
    pdf.output(OUT)
    print("wrote", os.path.normpath(OUT), "pages:", pdf.page_no())


if __name__ == "__main__":
    main()
