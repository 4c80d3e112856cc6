"""Build corpus/hwb-minutes-2024-09-19.txt from minutes.src.txt.

The output imitates the plain text extracted from the published PDF of the
minutes: hard-wrapped lines, a running page header, lone page numbers and the
"Page N" stamps of the agenda pack in which the minutes were re-published.
Run with: python3 generate.py
"""

import os
import re
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "minutes.src.txt")
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "corpus", "hwb-minutes-2024-09-19.txt"))

HEADER = "Brackenshire Health and Wellbeing Board - 19 September 2024"
WIDTH = 88
LINES_PER_PAGE = 56
PACK_OFFSET = 2  # minutes start at page 3 of the 20 March 2025 agenda pack

SIGN = [
    "",
    "",
    "Chair ...........................................................",
    "",
    "Date ............................................................",
]


def wrap_block(block):
    out = []
    for raw in block.split("\n"):
        line = raw.rstrip()
        if not line:
            continue
        if line == "@@SIGN":
            out.extend(SIGN)
            continue
        if line.startswith("::"):
            out.extend(
                textwrap.wrap(line[2:], WIDTH, initial_indent="    ", subsequent_indent="        ")
            )
            continue
        m = re.match(r"^(\([a-z]+\)|- )\s*(.*)$", line)
        if m:
            lab = m.group(1).strip()
            label = (lab + " ").ljust(7) if lab != "-" else "  -    "
            out.extend(
                textwrap.wrap(m.group(2), WIDTH, initial_indent=label, subsequent_indent=" " * 7)
            )
            continue
        out.extend(textwrap.wrap(line, WIDTH) or [""])
    return out


def main():
    text = open(SRC, encoding="utf-8").read()
    blocks = re.split(r"\n\s*\n", text.strip())
    body = []
    for b in blocks:
        body.extend(wrap_block(b))
        body.append("")
    pages = []
    cur = []
    for line in body:
        cur.append(line)
        if (len(cur) >= LINES_PER_PAGE and line == "") or len(cur) >= LINES_PER_PAGE + 6:
            pages.append(cur)
            cur = []
    if cur:
        pages.append(cur)
    out = []
    for n, page in enumerate(pages, 1):
        if n > 1:
            out.append(HEADER)
            out.append("")
        while page and page[-1] == "":
            page.pop()
        while page and page[0] == "":
            page.pop(0)
        out.extend(page)
        out.append("")
        out.append(str(n))
        out.append("Page %d" % (n + PACK_OFFSET))
        out.append("")
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out).rstrip() + "\n")
    print(OUT, len(pages), "pages")


if __name__ == "__main__":
    main()
