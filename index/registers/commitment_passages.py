"""What a commitment passage holds, and which other passages hold commitments the same way.

Ingest makes a passage of each "We will ..." (or "We want to ...") paragraph. Three kinds of
text around them are read here:

- a "We want to ..." that opens a chapter, outside a section headed as commitments, states an
  aspiration ("We want every child to thrive"), not a commitment; under such a heading it is
  one of the listed commitments;
- a commitment cut off mid-sentence (by a page break or the chunker) carries on in the next
  passage of its section, which then holds its end and any commitment after it;
- under a heading that names its items commitments ("Our commitments"), an item written as a
  bare instruction ("Extend the scheme to ...") is one of them: the heading is its "we will".
"""

from __future__ import annotations

import re

from ingest.model import Passage
from ingest.structure import content_heading

MIN_PIECE_WORDS = 5
"""The end of a commitment carried into the next passage is a row of its own only from this
many words: a shorter one ("Term Conditions experience.") is a fragment."""

# Where another commitment begins inside a passage: after a sentence ends, a numbered item
# ("2. Using our ...") or another "We will" (not a figure: "to 95. The" does not start one).
_NEXT_COMMITMENT_RE = re.compile(
    r"(?<=[.;:!?]\s)(?:\d{1,2}\.\s+(?=[A-Z])|We (?:will|would|want to|shall|commit to|aim to)\b)"
)
_ASPIRATION_RE = re.compile(r"^We want to\b")
_COMMITMENT_SECTION_RE = re.compile(r"(?i)\b(?:commitments?|what we will do)\b")
_ENDS_SENTENCE_RE = re.compile(r"[.!?;:][\"'\u201d\u2019)]?$")
# A bare instruction: a verb in its plain form, then the start of its object ("Extend the
# scheme", "Embed our checks"); not a gerund, a plural noun, or a word that is never a verb
# (an article, a pronoun, a preposition: "Within the life of ...").
_NOT_A_VERB = (
    r"(?:The|This|These|That|Those|There|Then|They|It|Its|Our|Their|Your|His|Her|We|All|Any|"
    r"Each|Every|Both|Some|Many|Most|More|Such|Few|Several|For|From|With|Within|Without|Into|"
    r"Onto|Upon|About|Above|Across|After|Against|Along|Alongside|Among|Around|Before|Behind|"
    r"Below|Beneath|Beside|Between|Beyond|Despite|Inside|Outside|Over|Since|Through|Throughout|"
    r"Towards?|Under|Until|Via|And|But|Yet|Also|When|Where|While|Once|Only)\b"
)
_INSTRUCTION_RE = re.compile(
    rf"^(?![A-Z][a-z]*(?:ing|[^s]s)\b)(?!{_NOT_A_VERB})"
    r"[A-Z][a-z]{2,}\s+(?:the|a|an|our|their|its|all|every|each|more|further|new|this|these)\s"
)


def commitments_in(text: str) -> list[str]:
    """The commitments a passage holds, each a verbatim substring: a new one starts at a
    numbered item or a "We will ..." sentence after the first. Text before the first start
    (a commitment continued from the passage before) is one of its own."""
    starts = sorted({0, *(m.start() for m in _NEXT_COMMITMENT_RE.finditer(text))})
    pieces = [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    return [piece for piece in pieces if piece]


def commitment_text(passage: Passage) -> str:
    """The passage text without the content heading ingest may have put first."""
    text = passage.text.strip()
    leaf = passage.section.rsplit(" > ", 1)[-1] if passage.section else ""
    heading = content_heading(leaf) if leaf else None
    if heading and text.startswith(heading + " ") and len(text) > len(heading) + 1:
        return text[len(heading) + 1 :].strip()
    return text


def in_commitments_section(passage: Passage) -> bool:
    """The passage sits under a heading that names what follows as commitments."""
    leaf = passage.section.rsplit(" > ", 1)[-1] if passage.section else ""
    return bool(_COMMITMENT_SECTION_RE.search(leaf))


def passage_commitments(passage: Passage) -> list[str]:
    """The commitments of a commitment passage: its pieces, but for aspirations outside a
    section of commitments."""
    pieces = commitments_in(commitment_text(passage))
    if in_commitments_section(passage):
        return pieces
    return [piece for piece in pieces if not _ASPIRATION_RE.match(piece)]


def carried_commitments(before: Passage | None, passage: Passage) -> list[str] | None:
    """The commitments a paragraph or list passage holds because of what precedes it: the end
    of a commitment cut off in `before` and those after it, or a bare instruction listed under
    a heading of commitments. None when it is not such a passage (its prose is read as any)."""
    if passage.kind not in ("paragraph", "list"):
        return None
    if _cut_off(before, passage):
        first, *rest = commitments_in(passage.text.strip())
        return ([first] if len(first.split()) >= MIN_PIECE_WORDS else []) + rest
    if in_commitments_section(passage) and _INSTRUCTION_RE.match(passage.text.strip()):
        return commitments_in(passage.text.strip())
    return None


def _cut_off(before: Passage | None, passage: Passage) -> bool:
    return (
        before is not None
        and before.kind == "commitment"
        and before.document_id == passage.document_id
        and before.section == passage.section
        and not _ENDS_SENTENCE_RE.search(before.text.rstrip())
    )
