"""How to reach the person a contact answer names, from where the documents give it.

"Who do I contact about the terms of reference?" may be answered by a line naming an officer
("Contact: Jo Bloggs, Democratic Services Officer") with no phone number or email address, while
the next sentence ("Tel: 01234 567890.") or another paper gives them ("Jo Bloggs, Democratic
Services Officer, 01234 567890, jo.bloggs@example.org"). When a contact answer's first quote
names exactly one person and gives no way to reach them, the quote is read on through the phone
number or email address that follows it in its passage; failing that, the person's name is
searched for within what the caller may see, and the latest dated passage giving a phone number
or email address right after the name is quoted as one more citation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from answer.model import Answer, Citation
from answer.people import NAME, POST_TITLES, REACH
from ingest.signatures import HONORIFIC
from pipeline.role_holders import Dated, Search
from question.model import Question
from retrieval.search import Hit

# A person as contact lines write one: after a title ("Dr Jo Bloggs"), after a label
# ("Contact: Jo Bloggs"), or before a post ("Jo Bloggs, Democratic Services Officer").
_TITLED = re.compile(
    rf"\b{HONORIFIC}\s+(?P<a>{NAME})"
    rf"|\b(?:Contact|Officer|Lead|Clerk)\s*:\s*(?P<b>{NAME})"
    rf"|(?P<c>\b{NAME}),\s+(?:[A-Z][a-z]+\s+){{0,4}}{POST_TITLES}\b"
)
REACH_WITHIN = 160
"""How many characters after a name its phone number or email address may start."""
REACH_GAP = 40
"""A second detail (an email after a phone number) belongs to the same person within this."""


def contact_details_answer(
    question: Question, composed: Answer, search: Search, dated: Dated
) -> Answer | None:
    """`composed` with the named person's phone or email quoted after it, or None to keep it."""
    if not question.wants.contact or composed.refused or not composed.citations:
        return None
    first = composed.citations[0]
    if REACH.search(first.quote):
        return None
    named = {next(g for g in m.groups() if g) for m in _TITLED.finditer(first.quote)}
    if len(named) != 1:
        return None
    extended = _read_on(first)
    if extended is not None:
        citations = [replace(first, quote=extended), *composed.citations[1:]]
        text = composed.text.replace(first.quote, extended, 1)
        return Answer(text, citations, composed.confidence, refused=False)
    name = named.pop()
    found = reached(name, search(name), dated)
    if found is None:
        return None
    hit, quote = found
    n = len(composed.citations) + 1
    cited = Citation(n, hit.passage, hit.document, quote)
    text = f"{composed.text} {quote} [{n}]"
    return Answer(text, [*composed.citations, cited], composed.confidence, refused=False)


def _read_on(cited: Citation) -> str | None:
    """The quote read on through the phone number or email address that follows it in its
    passage ("Contact: Jo Bloggs, Officer. Tel: 01234 567890."), if one does."""
    text = cited.passage.text
    at = text.find(cited.quote)
    if at < 0:
        return None
    window = text[at : at + len(cited.quote) + REACH_WITHIN]
    end = _details_end(window, len(cited.quote))
    return None if end is None else window[:end]


def reached(name: str, hits: Sequence[Hit], dated: Dated) -> tuple[Hit, str] | None:
    """The latest dated hit giving a phone or email within REACH_WITHIN characters after
    `name`, with the words from the name through the last such detail."""
    spaced = re.compile(r"\s+".join(re.escape(w) for w in name.split()))
    found: list[tuple[str, Hit, str]] = []
    for hit in hits:
        text = hit.passage.text
        for at in spaced.finditer(text):
            window = text[at.start() : at.end() + REACH_WITHIN]
            end = _details_end(window, at.end() - at.start())
            if end is not None:
                found.append((dated(hit.document) or "", hit, window[:end]))
                break
    if not found:
        return None
    _, hit, quote = max(found, key=lambda row: row[0])
    return hit, quote


def _details_end(window: str, start: int) -> int | None:
    """Where the run of phone numbers and email addresses after `start` ends, each within
    REACH_GAP characters of the one before; None if there is none, or if another person is
    named before it (the next officer's details are not this one's)."""
    end = None
    for detail in REACH.finditer(window, start):
        if end is None and _TITLED.search(window, start, detail.start()):
            return None
        if end is not None and detail.start() - end > REACH_GAP:
            break
        end = detail.end()
    return end
