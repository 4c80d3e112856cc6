"""The gold questions: loaded from YAML and validated, failing loudly on the first bad item.

A gold item is a question staff would ask, the facts a correct answer must contain and the
verbatim evidence that supports it. Unanswerable items have neither facts nor evidence; every
other item has both. A follow-up names the question asked before it in the same conversation,
which must exist and be in the same split (a conversation never crosses splits, or fitting on
train would leak into dev or test); so may an unanswerable item asked as a follow-up ("and who
chairs it?" of a group whose chair no paper names).

Splits: `train` is free to read and fit weights on, `dev` is for choosing between designs, and
`test` is sealed: it lives in its own file, written without sight of the code or of the other
splits, and is read only to report figures.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, get_args

import yaml

Split = Literal["train", "dev", "test"]
SEALED: Split = "test"
"""The sealed split: written apart from the code and the other splits, read only to report."""
SPLITS: tuple[str, ...] = get_args(Split)

KINDS: tuple[str, ...] = (
    "owner",
    "contact",
    "number",
    "date",
    "fact",
    "commitment",
    "decision",
    "definition",
    "abbreviation",
    "list",
    "yes_no",
    "cross_document",
    "change",
    "followup",
    "unanswerable",
)
UNANSWERABLE = "unanswerable"
FIELDS = frozenset(["id", "split", "kind", "question", "answer", "facts", "evidence", "follows"])


class GoldError(ValueError):
    """A gold item is malformed; the message names the item and the field."""


@dataclass(frozen=True, slots=True)
class Evidence:
    document: str
    """The top-level document id (a pack component's parent counts as the pack)."""
    quote: str


@dataclass(frozen=True, slots=True)
class GoldItem:
    id: str
    split: Split
    kind: str
    question: str
    answer: str
    facts: tuple[tuple[str, ...], ...]
    """Each fact is met when any one of its spellings is in the answer."""
    evidence: tuple[Evidence, ...]
    follows: str | None = None

    @property
    def answerable(self) -> bool:
        return self.kind != UNANSWERABLE


def load_gold(path: Path, *, documents: Iterable[str] | None = None) -> list[GoldItem]:
    """Every item of the gold file, validated; `documents` (known ids) checks evidence targets."""
    with path.open(encoding="utf-8") as fh:
        raw = yaml.safe_load(fh)
    if not isinstance(raw, list):
        raise GoldError(f"{path}: expected a list of gold items, got {type(raw).__name__}")
    return parse_gold(raw, documents=documents, source=str(path))


def parse_gold(
    raw: list[Any], *, documents: Iterable[str] | None = None, source: str = "gold"
) -> list[GoldItem]:
    known_documents = set(documents) if documents is not None else None
    items: list[GoldItem] = []
    seen: set[str] = set()
    for position, entry in enumerate(raw, 1):
        item = _parse_item(entry, f"{source} item #{position}", known_documents)
        if item.id in seen:
            raise GoldError(f"{source}: duplicate id {item.id!r}")
        seen.add(item.id)
        items.append(item)
    _check_follows(items)
    return items


def _parse_item(entry: Any, where: str, documents: set[str] | None) -> GoldItem:
    if not isinstance(entry, dict):
        raise GoldError(f"{where}: expected a mapping, got {type(entry).__name__}")
    item_id = entry.get("id")
    if not isinstance(item_id, str) or not item_id.strip():
        raise GoldError(f"{where}: field 'id' must be a non-empty string")
    where = f"gold item {item_id!r}"
    unknown = set(entry) - FIELDS
    if unknown:
        raise GoldError(
            f"{where}: unknown field(s) {sorted(unknown)}; allowed: {', '.join(sorted(FIELDS))}"
        )
    split = entry.get("split")
    if split not in SPLITS:
        raise GoldError(f"{where}: field 'split' is {split!r}; choose one of {', '.join(SPLITS)}")
    kind = entry.get("kind")
    if kind not in KINDS:
        raise GoldError(f"{where}: field 'kind' is {kind!r}; choose one of {', '.join(KINDS)}")
    question = _text(entry, "question", where)
    answer = _text(entry, "answer", where)
    facts = _facts(entry.get("facts"), where)
    evidence = _evidence(entry.get("evidence"), where, documents)
    if kind == UNANSWERABLE and (facts or evidence):
        raise GoldError(f"{where}: an unanswerable item must have empty 'facts' and 'evidence'")
    if kind != UNANSWERABLE and not facts:
        raise GoldError(f"{where}: field 'facts' is empty; an answerable item needs facts")
    if kind != UNANSWERABLE and not evidence:
        raise GoldError(f"{where}: field 'evidence' is empty; an answerable item needs evidence")
    follows = entry.get("follows")
    if follows is not None and (not isinstance(follows, str) or not follows.strip()):
        raise GoldError(f"{where}: field 'follows' must be a gold id, got {follows!r}")
    if (kind == "followup" and follows is None) or (
        follows is not None and kind not in ("followup", UNANSWERABLE)
    ):
        raise GoldError(
            f"{where}: kind 'followup' needs field 'follows', which only a followup or an "
            "unanswerable item may have"
        )
    return GoldItem(item_id, split, kind, question, answer, facts, evidence, follows)


def _text(entry: dict[str, Any], name: str, where: str) -> str:
    value = entry.get(name)
    if not isinstance(value, str) or not value.strip():
        raise GoldError(f"{where}: field {name!r} must be a non-empty string")
    return value


def _facts(value: Any, where: str) -> tuple[tuple[str, ...], ...]:
    if not isinstance(value, list):
        raise GoldError(f"{where}: field 'facts' must be a list of lists of spellings")
    facts = []
    for n, fact in enumerate(value, 1):
        if (
            not isinstance(fact, list)
            or not fact
            or not all(isinstance(s, str) and s.strip() for s in fact)
        ):
            raise GoldError(
                f"{where}: fact #{n} must be a non-empty list of non-empty spellings, got {fact!r}"
            )
        facts.append(tuple(fact))
    return tuple(facts)


def _evidence(value: Any, where: str, documents: set[str] | None) -> tuple[Evidence, ...]:
    if not isinstance(value, list):
        raise GoldError(f"{where}: field 'evidence' must be a list of {{document, quote}}")
    found = []
    for n, ev in enumerate(value, 1):
        if not isinstance(ev, dict) or set(ev) != {"document", "quote"}:
            raise GoldError(f"{where}: evidence #{n} must have exactly 'document' and 'quote'")
        document, quote = ev["document"], ev["quote"]
        if not isinstance(quote, str) or not quote.strip():
            raise GoldError(f"{where}: evidence #{n} has a missing or empty 'quote'")
        if not isinstance(document, str) or not document.strip():
            raise GoldError(f"{where}: evidence #{n} has a missing or empty 'document'")
        if documents is not None and document not in documents:
            raise GoldError(
                f"{where}: evidence #{n} names unknown document {document!r}; "
                f"known: {', '.join(sorted(documents))}"
            )
        found.append(Evidence(document, quote))
    return tuple(found)


def _check_follows(items: list[GoldItem]) -> None:
    by_id = {item.id: item for item in items}
    for item in items:
        if item.follows is None:
            continue
        followed = by_id.get(item.follows)
        if followed is None:
            raise GoldError(
                f"gold item {item.id!r}: field 'follows' names unknown id {item.follows!r}"
            )
        if followed.split != item.split:
            raise GoldError(
                f"gold item {item.id!r}: field 'follows' names {followed.id!r} in split "
                f"{followed.split!r}, but this item is in {item.split!r}"
            )
        chain = conversation(item, by_id)
        if len({c.id for c in chain}) != len(chain):
            raise GoldError(f"gold item {item.id!r}: field 'follows' makes a cycle")


def conversation(item: GoldItem, by_id: dict[str, GoldItem]) -> list[GoldItem]:
    """The questions asked before `item` in its conversation, oldest first, then `item`."""
    chain = [item]
    while chain[-1].follows is not None and len(chain) <= len(by_id):
        chain.append(by_id[chain[-1].follows])
    return list(reversed(chain))
