"""The hand-labelled register lists: each item verbatim in its document, each file well formed,
and a labelled item matched by a register row as the measure says (evals/measure_registers.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from evals.evidence import normalise
from evals.measure_registers import LABELLED_DIR, load_labelled, matches
from evals.suite import load_suite
from ingest.loaders import load_lines
from ingest.manifest import load_manifest

FILES = sorted(LABELLED_DIR.glob("*.yaml"))


def _texts() -> dict[str, str]:
    texts: dict[str, str] = {}
    for corpus in load_suite():
        for entry in load_manifest(corpus.corpus / "manifest.yaml"):
            lines = load_lines(corpus.corpus / entry.file)
            texts[entry.id] = normalise(" ".join(line.text for line in lines))
    return texts


def test_there_is_a_strategy_and_a_set_of_minutes_labelled_in_each_corpus() -> None:
    kinds = sorted(load_labelled(path).kind for path in FILES)
    assert kinds == ["commitments", "commitments", "decisions", "decisions"]


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_every_labelled_item_is_verbatim_in_its_document(path: Path) -> None:
    labelled = load_labelled(path)
    text = _texts()[labelled.document]
    assert [item for item in labelled.items if normalise(item) not in text] == []


def test_a_row_matches_an_item_it_holds_or_that_holds_it_but_not_another() -> None:
    item = "That the delivery plan be refreshed by July 2025 (previously April 2025)."
    assert matches("That the delivery plan be refreshed by July 2025", item)
    assert matches(item + " The Chair agreed.", item)
    assert not matches("That the annual report be noted.", item)


def test_a_file_without_items_is_refused_by_name(tmp_path: Path) -> None:
    bad = tmp_path / "x.yaml"
    bad.write_text("document: x\nkind: commitments\nitems: []\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"x\.yaml"):
        load_labelled(bad)
