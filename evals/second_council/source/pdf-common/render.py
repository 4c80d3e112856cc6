"""Small markdown-like renderer for the Brackenshire strategy PDFs (fpdf2, core fonts, latin-1).

Markup understood in the .md source:
  # Title            chapter heading, starts a new page, level 0 in contents
  #! Title           chapter heading without a page break (level 0)
  ## Title           section heading (level 1 in contents)
  ### Title          sub-heading (not in contents)
  - text             bullet
  > text             shaded call-out box (consecutive lines form one box)
  | a | b |          table row (first row = header); |---| rows ignored
  {widths: 20,80}    column widths (percent) for the next table
  :::cols / :::      two-column block (paragraphs and ### headings inside)
  :::pagebreak       page break
  :::sign            signature block until ::: (lines kept as typed)
  blank line         ends a paragraph
  **bold**           inline bold (fpdf2 markdown)
"""

import re

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

NAVY = (23, 55, 94)
TEAL = (0, 118, 118)
GREY = (90, 90, 90)
LIGHT = (230, 240, 244)


class StrategyPDF(FPDF):
    def __init__(self, header_text, footer_left, accent=TEAL):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.header_text = header_text
        self.footer_left = footer_left
        self.accent = accent
        self.set_margins(20, 24, 20)
        self.set_auto_page_break(True, margin=22)
        self.alias_nb_pages("{nb}")
        self.set_title(header_text)

    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(*GREY)
        self.set_xy(20, 10)
        self.cell(0, 5, self.header_text, align="L")
        self.set_draw_color(*self.accent)
        self.set_line_width(0.4)
        self.line(20, 16, 190, 16)
        self.set_text_color(0, 0, 0)
        self.set_y(24)

    def footer(self):
        self.set_y(-15)
        self.set_draw_color(*self.accent)
        self.set_line_width(0.2)
        self.line(20, self.get_y() - 1, 190, self.get_y() - 1)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(*GREY)
        self.cell(120, 6, self.footer_left, align="L")
        self.cell(0, 6, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def render_toc(pdf, outline):
    pdf.set_font("Helvetica", "B", 20)
    pdf.set_text_color(*NAVY)
    pdf.cell(0, 12, "Contents", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_text_color(0, 0, 0)
    for sec in outline:
        if sec.level > 1:
            continue
        indent = 0 if sec.level == 0 else 8
        size = 10.5 if sec.level == 0 else 9.5
        style = "B" if sec.level == 0 else ""
        pdf.set_font("Helvetica", style, size)
        if sec.level == 0:
            pdf.ln(1.5)
        page = str(sec.page_number)
        name = sec.name
        x0 = pdf.l_margin + indent
        width = pdf.w - pdf.r_margin - x0
        name_w = pdf.get_string_width(name)
        page_w = pdf.get_string_width(page)
        dot_w = pdf.get_string_width(".")
        n_dots = int((width - name_w - page_w - 4) / dot_w)
        pdf.set_x(x0)
        line = name + " " + "." * max(n_dots, 3)
        pdf.cell(width - page_w - 1, 6.2, line, align="L", link=pdf.add_link(page=sec.page_number))
        pdf.cell(page_w + 1, 6.2, page, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


class Renderer:
    def __init__(self, pdf, body_size=10):
        self.pdf = pdf
        self.body_size = body_size
        self.lh = body_size * 0.5

    # ---------- primitives ----------
    def para(self, text):
        p = self.pdf
        p.set_font("Helvetica", "", self.body_size)
        p.set_text_color(0, 0, 0)
        p.multi_cell(
            0, self.lh, text, align="J", markdown=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        p.ln(2.2)

    def bullet(self, text):
        p = self.pdf
        p.set_font("Helvetica", "", self.body_size)
        if p.get_y() + self.lh > p.h - p.b_margin:
            p.add_page()
        y = p.get_y()
        p.set_fill_color(*p.accent)
        p.ellipse(p.l_margin + 2, y + self.lh / 2 - 0.8, 1.6, 1.6, style="F")
        p.set_x(p.l_margin + 6)
        p.multi_cell(
            p.w - p.r_margin - p.l_margin - 6,
            self.lh,
            text,
            align="L",
            markdown=True,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        p.ln(1.2)

    def chapter(self, title, newpage=True):
        p = self.pdf
        if newpage or p.get_y() > p.h - 70:
            p.add_page()
        p.start_section(title, level=0)
        p.set_font("Helvetica", "B", 17)
        p.set_text_color(*NAVY)
        p.multi_cell(0, 8.5, title, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.set_draw_color(*p.accent)
        p.set_line_width(0.8)
        p.line(p.l_margin, p.get_y() + 1, p.l_margin + 40, p.get_y() + 1)
        p.ln(5)
        p.set_text_color(0, 0, 0)

    def section(self, title):
        p = self.pdf
        if p.get_y() > p.h - 55:
            p.add_page()
        p.ln(1.5)
        p.start_section(title, level=1)
        p.set_font("Helvetica", "B", 12.5)
        p.set_text_color(*p.accent)
        p.multi_cell(0, 6.5, title, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.ln(1.5)
        p.set_text_color(0, 0, 0)

    def subhead(self, title):
        p = self.pdf
        if p.get_y() > p.h - 45:
            p.add_page()
        p.ln(0.5)
        p.set_font("Helvetica", "B", 10.5)
        p.set_text_color(*NAVY)
        p.multi_cell(0, 5.5, title, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.ln(1)
        p.set_text_color(0, 0, 0)

    def box(self, lines):
        p = self.pdf
        text = "\n".join(lines)
        p.set_font("Helvetica", "", self.body_size)
        p.set_fill_color(*LIGHT)
        p.set_draw_color(*p.accent)
        p.ln(1)
        p.multi_cell(
            0,
            self.lh + 0.3,
            text,
            align="L",
            fill=True,
            border="L",
            markdown=True,
            padding=(3, 4, 3, 4),
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        p.ln(3)

    def table(self, rows, widths=None):
        p = self.pdf
        p.set_font("Helvetica", "", self.body_size - 1)
        ncols = len(rows[0])
        usable = p.w - p.l_margin - p.r_margin
        if widths:
            col_widths = tuple(usable * w / 100 for w in widths)
        else:
            col_widths = tuple([usable / ncols] * ncols)
        head = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=NAVY)
        p.set_text_color(0, 0, 0)
        p.set_fill_color(255, 255, 255)
        p.set_draw_color(160, 170, 180)
        p.set_line_width(0.2)
        shade = FontFace(color=(0, 0, 0), fill_color=(236, 243, 246))
        plain = FontFace(color=(0, 0, 0))
        with p.table(
            col_widths=col_widths,
            width=usable,
            text_align="LEFT",
            headings_style=head,
            line_height=self.lh - 0.2,
            borders_layout="HORIZONTAL_LINES",
            padding=1.6,
            markdown=True,
            repeat_headings=1,
        ) as t:
            for n, r in enumerate(rows):
                row = t.row(style=None if n == 0 else (shade if n % 2 == 0 else plain))
                for c in r:
                    row.cell(c)
        p.ln(4)

    def columns(self, blocks):
        """blocks: list of ('h', text) or ('p', text)."""
        p = self.pdf
        with p.text_columns(
            ncols=2, gutter=8, text_align="J", line_height=1.2, balance=True
        ) as cols:
            for n, (kind, text) in enumerate(blocks):
                if kind == "h":
                    p.set_font("Helvetica", "B", self.body_size + 0.5)
                    p.set_text_color(*NAVY)
                    with cols.paragraph(
                        text_align="L", top_margin=0 if n == 0 else 3, bottom_margin=0.8
                    ) as par:
                        par.write(text)
                elif kind == "q":
                    p.set_font("Helvetica", "I", self.body_size)
                    p.set_text_color(*NAVY)
                    with cols.paragraph(text_align="L", bottom_margin=1.6) as par:
                        par.write(text)
                else:
                    p.set_font("Helvetica", "", self.body_size)
                    p.set_text_color(0, 0, 0)
                    with cols.paragraph(bottom_margin=1.6) as par:
                        par.write(text)
            p.set_font("Helvetica", "", self.body_size)
        p.set_text_color(0, 0, 0)
        p.ln(3)

    def signature(self, lines):
        p = self.pdf
        p.ln(2)
        for i, ln in enumerate(lines):
            p.set_font("Helvetica", "B" if ln.startswith("*") else "", self.body_size)
            p.cell(0, self.lh, ln.strip("*"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.ln(3)

    # ---------- parser ----------
    def render_markdown(self, src):
        lines = src.splitlines()
        i = 0
        buf = []
        widths = None

        def flush():
            if buf:
                self.para(" ".join(s.strip() for s in buf))
                buf.clear()

        while i < len(lines):
            line = lines[i].rstrip()
            if line.startswith("<!--"):
                while "-->" not in lines[i]:
                    i += 1
                i += 1
                continue
            if not line.strip():
                flush()
                i += 1
                continue
            if line.startswith(":::pagebreak"):
                flush()
                self.pdf.add_page()
                i += 1
                continue
            if line.startswith(":::cols"):
                flush()
                i += 1
                blocks, pbuf = [], []
                while not lines[i].startswith(":::"):
                    l = lines[i].rstrip()
                    if l.startswith("### "):
                        if pbuf:
                            blocks.append(("p", " ".join(pbuf)))
                            pbuf = []
                        blocks.append(("h", l[4:]))
                    elif l.startswith("> "):
                        if pbuf:
                            blocks.append(("p", " ".join(pbuf)))
                            pbuf = []
                        blocks.append(("q", l[2:]))
                    elif not l.strip():
                        if pbuf:
                            blocks.append(("p", " ".join(pbuf)))
                            pbuf = []
                    else:
                        pbuf.append(l.strip())
                    i += 1
                if pbuf:
                    blocks.append(("p", " ".join(pbuf)))
                self.columns(blocks)
                i += 1
                continue
            if line.startswith(":::sign"):
                flush()
                i += 1
                sl = []
                while not lines[i].startswith(":::"):
                    sl.append(lines[i].rstrip())
                    i += 1
                self.signature(sl)
                i += 1
                continue
            m = re.match(r"\{widths:\s*([\d,\s]+)\}", line)
            if m:
                flush()
                widths = [float(x) for x in m.group(1).split(",")]
                i += 1
                continue
            if line.startswith("|"):
                flush()
                rows = []
                while i < len(lines) and lines[i].startswith("|"):
                    l = lines[i].strip()
                    if not re.match(r"^\|[\s\-:|]+\|$", l):
                        rows.append([c.strip() for c in l.strip("|").split("|")])
                    i += 1
                self.table(rows, widths)
                widths = None
                continue
            if line.startswith("#! "):
                flush()
                self.chapter(line[3:], newpage=False)
                i += 1
                continue
            if line.startswith("# "):
                flush()
                self.chapter(line[2:])
                i += 1
                continue
            if line.startswith("## "):
                flush()
                self.section(line[3:])
                i += 1
                continue
            if line.startswith("### "):
                flush()
                self.subhead(line[4:])
                i += 1
                continue
            if line.startswith("- "):
                flush()
                item = [line[2:]]
                i += 1
                while i < len(lines) and lines[i].startswith("  ") and lines[i].strip():
                    item.append(lines[i].strip())
                    i += 1
                self.bullet(" ".join(item))
                continue
            if line.startswith("> ") or line == ">":
                flush()
                bl = []
                while i < len(lines) and (lines[i].startswith("> ") or lines[i].rstrip() == ">"):
                    bl.append(lines[i][2:].rstrip())
                    i += 1
                self.box(bl)
                continue
            buf.append(line)
            i += 1
        flush()


def check_latin1(text, name):
    bad = sorted({ch for ch in text if ord(ch) > 255})
    if bad:
        raise SystemExit(f"{name}: non latin-1 characters: {bad!r}")
