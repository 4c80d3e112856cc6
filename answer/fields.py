"""Direct facts built only from a passage's structured fields, for questions that ask for them."""

from __future__ import annotations

from answer.qtype import AnswerType
from ingest.model import Passage


def field_fact(kind: AnswerType, passage: Passage) -> str | None:
    """A sentence stating the asked-for field, or None when the passage has no such field."""
    fields = passage.fields
    if kind is AnswerType.PERSON:
        officer = fields.get("responsible_officer")
        if officer:
            number = fields.get("number")
            status = fields.get("status")
            what = f"action {number}" if number else "this action"
            tail = f" (status: {status})" if status else ""
            return f"The responsible officer for {what} is {officer}{tail}."
        names = fields.get("names") or fields.get("contacts")
        if passage.kind == "contact" and names:
            return f"Officers to contact: {names}."
    return None
