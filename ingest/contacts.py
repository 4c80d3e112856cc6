"""'Officer(s) to contact' blocks: who to ask about a report, with role, phone and email."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.blocks import Block
from ingest.chunk import Draft
from ingest.fields import ContactFields

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE_RE = re.compile(r"(?:\+44\s?|0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}")
NAME_RE = re.compile(
    r"^(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Cllr)\.?\s+)?"
    r"[A-Z][a-z'\u2019-]+(?:\s+(?:(?:de|da|di|du|van|von|der|den|le|la|ter|bin|al)\s+)?"
    r"[A-Z][a-z'\u2019-]+){1,3}$"
)


# Where a role begins after a name on the same line ("Jo Bloggs Head of Service, ...").
_ROLE_START_RE = re.compile(
    r"\s(?=(?:Director|Head|Manager|Officer|Lead|Chief|Consultant|Commissioner|Chair|Assistant|"
    r"Senior|Principal|Deputy|Strategic|Service|Programme|Project)\b)"
)


def find_names(lines: Sequence[str]) -> list[str]:
    """Person names: a line that is only a capitalised name, at the head of a contact entry
    (the first line, or the first after the previous entry's phone or email)."""
    names: list[str] = []
    expect_name = True
    for i, line in enumerate(lines):
        # A table's row ("| Jo Bloggs | Director of X. Tel: ... |") reads as its cells' text.
        candidate = re.sub(r"\s+", " ", line.replace("|", " ")).strip()
        if EMAIL_RE.search(candidate) or PHONE_RE.search(candidate):
            # A table row holds a whole entry: "Jo Bloggs Director of X, ABC. Tel: ... Email:".
            lead = _ROLE_START_RE.split(candidate, maxsplit=1)[0].strip(" ,")
            if expect_name and lead != candidate and NAME_RE.match(lead) and lead not in names:
                names.append(lead)
            expect_name = True
            continue
        # "Jo Bloggs, Strategic Director, ABC": a name with its role on one line.
        candidate = candidate.split(",")[0].strip()
        reachable = " ".join(lines[i + 1 : i + 4])
        if not (EMAIL_RE.search(reachable) or PHONE_RE.search(reachable)):
            continue  # a person to contact comes with an email or phone number
        if expect_name and NAME_RE.match(candidate) and not _is_role(candidate):
            if candidate not in names:
                names.append(candidate)
            expect_name = False
    return names


def parse_contacts(blocks: Sequence[Block], section: str | None) -> Draft | None:
    raw_lines = [ln.text.strip() for b in blocks for ln in b.lines if ln.text.strip()]
    names = find_names(raw_lines)
    if not names:
        return None
    text = " ".join(b.text for b in blocks)
    emails = EMAIL_RE.findall(text)
    phones = PHONE_RE.findall(text)
    roles = [
        line
        for line in raw_lines
        if line not in names and not EMAIL_RE.search(line) and not PHONE_RE.search(line)
    ]
    fields = ContactFields(
        names="; ".join(names),
        emails="; ".join(emails) if emails else None,
        phones="; ".join(p.strip() for p in phones) if phones else None,
        roles="; ".join(roles) if roles else None,
    )
    lines = [ln for b in blocks for ln in b.lines]
    return Draft(text, section, lines, "contact", fields)


def _is_role(text: str) -> bool:
    return (
        re.search(
            r"(?i)\b(director|manager|officer|lead|head|board|council|service|commissioner|chair)\b",
            text,
        )
        is not None
    )
