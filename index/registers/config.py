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
    prose_doc_types: tuple[str, ...] = ("strategy",)
    """Document types whose numbered priorities and "we will" sentences outside commitment
    passages are commitments too: a strategy's are; a report's "we will circulate the slides"
    is not."""
    max_owner_words: int = 12
    """A named owner longer than this is a sentence, not a name: it is left out."""

    def __post_init__(self) -> None:
        for name in ("commitment_doc_types", "prose_doc_types"):
            unknown = sorted(set(getattr(self, name)) - set(DOC_TYPES))
            if unknown:
                raise ValueError(
                    f"{name}: unknown document types {unknown}; allowed: {', '.join(DOC_TYPES)}"
                )
        if not 1 <= self.max_owner_words <= 50:
            raise ValueError(f"max_owner_words must be from 1 to 50, got {self.max_owner_words}")
