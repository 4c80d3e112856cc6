"""Direct facts built only from a passage's structured fields, for questions that ask for them."""

from __future__ import annotations

from collections.abc import Sequence

from index.tokenize import tokenize
from ingest.fields import ActionFields, ApologiesFields, ContactFields
from ingest.model import Passage
from question.model import AnswerType, Question


def field_fact(question: Question, kind: AnswerType, passage: Passage) -> str | None:
    """A sentence stating the asked-for field (of `kind`: the question's or its second ask's),
    or None when the passage has no such field."""
    if kind is not AnswerType.PERSON:
        return None
    fields = passage.fields
    if isinstance(fields, ActionFields) and fields.responsible_officer:
        number, status, comments = fields.number, fields.status, fields.comments
        what = f"action {number}" if number else "this action"
        tail = f" (status: {status})" if status else ""
        # "... and when's it due?", "where has it got to?": the action log's comments say.
        more = f" Comments: {comments}" if comments and question.wants.progress else ""
        return f"The responsible officer for {what} is {fields.responsible_officer}{tail}.{more}"
    if isinstance(fields, ContactFields) and fields.names:
        return f"Officers to contact: {fields.names}."
    return None


def contact_part(passage: Passage, named: Sequence[str]) -> str | None:
    """The stretch of a contact block about the listed person the question names (from their
    name to the next listed name), so one officer's phone number is never given as another's."""
    names = names_of(passage)
    if not names or not named:
        return None
    text = passage.text
    starts = sorted((text.find(n), n) for n in names if n in text)
    for i, (start, name) in enumerate(starts):
        if set(named) <= set(tokenize(name)):
            end = starts[i + 1][0] if i + 1 < len(starts) else len(text)
            return text[start:end]
    return None


def names_of(passage: Passage) -> tuple[str, ...]:
    """The people a passage lists: a contact block's, or those who sent apologies."""
    fields = passage.fields
    return fields.people if isinstance(fields, ContactFields | ApologiesFields) else ()
