"""Copy one minute from the markdown minutes (hwb-minutes-2025-03-20.md) into the
markup used by portal.py, stripping markdown emphasis.

Usage: python sync_minutes_md.py <minutes.md> <minute number> <out file>
"""
import re
import sys


def strip_md(s):
    s = re.sub(r"\*\*(.+?)\*\*", r"\1", s)
    s = re.sub(r"(?<!\w)\*(.+?)\*(?!\w)", r"\1", s)
    return s.strip()


def extract(path, num):
    t = open(path, encoding="utf-8").read()
    m = re.search(rf"^### {num}\. .*$", t, re.M)
    nxt = re.search(r"^### \d+\. .*$", t[m.end():], re.M)
    body = t[m.end(): m.end() + nxt.start()] if nxt else t[m.end():]
    body = body.split("\n---")[0]
    out = []
    for para in re.split(r"\n\s*\n", body.strip()):
        lines = [ln.rstrip() for ln in para.split("\n") if ln.strip()]
        if not lines:
            continue
        if all(ln.lstrip().startswith("- ") for ln in lines):
            out.extend("- " + strip_md(ln.lstrip()[2:]) for ln in lines)
            continue
        txt = strip_md(" ".join(ln.strip() for ln in lines))
        txt = re.sub(r"\s{2,}", " ", txt)
        if txt.startswith("RESOLVED"):
            out.append("! " + txt)
        elif re.match(r"^(\((?:[a-z]|[ivx]+)\)|\d+\.)\s", txt):
            out.append("> " + txt)
        else:
            out.append(txt)
    return "\n\n".join(out) + "\n"


if __name__ == "__main__":
    path, num, out = sys.argv[1:4]
    open(out, "w", encoding="utf-8").write(extract(path, num))
