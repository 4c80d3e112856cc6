"""Action logs: a table of No., Date, Action, Responsible Officer, Comments, Status, flattened.

Extraction reads the row's cells one after another: the action wraps in a narrow column, then
a wide line starts with the officer's name (and a due date, where the log has that column) and
runs on into the comments, and the status stands alone: in capitals ("GREEN"), or as one of
the words logs use for it ("Open", "Ongoing", "Closed"). A row's number may be a plain number
or a reference ("ABC/24/03"), and a minute number may follow its date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.action_table import action_rows
from ingest.chunk import Draft
from ingest.clean import clean_text, join_lines
from ingest.dates import SLASH_DATE
from ingest.fields import ActionFields
from ingest.line_rules import header_key, split_page_marker
from ingest.lines import Line
from ingest.loaders import SourceLine

_REFERENCE = r"(?:[A-Z]{1,8}/)?\d{1,4}(?:/\d{1,4}){0,2}"
# Number or reference, date, then a minute number only where a capital (the action) or the end
# of the line follows it, so an action beginning with a figure keeps it.
ROW_RE = re.compile(
    rf"^({_REFERENCE}\s?(?:\(?[a-z]\)|[a-z]|\u00a9|\(c\))?)\s+({SLASH_DATE})\b"
    r"\s*(?:(\d{1,4})(?:\s+(?=[A-Z])|$))?(.*)$"
)
_STATUS_WORDS = (
    r"Open|Closed|Ongoing|Complete[d]?|Done|Overdue|Delayed|On track|In progress|Not started"
)
STATUS_RE = re.compile(rf"^(?:[A-Z]{{3,}}(?: [A-Z]{{3,}})?|{_STATUS_WORDS})$")
# A status printed at the end of the last line of a row, after a sentence has ended.
TRAILING_STATUS_RE = re.compile(rf"(?<=[.;)])\s+({_STATUS_WORDS})$")
HEADER_RE = re.compile(
    r"(?i)^(no\.?\s+date\s+action|officer$|comments\s+status$|.*action log$"
    r"|(?:no|ref)\.?\s.*\baction\b.*\b(?:responsible|status)\b)"
)
# A due date beside the officer's name: "Sep 2024", "Each winter", or "Jan 2025 (revised ...".
_DUE_RE = re.compile(
    r"\s+((?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}"
    r"|Each\s+[a-z]+|Every\s+[a-z]+)(?:\s*\(revised)?)$"
)
_MONTH_YEAR = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}"
_INLINE_OFFICER_RE = re.compile(
    r"^(?P<action>.*?[.;])\s+(?P<officer>(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][a-z'-]+"
    rf"(?:\s+[A-Z][a-z'-]+){{1,2}})\s+(?P<due>{_MONTH_YEAR})(?:\s+(?P<comments>.*))?$"
)
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
    """The log's rows: read by column where it comes as a table with a header row (a PDF), else
    from its flattened lines."""
    tabled = action_rows(source)
    if tabled:
        return [action_draft(fields, lines) for fields, lines in tabled]
    rows: list[list[Line]] = []
    # The log's title and page footer repeat on every page; they belong to no row.
    texts = [split_page_marker(src.text.rstrip())[1].strip() for src in source]
    edges = _page_edges(source, texts)
    for src, text in zip(source, texts, strict=True):
        if header_key(text) in edges:
            continue
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


def _page_edges(source: Sequence[SourceLine], texts: Sequence[str]) -> set[str]:
    """Lines that open or close more than one page, alike but for a page number: the log's
    title block and footer, however long. A row's cell seldom sits at a page's edge twice, and
    short ones (a status, a name) are never taken."""
    edges: dict[int | None, list[str]] = {}
    for src, text in zip(source, texts, strict=True):
        if text:
            edges.setdefault(src.page, []).append(text)
    seen: dict[str, set[int | None]] = {}
    for page, lines in edges.items():
        for text in {lines[0], lines[-1]}:
            if len(text.split()) >= 3:
                seen.setdefault(header_key(text), set()).add(page)
    return {key for key, pages in seen.items() if len(pages) > 1}


def split_inline_officer(text: str) -> tuple[str, str, str, str] | None:
    """A row printed on one line: 'Circulate ... members. Sarah Lee Nov 2024 Dashboard ...'
    -> (action, officer, due, comments); None when no name and due date follow a sentence."""
    match = _INLINE_OFFICER_RE.match(text)
    if match is None:
        return None
    return match["action"], match["officer"], match["due"], (match["comments"] or "").strip()


def split_due(name: str) -> tuple[str, str]:
    """'Gareth Pryce Sep 2024' -> ('Gareth Pryce', 'Sep 2024'); a line that is only a due date
    ('Jan 2025') -> ('', 'Jan 2025'); a name without one is returned whole."""
    padded = " " + name
    match = _DUE_RE.search(padded)
    if match is None:
        return name, ""
    return padded[: match.start()].strip(), match.group(1)


def _row_draft(row: list[Line]) -> Draft | None:
    match = ROW_RE.match(row[0].text)
    if match is None:
        return None
    number = match.group(1).replace("\u00a9", "(c)").replace(" ", "")
    date = match.group(2)
    action: list[str] = [match.group(4)] if match.group(4) else []
    officer: list[str] = []
    due: list[str] = []
    comments: list[str] = []
    status = ""
    stage = "action"
    texts = [line.text for line in row[1:]]
    last = texts if texts else action
    trailing = TRAILING_STATUS_RE.search(last[-1]) if last else None
    if trailing is not None:
        status = trailing.group(1)
        last[-1] = last[-1][: trailing.start()]
    inline = split_inline_officer(action[0]) if action else None
    if inline is not None:
        action[0], name, when, comment = inline
        officer.append(name)
        due.append(when)
        comments.extend([comment] if comment else [])
        stage = "comments"
    for text in texts:
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
            name, when = split_due(text)
            if when:
                # The due date is the cell after the officer's: what follows is comment.
                officer.extend([name] if name else [])
                due.append(when)
                stage = "comments"
                continue
            name, comment = split_officer(text)
            name, when = split_due(name)
            due.extend([when] if when else [])
            if name:
                officer.append(name)
            if comment:
                comments.append(comment)
                stage = "comments"
            continue
        if stage in ("comments", "done"):
            comments.append(text)
    fields = ActionFields(
        number=number,
        date=date,
        action=clean_text(join_lines(action)),
        responsible_officer=clean_text(" ".join(officer)).replace(" /", "/"),
        comments=clean_text(join_lines(comments)),
        status=status,
        minute=match.group(3) or None,
        due=" ".join(due) if due else None,
    )
    return action_draft(fields, row)


def action_draft(fields: ActionFields, row: list[Line]) -> Draft:
    """A row's passage: its fields written out with their labels, every one the row prints
    ("when is it due?" is asked of the row's due date)."""
    text = f"Action {fields.number} ({fields.date}): {fields.action}"
    if fields.responsible_officer:
        text += f" Responsible officer: {fields.responsible_officer}."
    if fields.due:
        text += f" Due: {fields.due}."
    if fields.comments:
        text += f" Comments: {fields.comments}"
    if fields.status:
        text += f" Status: {fields.status}."
    return Draft(text, "Action log", list(row), "action", fields)
