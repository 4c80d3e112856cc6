"""Generate corpus/jhws-progress-report-2025.pdf from content.py (fpdf2, core fonts)."""

import os
import sys

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402

OUT = os.path.join(HERE, "..", "..", "corpus", "jhws-progress-report-2025.pdf")
PACK_FIRST_PAGE = 23  # page number of this report within the agenda pack
NAVY = (0, 51, 102)
RAG = {"Green": (146, 208, 80), "Amber": (255, 192, 0), "Red": (230, 80, 70)}


class Report(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(95, 5, "Brackenshire Health and Wellbeing Board - 20 March 2025", align="L")
        self.cell(0, 5, "Agenda Item 4", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(*NAVY)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-16)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(120, 4, "JHWS 2024-2034: Year One Progress Report", align="L")
        self.cell(
            0, 4, f"Page {self.page_no()} of {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT"
        )
        self.set_font("Helvetica", "B", 9)
        self.cell(0, 6, f"Page {PACK_FIRST_PAGE + self.page_no() - 1}", align="C")
        self.set_text_color(0, 0, 0)


def h1(pdf, text):
    if pdf.get_y() > pdf.h - 45:
        pdf.add_page()
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 12)
    pdf.set_text_color(*NAVY)
    pdf.multi_cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)


def h2(pdf, text):
    if pdf.get_y() > pdf.h - (135 if text.startswith("Table 1") else 40):
        pdf.add_page()
    pdf.ln(1)
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def para(pdf, text):
    pdf.set_font("Helvetica", "", 10.5)
    pdf.multi_cell(0, 5.4, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.5)


def bullets(pdf, items):
    pdf.set_font("Helvetica", "", 10.5)
    for it in items:
        x = pdf.l_margin
        if it.startswith("("):
            pdf.set_x(x + 6)
            pdf.multi_cell(0, 5.4, it, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_x(x + 4)
            pdf.cell(5, 5.4, chr(149))
            pdf.multi_cell(0, 5.4, it, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.ln(1.5)


def simple_table(pdf, spec):
    pdf.set_font("Helvetica", "", 9.5)
    head = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=NAVY)
    with pdf.table(
        col_widths=spec["widths"],
        width=sum(spec["widths"]),
        text_align="LEFT",
        headings_style=head,
        line_height=5,
        padding=1.5,
        first_row_as_headings=True,
        repeat_headings=1,
    ) as t:
        for r in spec["rows"]:
            row = t.row()
            bold = r[0] == "Total"
            for c in r:
                row.cell(c, style=FontFace(emphasis="BOLD") if bold else None)
    pdf.ln(4)


def rag_table(pdf, rows):
    pdf.set_font("Helvetica", "", 9)
    head = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=NAVY)
    with pdf.table(
        col_widths=(40, 32, 16, 92),
        width=180,
        text_align="LEFT",
        headings_style=head,
        line_height=4.6,
        padding=1.5,
        first_row_as_headings=True,
        repeat_headings=1,
    ) as t:
        for r in rows:
            row = t.row()
            for i, c in enumerate(r):
                if i == 2 and c in RAG:
                    row.cell(c, style=FontFace(emphasis="BOLD", fill_color=RAG[c]), align="C")
                else:
                    row.cell(c)
    pdf.ln(4)


def contacts(pdf, people):
    pdf.set_font("Helvetica", "", 10.5)
    for p in people:
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.cell(0, 5.4, p[0], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10.5)
        for ln in p[1:]:
            pdf.cell(0, 5.4, ln, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)


def front(pdf):
    pdf.set_font("Helvetica", "B", 11)
    pdf.set_text_color(*NAVY)
    pdf.cell(0, 6, "BRACKENSHIRE COUNTY COUNCIL", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, "Brackenshire Health and Wellbeing Board", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 8, C.TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 10)
    with pdf.table(
        col_widths=(45, 135),
        width=180,
        text_align="LEFT",
        line_height=5,
        padding=1.5,
        first_row_as_headings=False,
    ) as t:
        for k, v in C.FRONT:
            row = t.row()
            row.cell(k, style=FontFace(emphasis="BOLD", fill_color=(230, 236, 245)))
            row.cell(v)
    pdf.ln(5)


def main():
    pdf = Report(format="A4")
    pdf.set_margins(15, 14, 15)
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_title(C.TITLE)
    pdf.set_author("Brackenshire County Council - Health and Wellbeing Board")
    pdf.set_subject("Health and Wellbeing Board, 20 March 2025, agenda item 4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 3, 11, 10, 30))
    pdf.add_page()
    front(pdf)
    for kind, payload in C.BLOCKS:
        if kind == "h1":
            h1(pdf, payload)
        elif kind == "h2":
            h2(pdf, payload)
        elif kind == "p":
            para(pdf, payload)
        elif kind == "list":
            bullets(pdf, payload)
        elif kind == "table":
            simple_table(pdf, payload)
        elif kind == "rag":
            rag_table(pdf, payload)
        elif kind == "contacts":
            contacts(pdf, payload)
        elif kind == "pagebreak":
            pdf.add_page()
        elif kind == "signoff":
            pdf.set_font("Helvetica", "I", 10.5)
            for s in payload:
                pdf.cell(0, 5.4, s, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
    pdf.output(OUT)
    print("wrote", OUT, pdf.page_no(), "pages")


if __name__ == "__main__":
    main()
