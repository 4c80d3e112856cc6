"""How completely and how cleanly the registers are extracted, against hand-labelled lists.

    python -m evals.measure_registers

Each file of evals/registers/labelled/ lists, for one document, the commitments (a strategy) or
the decisions (a set of minutes) a person found reading the document alone, each verbatim. A
register row of that document (or of a component inside it, for a meeting pack) matches a
labelled item when one holds the other, compared as evidence is (lower case, letters and digits
only), or when they share a run of at least MATCH_SHARE of the shorter. Precision is the share of
the document's rows that match an item; recall the share of items some row matches.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from evals.evidence import longest_run, normalise
from evals.suite import REPO, load_suite
from index.generation import LoadedIndex, load_generation
from index.registers.model import Commitment, Decision
from pipeline import runtime

LABELLED_DIR = REPO / "evals" / "registers" / "labelled"
MATCH_SHARE = 0.6
KINDS = ("commitments", "decisions")


@dataclass(frozen=True, slots=True)
class Labelled:
    document: str
    kind: str
    items: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Measured:
    document: str
    kind: str
    rows: int
    items: int
    precision: float
    recall: float
    unmatched_rows: tuple[str, ...]
    missed_items: tuple[str, ...]


def load_labelled(path: Path) -> Labelled:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(raw, dict) or raw.get("kind") not in KINDS:
        raise ValueError(f"{path}: expected a mapping with kind one of {', '.join(KINDS)}")
    items = raw.get("items")
    if (
        not isinstance(items, list)
        or not items
        or not all(isinstance(i, str) and i.strip() for i in items)
    ):
        raise ValueError(f"{path}: 'items' must be a non-empty list of non-empty strings")
    return Labelled(str(raw["document"]), str(raw["kind"]), tuple(items))


def matches(row: str, item: str) -> bool:
    a, b = normalise(row), normalise(item)
    if not a or not b:
        return False
    return a in b or b in a or longest_run(a, b) >= MATCH_SHARE * min(len(a), len(b))


def measure(index: LoadedIndex, labelled: Labelled) -> Measured:
    documents = index.store.documents
    # A set of minutes is labelled for its decisions; action-log rows are labelled nowhere.
    rows_of: Sequence[Commitment | Decision] = (
        index.registers.commitments
        if labelled.kind == "commitments"
        else [d for d in index.registers.decisions if d.kind != "action"]
    )
    own = {
        doc_id for doc_id, doc in documents.items() if labelled.document in (doc_id, doc.parent_id)
    }
    if labelled.document not in documents:
        raise ValueError(f"labelled document {labelled.document!r} is not in the index")
    rows = [r.text for r in rows_of if r.citation.document_id in own]
    matched_rows = [r for r in rows if any(matches(r, i) for i in labelled.items)]
    found = [i for i in labelled.items if any(matches(r, i) for r in rows)]
    return Measured(
        labelled.document,
        labelled.kind,
        len(rows),
        len(labelled.items),
        round(len(matched_rows) / len(rows), 3) if rows else 0.0,
        round(len(found) / len(labelled.items), 3),
        tuple(r for r in rows if r not in matched_rows),
        tuple(i for i in labelled.items if i not in found),
    )


def measure_all(index_root: Path, labelled_dir: Path = LABELLED_DIR) -> list[Measured]:
    files = sorted(labelled_dir.glob("*.yaml"))
    labels = [load_labelled(f) for f in files]
    out: list[Measured] = []
    for corpus in load_suite():
        index_dir = index_root / f"fit-{corpus.name}"
        runtime.build(corpus.corpus, index_dir, embedder="onnx")
        index = load_generation(index_dir)
        out += [
            measure(index, label) for label in labels if label.document in index.store.documents
        ]
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.measure_registers", description=__doc__)
    parser.add_argument("--labelled", type=Path, default=LABELLED_DIR)
    parser.add_argument("--show", action="store_true", help="list unmatched rows and missed items")
    args = parser.parse_args(argv)
    results = measure_all(REPO / "var", args.labelled)
    for m in results:
        print(
            f"{m.document:45} {m.kind:11} rows {m.rows:4} items {m.items:4} "
            f"precision {m.precision:.3f} recall {m.recall:.3f}"
        )
        if args.show:
            for text in m.unmatched_rows:
                print(f"    row not in the list: {text[:110]}")
            for text in m.missed_items:
                print(f"    item no row holds:   {text[:110]}")
    summary: dict[str, Any] = {
        m.document: {"precision": m.precision, "recall": m.recall} for m in results
    }
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
