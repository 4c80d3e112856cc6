"""Copy the text of a minute from a corpus minutes file into the markup used by
portal.py (one-off helper; the pages themselves are generated from the static
minutes.txt copies kept in each page's source folder).

Usage: python sync_minutes.py <minutes file> <start heading> <end heading> <out file>
"""
import re
import sys


def extract(path, start, end):
    t = open(path, encoding="utf-8").read()
    # drop running page furniture (page number, agenda pack page, running header)
    t = re.sub(r"\n\d+\nPage \d+\n\n[^\n]*Health and Wellbeing Board - [^\n]*\n", "\n", t)
    s = t.index(start)
    e = t.index(end, s + len(start)) if end else len(t)
    body = t[s:e].split("\n", 1)[1].strip()
    out = []
    for para in re.split(r"\n\s*\n", body):
        lines = [ln.strip() for ln in para.split("\n") if ln.strip()]
        if not lines:
            continue
        if lines[0].startswith("-"):
            items, cur = [], []
            for ln in lines:
                if ln.startswith("-"):
                    if cur:
                        items.append(" ".join(cur))
                    cur = [ln.lstrip("-").strip()]
                else:
                    cur.append(ln)
            items.append(" ".join(cur))
            out.extend("- " + fix(i) for i in items)
            continue
        txt = fix(" ".join(lines))
        if txt.startswith("RESOLVED"):
            out.append("! " + txt)
        elif re.match(r"^\((?:[a-z]|[ivx]+)\)", txt):
            out.append("> " + txt)
        else:
            out.append(txt)
    return "\n\n".join(out) + "\n"


def fix(s):
    s = re.sub(r"\s{2,}", " ", s)
    s = re.sub(r"(\w)- (smoking|based|making)", r"\1-\2", s)
    return s


if __name__ == "__main__":
    path, start, end, out = sys.argv[1:5]
    open(out, "w", encoding="utf-8").write(extract(path, start, end or None))
