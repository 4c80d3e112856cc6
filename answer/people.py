"""How council papers write people and the ways to reach them, as pattern text shared by the
rules that look for a named person, a phone number or an email address."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.contacts import EMAIL_RE
from ingest.signatures import HONORIFIC

NAME = r"[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z’'-]+"
"""A first name and a surname ("Jo Bloggs", "Jo A. Bloggs"), as pattern text."""

PERSON = rf"(?:{HONORIFIC}\s+)?{NAME}"
"""A name with or without its title, as pattern text."""

POST_TITLES = (
    r"(?:Officer|Manager|Director|Head|Lead|Consultant|Clerk|Secretary|Coordinator|Adviser)"
)
"""The last word of an officer's post ("Democratic Services Officer", "Head of Service"), as
pattern text."""

# Bounded at both ends, unlike ingest.contacts.PHONE_RE, which finds numbers in contact blocks:
# in a sentence, digits inside a longer figure are no phone number.
PHONE = re.compile(r"(?:\+44\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b")
EMAIL = EMAIL_RE
"""An email address, as contact blocks are parsed for them at ingest."""
REACH = re.compile(f"{PHONE.pattern}|{EMAIL.pattern}")
"""A phone number or an email address."""

# A name under a role label, as action logs and report covers set them out: "Responsible officer:
# Jo Bloggs", "Lead: Dr Jo Bloggs", "Lead- Jo Bloggs".
LABELLED_NAME = (
    r"\b(?i:officer|lead|owner|sponsor|contact|chair(?:man|woman|person)?)\s*[:\u2013-]\s*"
    rf"{PERSON}"
)

# A first name and a surname: not "The Chair", "This Board".
_SPEAKER = (
    r"(?!(?:The|This|That|These|Those|A|An|Our|Their|Its|His|Her|Each|Every|All|Both|Some|"
    r"Any)\b)[A-Z][a-z]+ [A-Z][a-z]+(?:-[A-Z][a-z]+)?"
)
_SPOKE = (
    r"(?:presented|introduced|provided|gave|reported|explained|said|outlined|updated|"
    r"highlighted|advised|informed|confirmed|summarised|took|led|"
    r"attended|acted|deputised|deputized|substituted|stood)\b"
)
# Minutes name a speaker or a member's substitute by what they did, with their team or body in
# brackets, or opening the sentence: "Jo Bloggs (Adult Services) presented the report", "Jo Bloggs
# introduced the item", "Jo Bloggs attended as a substitute for Sam Green".
SPEAKING = (
    rf"\b{_SPEAKER} \([A-Z][a-z][^)]{{1,80}}\),? {_SPOKE}|^(?:Minutes:\s*)?{_SPEAKER},? {_SPOKE}"
)

_NAMED = re.compile(
    rf"\b{HONORIFIC}\s+[A-Z]"
    r"|\b[A-Z][a-z]+ (?:[A-Z]\. )?[A-Z][a-z]+(?:-[A-Z][a-z]+)?,? (?:Director|Chief|Chair|Head|Lead|"
    r"Manager|Officer|Cabinet|Consultant|Deputy|Assistant|Strategic|Senior)\b"
    # "Chair: Sam Green", "chaired by Jo Bloggs", "Responsible officer: Jo Bloggs"
    r"|\b(?:Chair(?:man|woman|person)?|chaired by)\s*[:,-]?\s*[A-Z][a-z]+ [A-Z][a-z]+"
    rf"|{LABELLED_NAME}"
    rf"|{SPEAKING}"
    # A post holder who chairs a body: "The Director of Public Health co-chairs the Partnership".
    r"|\b(?:Director|Chief Executive|Lead Member|Cabinet Member|Leader|Head) of [A-Z][\w ]{2,40}?"
    r" (?:co-)?chairs\b|\b(?:co-)?chaired by the (?:Director|Chief Executive|Lead Member|Leader)\b"
)


# An organisation by name: "Brackley Digital Ltd", "the University of Wessex", "a charity,
# ABC,". A post ("Director of X") or "a local university" names none.
ORGANISATION = re.compile(
    r"\b(?:[A-Z][\w&’'-]+\s+){1,6}(?:Ltd|Limited|plc|PLC|LLP|CIC|Trust|Charity|Foundation|"
    r"University|College|Association|Society|Company|Agency|Partnership)\b"
    r"|\b(?:University|College) of [A-Z]"
    r"|\b(?:charity|company|provider|supplier|contractor|firm|organisation),\s+[A-Z][\w&-]+"
)


_LABELLED = re.compile(LABELLED_NAME)


def labelled_name(text: str) -> bool:
    """Whether the text names someone under a role label ("Contact: Jo Bloggs")."""
    return bool(_LABELLED.search(text))


@lru_cache(maxsize=32768)
def named_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    """Where the sentence names someone, remembered: the same sentences are weighed for every
    question that retrieves them, and the pattern is slow to run."""
    return tuple(m.span() for m in _NAMED.finditer(sentence))
