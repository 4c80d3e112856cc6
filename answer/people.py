"""How council papers write people and the ways to reach them, as pattern text shared by the
rules that look for a named person, a phone number or an email address."""

from __future__ import annotations

import re

from ingest.contacts import EMAIL_RE

HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Professor|Prof)\.?"
"""A title before a name ("Dr", "Cllr."), as pattern text."""

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
