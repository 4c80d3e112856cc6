"""Action logs: a table of No., Date, Action, Responsible Officer, Comments, Status, flattened.

Extraction reads the row's cells one after another: the action wraps in a narrow column, then
a wide line starts with the officer's name and runs on into the comments, and the status
stands alone in capitals.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.chunk import Draft
from ingest.clean import clean_text, join_lines
from ingest.line_rules import split_page_marker
from ingest.lines import Line
from ingest.loaders import SourceLine

ROW_RE = re.compile(
    r"^(\d{1,4}\s?(?:\(?[a-z]\)|[a-z]|\u00a9|\(c\))?)\s+(\d{1,2}/\d{1,2}/\d{2,4})\b\s*(.*)$"
)
STATUS_RE = re.compile(r"^[A-Z]{3,}(?: [A-Z]{3,})?$")
HEADER_RE = re.compile(r"(?i)^(no\.?\s+date\s+action|officer$|comments\s+status$|.*action log$)")
# The action column is narrow; a longer line holds the officer's name and the comments.
ACTION_COLUMN_CHARS = 52


def is_action_log_start(lines: Sequence[str], i: int) -> bool:
    """'... Action Log' followed within a few lines by the column headings."""
    if not re.search(r"(?i)\baction log\s*$", lines[i].strip()):
        return False
    following = " ".join(lines[i + 1 : i + 6])
    return bool(
        re.search(r"(?i)\baction\b", following) and re.search(r"(?i)responsible|status", following)
    )


def parse_action_log(source: Sequence[SourceLine]) -> list[Draft]:
    rows: list[list[Line]] = []
    for src in source:
        _, text = split_page_marker(src.text.rstrip())
        text = text.strip()
        if not text or re.fullmatch(r"\d{1,3}", text) or HEADER_RE.match(text):
            continue
        line = Line(text, src.lineno, src.page)
        if ROW_RE.match(text):
            rows.append([line])
        elif rows:
            rows[-1].append(line)
    return [draft for row in rows if (draft := _row_draft(row)) is not None]


def split_officer(line: str) -> tuple[str, str]:
    """'Mike Sandys Six monthly updates ...' -> ('Mike Sandys', 'Six monthly updates ...').

    The comments start at the first capitalised word followed by a lowercase one.
    """
    tokens = line.split()
    for k in range(len(tokens) - 1):
        if tokens[k][:1].isupper() and tokens[k + 1][:1].islower():
            return " ".join(tokens[:k]), " ".join(tokens[k:])
    return line.strip(), ""


def _row_draft(row: list[Line]) -> Draft | None:
    match = ROW_RE.match(row[0].text)
    if match is None:
        return None
    number = match.group(1).replace("\u00a9", "(c)").replace(" ", "")
    date = match.group(2)
    action: list[str] = [match.group(3)] if match.group(3) else []
    officer: list[str] = []
    comments: list[str] = []
    status = ""
    stage = "action"
    for line in row[1:]:
        text = line.text
        if STATUS_RE.match(text):
            status = text
            stage = "done"
            continue
        if stage == "action":
            finished = bool(action) and action[-1].endswith(".") and text[:1].isupper()
            if len(text) > ACTION_COLUMN_CHARS or finished:
                stage = "officer"
            else:
                action.append(text)
                continue
        if stage == "officer":
            name, comment = split_officer(text)
            if name:
                officer.append(name)
            if comment:
                comments.append(comment)
                stage = "comments"
            continue
        if stage in ("comments", "done"):
            comments.append(text)
    fields = {
        "number": number,
        "date": date,
        "action": clean_text(join_lines(action)),
        "responsible_officer": clean_text(" ".join(officer)).replace(" /", "/"),
        "comments": clean_text(join_lines(comments)),
        "status": status,
    }
    text = f"Action {number} ({date}): {fields['action']}"
    if fields["responsible_officer"]:
        text += f" Responsible officer: {fields['responsible_officer']}."
    if fields["comments"]:
        text += f" Comments: {fields['comments']}"
    if status:
        text += f" Status: {status}."
    return Draft(text, "Action log", list(row), "action", fields)
