"""Which indexed passages hold each gold evidence quote.

Quotes and passages are compared after normalising both to lowercase [a-z0-9] only: extraction
splits words ("place- based"), turns quotes typographic and reflows lines, and none of that
changes what a passage says.

An action-log row's passage text is the row re-rendered with column labels ("Responsible
officer: ... Comments: ..."), while a quote copies the row as printed, across columns; so a row
passage is matched against its field values in column order as well as against its text.

A quote is credited to every passage holding it whole, in whichever document: councils publish
the same words more than once (minutes copied into a portal page, a page saved twice as web page
and as text), and each copy is the evidence. A quote that no single passage holds whole (a chunk
boundary cut it) is credited to each passage of its own document holding a contiguous run of at
least `PARTIAL_SHARE` of its normalised characters. The fallback is never used for a quote some
passage holds whole, so a passage that merely overlaps the evidence is not credited when a
complete one exists. `EvidenceMap.partial` lists the quotes that needed it, and the report shows
how many.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from evals.gold import Evidence, GoldItem
from ingest.fields import ActionFields, fields_to_dict
from ingest.model import Document, Passage

PARTIAL_SHARE = 0.8
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def normalise(text: str) -> str:
    return _NOT_ALNUM.sub("", text.lower())


def top_level(document: Document) -> str:
    return document.parent_id or document.id


# The order logs with a minute and a due column print them in: "No. | Meeting date | Minute |
# Action | Responsible officer | Due | Comments | Status". The stored order puts the optional
# fields last, so a quote copying such a row across its columns matches only this one.
_PRINTED_ORDER = (
    "number",
    "date",
    "minute",
    "action",
    "responsible_officer",
    "due",
    "comments",
    "status",
)


def matchable(passage: Passage) -> str:
    """The passage normalised for matching: its text, and a row's cells in column order (in the
    order fields are stored, and in the order a log with minute and due columns prints them)."""
    text = normalise(passage.text)
    if isinstance(passage.fields, ActionFields):
        cells = fields_to_dict(passage.fields)
        printed = [cells.get(name, "") for name in _PRINTED_ORDER]
        text += "|" + normalise(" ".join(cells.values()))
        text += "|" + normalise(" ".join(printed))
    return text


def longest_run(quote: str, text: str) -> int:
    """Length of the longest contiguous run of `quote` inside `text` (both normalised)."""
    if not quote or not text:
        return 0
    matcher = SequenceMatcher(None, quote, text, autojunk=False)
    return matcher.find_longest_match(0, len(quote), 0, len(text)).size


@dataclass(frozen=True, slots=True)
class EvidenceMap:
    """For each evidence quote, the passage ids holding it; built once per index."""

    holders: dict[Evidence, frozenset[str]]
    partial: frozenset[Evidence] = field(default_factory=frozenset)
    """Quotes credited only through the partial fallback."""

    def holds(self, passage_id: str, evidence: Evidence) -> bool:
        return passage_id in self.holders.get(evidence, frozenset())

    def held(self, passage_id: str, item: GoldItem) -> list[int]:
        """Indexes of `item.evidence` that the passage holds."""
        return [i for i, ev in enumerate(item.evidence) if self.holds(passage_id, ev)]

    @property
    def missing(self) -> list[Evidence]:
        """Quotes no passage holds, even partly: the gold or the ingest is wrong."""
        return [ev for ev, ids in self.holders.items() if not ids]


def build_evidence_map(
    items: Iterable[GoldItem],
    passages: Iterable[Passage],
    documents: dict[str, Document],
    *,
    partial_share: float = PARTIAL_SHARE,
) -> EvidenceMap:
    by_document: dict[str, list[tuple[str, str]]] = {}
    for passage in passages:
        owner = top_level(documents[passage.document_id])
        by_document.setdefault(owner, []).append((passage.id, matchable(passage)))
    wanted = {ev for item in items for ev in item.evidence}
    holders: dict[Evidence, frozenset[str]] = {}
    partial: set[Evidence] = set()
    everywhere = [pair for pairs in by_document.values() for pair in pairs]
    for ev in wanted:
        quote = normalise(ev.quote)
        candidates = by_document.get(ev.document, [])
        # The same words published again (minutes copied into a portal page, a page saved twice)
        # are the same evidence wherever they sit.
        whole = frozenset(pid for pid, text in everywhere if quote and quote in text)
        if whole or partial_share >= 1.0:
            holders[ev] = whole
            continue
        need = partial_share * len(quote)
        some = frozenset(pid for pid, text in candidates if longest_run(quote, text) >= need)
        holders[ev] = some
        if some:
            partial.add(ev)
    return EvidenceMap(holders, frozenset(partial))
