"""What ingest reads out of a structured passage, one typed record per passage kind.

An action log's row, a contact block's people, a minute item's number and title, a
commitment's section and priority, a glossary passage's terms, the names of those who sent
apologies. Paragraphs, headings and most lists have none (`None`).

Stored and served as a flat dict of strings, the shape every index generation, the PostgreSQL
tables and the HTTP API hold: `fields_to_dict` writes it, in the order ingest has always
written it, and `fields_from_dict` reads it back, refusing a key the passage's kind does not
have. An optional field is `None` when the dict has no such key, so the round trip is lossless.
Values are kept as printed: a list of names is one string joined by "; ".
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypeAlias


@dataclass(frozen=True, slots=True)
class ActionFields:
    """One row of an action log, cell by cell (kind "action")."""

    number: str
    """The row's number or reference ("188", "ABC/24/03")."""
    date: str
    """The date of the meeting that set the action, as printed ("12/03/19")."""
    action: str
    responsible_officer: str
    """Who the row names as responsible; "" when the cell is empty."""
    comments: str
    status: str
    """The status cell ("GREEN", "Open"); "" when the row has none."""
    minute: str | None = None
    """The minute number printed after the date, where the log has that column."""
    due: str | None = None
    """The due date, where the log has that column."""


@dataclass(frozen=True, slots=True)
class ContactFields:
    """An "Officer(s) to contact" block (kind "contact"); each value joined by "; "."""

    names: str
    emails: str | None = None
    phones: str | None = None
    roles: str | None = None
    """The block's other lines: roles, teams, addresses."""

    @property
    def people(self) -> tuple[str, ...]:
        """The listed names, one each."""
        return _split_names(self.names)


@dataclass(frozen=True, slots=True)
class MinuteItemFields:
    """The minute item a passage sits in (kinds "minute_item" and "resolution")."""

    minute_number: str
    title: str


@dataclass(frozen=True, slots=True)
class CommitmentFields:
    """Where a commitment sits (kind "commitment")."""

    section: str
    """The commitment's section trail; "" outside any section."""
    priority: str | None = None
    """The deepest numbered or "Priority N" heading above it."""


@dataclass(frozen=True, slots=True)
class DefinitionFields:
    """The terms a glossary passage defines (kind "definition"), joined by "; "."""

    terms: str


@dataclass(frozen=True, slots=True)
class ApologiesFields:
    """The names of those who sent apologies to a meeting (kind "list"), joined by "; "."""

    names: str

    @property
    def people(self) -> tuple[str, ...]:
        """The names, one each."""
        return _split_names(self.names)


PassageFields: TypeAlias = (
    ActionFields
    | ContactFields
    | MinuteItemFields
    | CommitmentFields
    | DefinitionFields
    | ApologiesFields
)

# The fields a passage of each kind may carry (by PassageKind value); a kind not here has none.
FIELDS_BY_KIND: Mapping[str, type[PassageFields]] = {
    "action": ActionFields,
    "contact": ContactFields,
    "minute_item": MinuteItemFields,
    "resolution": MinuteItemFields,
    "commitment": CommitmentFields,
    "definition": DefinitionFields,
    "list": ApologiesFields,
}


def _split_names(names: str) -> tuple[str, ...]:
    return tuple(n.strip() for n in names.split(";") if n.strip())


def fields_to_dict(fields: PassageFields | None) -> dict[str, str]:
    """The stored form: every field set, in declaration order (the order ingest wrote)."""
    if fields is None:
        return {}
    values = ((f.name, getattr(fields, f.name)) for f in dataclasses.fields(fields))
    return {name: value for name, value in values if value is not None}


def fields_from_dict(passage_id: str, kind: str, data: Mapping[str, Any]) -> PassageFields | None:
    """The typed fields of a stored passage of `kind`: None for an empty dict.

    Raises ValueError, naming the passage, its kind and the key, for a key the kind does not
    have, a required key missing, or a value that is not a string.
    """
    if not data:
        return None
    cls = FIELDS_BY_KIND.get(kind)
    where = f"passage {passage_id!r} of kind '{kind}'"
    if cls is None:
        allowed = ", ".join(sorted(FIELDS_BY_KIND))
        raise ValueError(
            f"{where} has fields {sorted(data)}, but only these kinds have fields: {allowed}"
        )
    declared = dataclasses.fields(cls)
    names = [f.name for f in declared]
    unknown = [key for key in data if key not in names]
    if unknown:
        raise ValueError(f"{where}: unknown field {unknown[0]!r}; allowed: {', '.join(names)}")
    required = [f.name for f in declared if f.default is dataclasses.MISSING]
    missing = [name for name in required if name not in data]
    if missing:
        raise ValueError(f"{where}: missing field {missing[0]!r}; required: {', '.join(required)}")
    for key, value in data.items():
        if not isinstance(value, str):
            raise ValueError(f"{where}: field {key!r} must be a string, got {type(value).__name__}")
    return cls(**data)


def check_fields(passage_id: str, kind: str, fields: PassageFields | None) -> None:
    """Raise ValueError when `fields` is not what a passage of `kind` carries."""
    if fields is None:
        return
    cls = FIELDS_BY_KIND.get(kind)
    if type(fields) is not cls:
        expected = cls.__name__ if cls else "no fields"
        raise ValueError(
            f"passage {passage_id!r} of kind '{kind}' takes {expected}, got {type(fields).__name__}"
        )
