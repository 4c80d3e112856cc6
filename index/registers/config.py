"""What the registers are built from: tunables, checked when made."""

from __future__ import annotations

from dataclasses import dataclass

from ingest.model import DOC_TYPES

# Minutes and action logs record decisions; a "we will" in them is a decision's wording.
_COMMITMENT_TYPES = tuple(t for t in DOC_TYPES if t not in ("minutes", "action_log"))


@dataclass(frozen=True, slots=True)
class RegisterConfig:
    commitment_doc_types: tuple[str, ...] = _COMMITMENT_TYPES
    """Document types whose commitment passages become commitment rows."""
    max_owner_words: int = 12
    """A named owner longer than this is a sentence, not a name: it is left out."""

    def __post_init__(self) -> None:
        unknown = sorted(set(self.commitment_doc_types) - set(DOC_TYPES))
        if unknown:
            raise ValueError(
                f"commitment_doc_types: unknown document types {unknown}; allowed: "
                f"{', '.join(DOC_TYPES)}"
            )
        if not 1 <= self.max_owner_words <= 50:
            raise ValueError(f"max_owner_words must be from 1 to 50, got {self.max_owner_words}")
