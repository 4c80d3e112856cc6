"""Build corpus/suicide-prevention-report-2025.txt from report.src.txt.

Markup: '=' centred heading line, '#' section heading, '##' sub-heading,
'::' preformatted line, 'N.' numbered paragraph, '(a)' sub-paragraph, '- ' bullet.
Run with: python3 generate.py
"""
import os
import re
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "report.src.txt")
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "corpus",
                                    "suicide-prevention-report-2025.txt"))
W = 86


def render(text):
    out = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = block.split("\n")
        if all(l.startswith("::") for l in lines):
            out.extend("    " + l[2:] for l in lines)
        elif lines[0].startswith("="):
            out.extend(l[1:].center(W).rstrip() for l in lines)
        elif lines[0].startswith("##"):
            out.append(lines[0][2:].strip())
        elif lines[0].startswith("#"):
            h = lines[0][1:].strip()
            out.append(h)
            out.append("-" * len(h))
        elif all(l.startswith("- ") for l in lines):
            for l in lines:
                out.extend(textwrap.wrap(l[2:], W, initial_indent="  - ",
                                         subsequent_indent="    "))
        elif re.match(r"^\d+\.\s", lines[0]):
            para = " ".join(lines)
            num, body = para.split(" ", 1)
            out.extend(textwrap.wrap(body, W, initial_indent=num.ljust(5),
                                     subsequent_indent="     "))
        elif re.match(r"^\([a-z]\)\s", lines[0]):
            para = " ".join(lines)
            lab, body = para.split(" ", 1)
            out.extend(textwrap.wrap(body, W, initial_indent="     " + lab.ljust(5),
                                     subsequent_indent="          "))
        elif len(lines) > 1 and all(len(l) < 70 for l in lines):
            out.extend(lines)  # address-style block (officers to contact)
        else:
            out.extend(textwrap.wrap(" ".join(lines), W))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


with open(SRC, encoding="utf-8") as fh:
    result = render(fh.read())
with open(OUT, "w", encoding="utf-8") as fh:
    fh.write(result)
print(OUT, len(result.split()), "words")
