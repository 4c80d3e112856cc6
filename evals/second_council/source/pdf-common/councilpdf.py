"""Small renderer for Brackenshire council reports (fpdf2).

Reads a simple markdown-like source:
  ``!! text``      centred bold cover line (``!!! text`` = larger)
  ``# text``       report section heading (bold, large)
  ``## text``      sub-heading
  ``N. text``      numbered paragraph with hanging number
  ``(a) text``     lettered sub-paragraph, indented
  ``- text``       bullet, indented
  ``| a | b |``    table (first row = header, second row = alignment row);
                   an optional preceding ``<!-- widths: 40,20,20 -->`` sets
                   relative column widths
  ``---``          page break
  anything else    plain paragraph
Blank lines separate blocks. ``**bold**`` inline markup is honoured.
"""

import re

from fpdf import FPDF
from fpdf.fonts import FontFace

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


class CouncilPDF(FPDF):
    def __init__(self, header_left, header_right, footer_left, stamp_start=None, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.header_left = header_left
        self.header_right = header_right
        self.footer_left = footer_left
        self.stamp_start = stamp_start
        self.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DejaVu", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.add_font("DejaVu", "BI", FONT_DIR + "DejaVuSans-BoldOblique.ttf")
        self.set_margins(20, 22, 20)
        self.set_auto_page_break(True, margin=22)
        self.alias_nb_pages()

    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_y(10)
        self.cell(0, 5, self.header_left, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, self.header_right, align="R")
        self.ln(6)
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, 16, self.w - self.r_margin, 16)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.set_y(-15)
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y() - 1, self.w - self.r_margin, self.get_y() - 1)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.footer_left, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")
        if self.stamp_start is not None:
            self.set_x(self.l_margin)
            self.cell(0, 5, f"Page {self.stamp_start + self.page_no() - 1}", align="R")
        self.set_text_color(0, 0, 0)


def _parse_table(lines):
    rows = []
    aligns = None
    for i, ln in enumerate(lines):
        cells = [c.strip() for c in ln.strip().strip("|").split("|")]
        if i == 1 and all(re.fullmatch(r":?-+:?", c) for c in cells):
            aligns = []
            for c in cells:
                if c.startswith(":") and c.endswith(":"):
                    aligns.append("C")
                elif c.endswith(":"):
                    aligns.append("R")
                else:
                    aligns.append("L")
            continue
        rows.append(cells)
    return rows, aligns


def render(pdf, source_text, body_size=10.5, line_h=5.6, table_size=9):
    pdf.add_page()
    blocks = re.split(r"\n\s*\n", source_text.strip())
    widths = None
    for block in blocks:
        block = block.strip("\n")
        first = block.lstrip()
        if first.startswith("<!-- widths:"):
            m = re.match(r"<!-- widths:\s*([\d,\s]+)-->\s*\n?(.*)", first, re.S)
            widths = tuple(int(x) for x in m.group(1).split(","))
            block = m.group(2)
            first = block.lstrip()
            if not first:
                continue
        if first == "---":
            pdf.add_page()
            continue
        if first.startswith("|"):
            rows, aligns = _parse_table(block.splitlines())
            pdf.set_font("DejaVu", "", table_size)
            if pdf.get_y() > pdf.page_break_trigger - 30:
                pdf.add_page()
            heading_style = FontFace(emphasis="BOLD", fill_color=(222, 230, 240))
            kw = dict(
                text_align=tuple(aligns) if aligns else "LEFT",
                line_height=table_size * 0.5,
                padding=1.2,
                headings_style=heading_style,
                first_row_as_headings=True,
                repeat_headings=1,
                markdown=True,
                borders_layout="ALL",
            )
            if widths:
                kw["col_widths"] = widths
            with pdf.table(**kw) as table:
                for r in rows:
                    row = table.row()
                    for c in r:
                        row.cell(c)
            widths = None
            pdf.ln(3)
            continue
        text = " ".join(l.strip() for l in block.splitlines())
        if text.startswith("!!!"):
            pdf.set_font("DejaVu", "B", 15)
            pdf.multi_cell(
                0, 8, text[3:].strip(), align="C", markdown=True, new_x="LMARGIN", new_y="NEXT"
            )
            pdf.ln(1)
            continue
        if text.startswith("!!"):
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(
                0, 6, text[2:].strip(), align="C", markdown=True, new_x="LMARGIN", new_y="NEXT"
            )
            pdf.ln(1)
            continue
        if text.startswith("## "):
            if pdf.get_y() > pdf.page_break_trigger - 25:
                pdf.add_page()
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.ln(1)
            pdf.multi_cell(0, 6, text[3:], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            continue
        if text.startswith("# "):
            if pdf.get_y() > pdf.page_break_trigger - 30:
                pdf.add_page()
            pdf.set_font("DejaVu", "B", 12)
            pdf.ln(2)
            pdf.multi_cell(0, 7, text[2:], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
            continue
        pdf.set_font("DejaVu", "", body_size)
        if pdf.get_y() > pdf.page_break_trigger - 12:
            pdf.add_page()
        if re.match(r"^Table \d+:", text):
            if pdf.get_y() > pdf.page_break_trigger - 45:
                pdf.add_page()
            pdf.set_font("DejaVu", "B", 9.5)
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            continue
        m = re.match(r"^(\d+(?:\.\d+)?\.?)\s+(.*)$", text)
        ml = re.match(r"^(\([a-z]+\))\s+(.*)$", text)
        if m and not text.startswith("- "):
            num, body = m.group(1), m.group(2)
            y = pdf.get_y()
            pdf.set_x(pdf.l_margin)
            pdf.cell(12, line_h, num)
            pdf.set_xy(pdf.l_margin + 12, y)
            pdf.multi_cell(0, line_h, body, align="L", markdown=True, new_x="LMARGIN", new_y="NEXT")
        elif ml:
            y = pdf.get_y()
            pdf.set_x(pdf.l_margin + 12)
            pdf.cell(9, line_h, ml.group(1))
            pdf.set_xy(pdf.l_margin + 21, y)
            pdf.multi_cell(
                0, line_h, ml.group(2), align="L", markdown=True, new_x="LMARGIN", new_y="NEXT"
            )
        elif text.startswith("- "):
            y = pdf.get_y()
            pdf.set_x(pdf.l_margin + 12)
            pdf.cell(5, line_h, "•")
            pdf.set_xy(pdf.l_margin + 17, y)
            pdf.multi_cell(
                0, line_h, text[2:], align="L", markdown=True, new_x="LMARGIN", new_y="NEXT"
            )
        else:
            pdf.multi_cell(0, line_h, text, align="L", markdown=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.2)
    return pdf
