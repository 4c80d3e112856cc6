"""Which papers name a person as an officer to contact: "which reports is Jo Bloggs the contact
for?".

A meeting pack's reports each end with their officers to contact (ingest.contacts), so the
answer is every contact block the caller may see that lists the person, each quoted with its
paper's title: the search ranks a few of them, never all.
"""

from __future__ import annotations

from collections.abc import Iterable

from answer.model import Answer, Citation
from index.tokenize import runs_within, tokenize
from ingest.contacts import EMAIL_RE
from ingest.fields import ContactFields
from ingest.model import Document, Passage
from question.model import Question

MAX_PAPERS = 12
"""The most papers one answer lists."""
EMAIL_REACH = 120
"""How far after the name its email address may end and still be quoted with it."""


def contact_papers_answer(
    question: Question, passages: Iterable[Passage], documents: dict[str, Document]
) -> Answer | None:
    """The papers naming the person the question names as an officer to contact, when it asks
    which papers; None when it does not, or no paper does."""
    if not (question.wants.papers and question.wants.contact):
        return None
    named = [n for n in (*question.phrases, *question.corpus_names) if len(n) >= 2]
    if not named:
        return None
    citations: list[Citation] = []
    for passage in passages:
        fields = passage.fields
        document = documents.get(passage.document_id)
        if document is None or not isinstance(fields, ContactFields):
            continue
        person = next(
            (p for p in fields.people if any(runs_within(n, tokenize(p)) for n in named)), None
        )
        quote = _quoted(passage.text, person, fields.people) if person else None
        if quote is None:
            continue
        citations.append(Citation(len(citations) + 1, passage, document, quote))
        if len(citations) == MAX_PAPERS:
            break
    if not citations:
        return None
    text = " ".join(f"{c.document.title}: {c.quote} [{c.n}]" for c in citations)
    return Answer(text, citations, 1.0, refused=False)


def _quoted(text: str, person: str, people: tuple[str, ...]) -> str | None:
    """The person as the block writes them, with their email address when it follows closely,
    before the next person the block lists."""
    start = text.find(person)
    if start < 0:
        return None
    end = start + len(person)
    later = [at for p in people if p != person and (at := text.find(p, end)) >= 0]
    email = EMAIL_RE.search(text, end, min([end + EMAIL_REACH, *later]))
    return text[start : email.end() if email else end]
