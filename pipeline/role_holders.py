"""Who holds a post that an answer names without naming anyone.

"The Director of Public Health co-chairs the partnership" answers "who co-chairs it?" with a
post. The documents name the post's holder elsewhere: beside a signature, in a report's contact
block, in a list of those present ("Jo Bloggs, Director of Public Health"). For a question asking
who, whose answer's first quote refers to a post of the form "the <Director, Head, Chair, Chief
Executive, Leader, Lead or Cabinet Member> of/for <Title Case words>", the post is searched for
within what the caller may see, and the latest dated passage naming a person beside it is quoted
as one more citation. Nothing is added where nobody is named beside the post.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from answer.model import Answer, Citation
from answer.people import HONORIFIC, PERSON
from ingest.model import Document
from question.model import AnswerType, Question
from retrieval.search import Hit

_HEADS = r"(?:Director|Head|Chair|Chief Executive|Leader|Lead Member|Cabinet Member)"
# "the Director of Public Health": the post referred to, not a person's title beside a name.
_POST = re.compile(
    rf"\b[Tt]he (?P<head>{_HEADS}) (?:of|for) (?:the )?(?P<body>[A-Z][\w&’'-]*"
    r"(?: (?:and|of|for|&) [A-Z][\w&’'-]*| [A-Z][\w&’'-]*){0,4})"
)


# An answer that already names someone ("Cllr Jo Bloggs", "Jo Bloggs, Director of X") has its
# person; the post it also mentions is context.
_NAMED = re.compile(
    rf"\b{HONORIFIC}\s+[A-Z]"
    rf"|{PERSON},?\s+{_HEADS}\b"
)


@dataclass(frozen=True, slots=True)
class Holder:
    name: str
    quote: str
    """The verbatim words naming the holder beside the post."""
    hit: Hit


Search = Callable[[str], list[Hit]]
"""Searches what the caller may see for a text, best first."""
Dated = Callable[[Document], str | None]
"""A document's date (or its pack's), ISO, if known."""


def role_holder_answer(
    question: Question, composed: Answer, search: Search, dated: Dated
) -> Answer | None:
    """`composed` with the holder of the post it names quoted after it, or None to keep it."""
    if question.kind is not AnswerType.PERSON or composed.refused or not composed.citations:
        return None
    found = _POST.search(composed.citations[0].quote)
    if found is None or _NAMED.search(composed.citations[0].quote):
        return None
    head, body = found.group("head"), found.group("body")
    holder = latest_holder(head, body, search(f"{head} of {body}"), dated)
    if holder is None or holder.name in composed.text:
        return None
    n = len(composed.citations) + 1
    cited = Citation(n, holder.hit.passage, holder.hit.document, holder.quote)
    text = f"{composed.text} {holder.quote} [{n}]"
    return Answer(text, [*composed.citations, cited], composed.confidence, refused=False)


def latest_holder(head: str, body: str, hits: Sequence[Hit], dated: Dated) -> Holder | None:
    """The person named beside the post (`head` of `body`) in the latest dated of `hits` that
    name one."""
    pattern = _holder_pattern(head, body)
    found: list[tuple[str, Holder]] = []
    for hit in hits:
        match = pattern.search(hit.passage.text)
        if match is not None:
            name = match.group("name") or match.group("after")
            found.append((dated(hit.document) or "", Holder(name, match.group(0), hit)))
    if not found:
        return None
    return max(found, key=lambda pair: pair[0])[1]


def _holder_pattern(head: str, body: str) -> re.Pattern[str]:
    """A person named right before the post ("Jo Bloggs, Director of X") or right after it
    ("Director of X: Jo Bloggs"); "of" and "for" are written either way."""
    spaced = r"\s+".join(re.escape(w) for w in head.split())
    named = r"\s+".join(re.escape(w) for w in body.split())
    written = rf"{spaced}\s+(?:of|for)\s+(?:the\s+)?{named}"
    return re.compile(
        rf"(?P<name>{PERSON}),?\s+(?:\(\s*)?{written}\b"
        rf"|\b{written}\s*[:,(–-]\s*(?P<after>{PERSON})"
    )
