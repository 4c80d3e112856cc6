"""Who holds a post that an answer names without naming anyone.

"The Director of Public Health co-chairs the partnership" answers "who co-chairs it?" with a
post. The documents name the post's holder elsewhere: beside a signature, in a report's contact
block, in a list of those present ("Jo Bloggs, Director of Public Health"). For a question asking
who, whose answer's first quote refers to a post ("the <Director, Head, Chair, Chief Executive,
Leader, Lead or Cabinet Member> of/for <Title Case words>", or "the <Title Case words> Officer,
Manager, Clerk ..."), the post is searched for within what the caller may see, and the latest
dated passage naming a person beside it is quoted as one more citation. Nothing is added where
nobody is named beside the post.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from answer.model import Answer, Citation
from answer.people import PERSON, POST_TITLES
from ingest.model import Document
from ingest.signatures import HONORIFIC
from question.model import AnswerType, Question
from retrieval.search import Hit

_HEADS = r"(?:Director|Head|Chair|Chief Executive|Leader|Lead Member|Cabinet Member)"
# "the Director of Public Health", "the Democratic Services Officer": the post referred to,
# not a person's title beside a name.
_POST = re.compile(
    rf"\b[Tt]he (?:(?P<head>{_HEADS}) (?:of|for) (?:the )?(?P<body>[A-Z][\w&’'-]*"
    r"(?: (?:and|of|for|&) [A-Z][\w&’'-]*| [A-Z][\w&’'-]*){0,4})"
    rf"|(?P<titled>(?:[A-Z][\w&’'-]*\s+){{1,5}}{POST_TITLES})\b)"
)
# An answer that already names someone ("Cllr Jo Bloggs", "Jo Bloggs, Director of X") has its
# person; the post it also mentions is context. The comma keeps a post's own capitalised words
# ("Democratic Services Officer") from reading as a name and a title.
_NAMED = re.compile(
    rf"\b{HONORIFIC}\s+[A-Z]"
    rf"|{PERSON},\s+(?:[A-Z][\w&’'-]*\s+){{0,5}}(?:{_HEADS}|{POST_TITLES})\b"
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
    post, written = _written(found)
    holder = latest_holder(written, search(post), dated)
    if holder is None or holder.name in composed.text:
        return None
    n = len(composed.citations) + 1
    cited = Citation(n, holder.hit.passage, holder.hit.document, holder.quote)
    text = f"{composed.text} {holder.quote} [{n}]"
    return Answer(text, [*composed.citations, cited], composed.confidence, refused=False)


def latest_holder(written: str, hits: Sequence[Hit], dated: Dated) -> Holder | None:
    """The person named beside the post (`written`, a pattern of how it is written) in the
    latest dated of `hits` that name one."""
    pattern = re.compile(
        rf"(?P<name>{PERSON}),?\s+(?:\(\s*)?{written}\b"
        rf"|\b{written}\s*[:,(–-]\s*(?P<after>{PERSON})"
    )
    found: list[tuple[str, Holder]] = []
    for hit in hits:
        match = pattern.search(hit.passage.text)
        if match is not None:
            name = match.group("name") or match.group("after")
            found.append((dated(hit.document) or "", Holder(name, match.group(0), hit)))
    if not found:
        return None
    return max(found, key=lambda pair: pair[0])[1]


def _written(post: re.Match[str]) -> tuple[str, str]:
    """The post as searched for, and a pattern of the ways it is written: "Director of X" also
    as "Director for X"; a titled post ("Democratic Services Officer") word for word."""
    if post.group("titled"):
        words = post.group("titled").split()
        return " ".join(words), r"\s+".join(re.escape(w) for w in words)
    head, body = post.group("head"), post.group("body")
    spaced = r"\s+".join(re.escape(w) for w in head.split())
    named = r"\s+".join(re.escape(w) for w in body.split())
    return f"{head} of {body}", rf"{spaced}\s+(?:of|for)\s+(?:the\s+)?{named}"
