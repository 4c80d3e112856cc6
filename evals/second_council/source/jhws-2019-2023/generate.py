"""Render strategy.md as the plain text that a PDF-to-text extraction of the
published 2019 strategy yields: wrapped layout lines, occasional end-of-line
hyphenation, running headers and lone page numbers on every page, bullet glyphs
lost, table cells emitted one per line (long cells wrapped within their column).

Usage: python generate.py  -> writes ../../corpus/jhws-2019-2023.txt
"""

import os
import random
import re
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "corpus", "jhws-2019-2023.txt")
WIDTH = 92
LINES_PER_PAGE = 50
HEADER = "Healthier Together: Brackenshire Joint Health and Wellbeing Strategy 2019–2023"
VOWELS = set("aeiouy")

rng = random.Random(2019)


KNOWN = {
    "Brackenshire": [7],
    "Fellhampton": [4],
    "Cressington": [7],
    "Wardenbury": [6],
    "Hollinsdale": [7],
    "Saltmere": [4],
    "Ravensford": [5],
    "Healthwatch": [6],
    "Transformation": [8],
    "organisations": [5, 8],
    "organisation": [5, 8],
    "neighbourhoods": [5],
    "immunisations": [6],
    "deprived": [2],
    "offering": [5],
    "prevalence": [3, 5],
    "opportunities": [5, 9],
    "independence": [5],
    "considerably": [6],
    "commissioning": [6],
    "partnership": [7],
    "Partnership": [7],
    "priorities": [6],
}
SUFFIXES = ("ation", "ities", "ment", "ness", "ing", "ity", "able", "ship", "ful")


def split_word(word, room):
    """Split word so that the first part plus '-' fits in room (rough hyphenation)."""
    if len(word) < 8 or room < 4 or not word.isalpha():
        return None
    cands = list(KNOWN.get(word, []))
    if not cands and word[0].isupper():
        return None
    if not cands:
        for suf in SUFFIXES:
            if word.endswith(suf) and len(word) - len(suf) >= 4:
                cands.append(len(word) - len(suf))
        for i in range(3, len(word) - 3):
            a, b = word[i - 1].lower(), word[i].lower()
            if (
                a not in VOWELS
                and b not in VOWELS
                and word[i - 2].lower() in VOWELS
                and word[i + 1].lower() in VOWELS
                and a + b not in ("th", "sh", "ch", "ph", "ck", "ng", "gh", "wh")
            ):
                cands.append(i)
    cands = [c for c in cands if 3 <= c <= len(word) - 3 and c + 1 <= room]
    return max(cands) if cands else None


def wrap(text, width=WIDTH, hyphenate=True):
    words = text.split()
    lines, cur = [], ""
    for w in words:
        cand = (cur + " " + w) if cur else w
        if len(cand) <= width:
            cur = cand
            continue
        room = width - len(cur) - 1 if cur else width
        core = re.match(r"^([A-Za-z]+)(.*)$", w)
        cut = None
        if hyphenate and core and rng.random() < 0.55:
            cut = split_word(core.group(1), room)
        if cut:
            lines.append((cur + " " if cur else "") + w[:cut] + "-")
            cur = w[cut:]
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def table_lines(rows):
    """Flattened table: each cell on its own line(s), row by row."""
    out = []
    ncol = len(rows[0])
    colw = max(18, 84 // ncol)
    for row in rows:
        for cell in row:
            out.extend(textwrap.wrap(cell, colw) or [""])
    return out


def parse(src):
    """Return list of pages; each page a list of (kind, payload)."""
    pages, cur = [], []
    lines = src.split("\n")
    i = 0
    para = []

    def flush():
        if para:
            cur.append(("p", " ".join(para)))
            para.clear()

    while i < len(lines):
        ln = lines[i]
        if ln.strip() == "=== PAGE ===":
            flush()
            pages.append(cur)
            cur = []
        elif ln.startswith("@"):
            flush()
            cur.append((ln[1:].strip().lower(), None))
        elif ln.startswith("# "):
            flush()
            cur.append(("h1", ln[2:].strip()))
        elif ln.startswith("## "):
            flush()
            cur.append(("h2", ln[3:].strip()))
        elif ln.startswith("- "):
            flush()
            cur.append(("li", ln[2:].strip()))
        elif ln.strip() == "TABLE:":
            flush()
            rows = []
            i += 1
            while lines[i].strip() != "END":
                rows.append([c.strip() for c in lines[i].split("|")])
                i += 1
            cur.append(("table", rows))
        elif ln.strip() == "":
            flush()
        else:
            # lines inside cover/sign-offs stay as separate short lines
            if len(ln) < 60 and not para and (i + 1 >= len(lines) or len(lines[i + 1]) < 60):
                cur.append(("line", ln.strip()))
            else:
                para.append(ln.strip())
        i += 1
    flush()
    if cur:
        pages.append(cur)
    return pages


def render_block(kind, payload):
    if kind == "h1":
        return [payload]
    if kind == "h2":
        return [payload]
    if kind == "p":
        return wrap(payload) + [""]
    if kind == "li":
        return wrap(payload, WIDTH - 4)
    if kind == "line":
        return [payload]
    if kind == "table":
        return table_lines(payload) + [""]
    return []


def layout(pages, toc_entries):
    """Lay out logical pages into physical pages (auto break when too long)."""
    phys = []  # list of (lines, headings)
    for lp in pages:
        buf, heads = [], []
        prev = None
        for kind, payload in lp:
            if kind == "cover":
                continue
            if kind == "toc":
                buf.append("Contents")
                buf.append("")
                for title, pg in toc_entries:
                    dots = "." * max(3, 78 - len(title) - len(str(pg)))
                    buf.append(f"{title} {dots} {pg}")
                continue
            if prev == "li" and kind != "li":
                buf.append("")
            block = render_block(kind, payload)
            if kind in ("h1", "h2") and buf and buf[-1] != "":
                buf.append("")
            overflow = len(buf) + len(block) - LINES_PER_PAGE
            if overflow > 0 and buf and len([b for b in block if b]) - overflow <= 0:
                pass  # whole block moves to next page
            elif 0 < overflow <= 4:
                overflow = 0  # widow control: let the page run a few lines long
            if overflow > 0 and buf:
                if kind in ("p", "table") and len(buf) < LINES_PER_PAGE - 3:
                    room = LINES_PER_PAGE - len(buf)
                    buf.extend(block[:room])
                    block = block[room:]
                phys.append((buf, heads))
                buf, heads = [], []
            if kind == "h1":
                heads.append(payload)
            buf.extend(block)
            prev = kind
        while buf and buf[-1] == "":
            buf.pop()
        phys.append((buf, heads))
    return phys


def main():
    src = open(os.path.join(HERE, "strategy.md"), encoding="utf-8").read()
    pages = parse(src)
    # pass 1: page numbers of headings
    toc = [("x", 0)] * 14
    phys = layout(pages, toc)
    entries = []
    for n, (_, heads) in enumerate(phys, start=1):
        for h in heads:
            if h != "Foreword" or True:
                entries.append((h, n))
    phys = layout(pages, entries)
    out = []
    for n, (buf, _) in enumerate(phys, start=1):
        if n == 1:
            out.extend(buf)
            out.append("")
            continue
        out.append(HEADER)
        out.append("")
        out.extend(buf)
        out.append("")
        out.append(str(n))
        out.append("")
    text = "\n".join(out).rstrip() + "\n"
    text = re.sub(r"\n{3,}", "\n\n", text)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)
    print(OUT, len(text.split()), "words", len(phys), "pages")


if __name__ == "__main__":
    main()
